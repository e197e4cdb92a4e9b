import { type MigrationTarget } from '../platform/migration-target.js';
import { type ReportedDiagnostic, type RunResult } from '../run/run-result.js';
import type { Palette } from '../terminal/colors.js';
import { type FixHintContext } from './fix-hint.js';
/** `path:line:col: severity: message [origin]` */
export declare function formatDiagnostic(path: string, diagnostic: ReportedDiagnostic, palette: Palette): string;
/** What the summary calls the changed files, per command. */
declare const CHANGED_WORDS: {
    readonly diff: readonly ["file to change", "files to change"];
    readonly apply: readonly ["file changed", "files changed"];
    readonly check: readonly ["file needs changes", "files need changes"];
    readonly review: readonly ["file changed", "files changed"];
    readonly report: readonly ["file to change", "files to change"];
    readonly plan: readonly ["file to change", "files to change"];
};
/** All problem lines, then the summary line. Ends with a newline. */
export declare function formatTextReport(command: keyof typeof CHANGED_WORDS, result: RunResult, palette: Palette, seconds?: number, hint?: FixHintContext, migration?: MigrationTarget): string;
export declare function quoteForShell(path: string): string;
export {};
