import type { TextEdit } from '../engine/edits.js';
import type { SyntaxNode } from '../engine/languages/tree-sitter-core.js';
import type { Diagnostic, Severity, TextRange } from '../engine/transform.js';
/** A node or an explicit range. */
export type Target = SyntaxNode | TextRange;
/** Replaces the node's text (or the range) with `text`. */
export declare function replace(target: Target, text: string): TextEdit;
/** Inserts `text` just before the node (or at the range's start). */
export declare function insertBefore(target: Target, text: string): TextEdit;
/** Inserts `text` just after the node (or at the range's end). */
export declare function insertAfter(target: Target, text: string): TextEdit;
/** Removes the node's text (or the range). Surrounding whitespace is left alone. */
export declare function remove(target: Target): TextEdit;
/** A diagnostic of any severity at the node or range. */
export declare function diagnostic(severity: Severity, target: Target, message: string): Diagnostic;
/** The transform could not handle this place: the file fails. */
export declare function error(target: Target, message: string): Diagnostic;
/** A person must make a change here by hand. */
export declare function warning(target: Target, message: string): Diagnostic;
/** For information only. */
export declare function info(target: Target, message: string): Diagnostic;
