import type { Hover, Position } from 'vscode-languageserver';
import type { Transform } from '../engine/transform.js';
import type { Finding } from './document-findings.js';
/** The hover at `position`, or undefined when no finding covers it. */
export declare function hoverAt(findings: readonly Finding[], position: Position, transformsById: ReadonlyMap<string, Transform>): Hover | undefined;
