import type { RunCommand } from '../run/exit-code.js';
import type { OutputFormat } from './output-format.js';
export declare const OUTPUT_FORMATS: readonly OutputFormat[];
/** The format with this name, or undefined. */
export declare function findFormat(name: string): OutputFormat | undefined;
/** What stdout carries when no format is asked for (the patch for diff and check, the page for report, the steps for plan; nothing for apply). */
export declare function defaultFormatFor(command: RunCommand): OutputFormat | undefined;
