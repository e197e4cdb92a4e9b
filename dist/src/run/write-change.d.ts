import { type StaleTempCleaner } from './atomic-write.js';
import { type FileResult, type ReportedEdit } from './run-result.js';
/**
 * Writes `file`'s change limited to `accepted` (all of its edits for apply) and returns the new
 * record. Edits left out are `declined`. A subset is applied again through the engine's guards,
 * since edits accepted alone were never checked alone. Never throws for the file's problems.
 */
export declare function writeChange(file: FileResult, accepted: readonly ReportedEdit[], cleaner: StaleTempCleaner): Promise<FileResult>;
/**
 * The text of a changed file with only `edits` (a subset of its edits, in file order) applied,
 * through the engine's guards, or why they refuse it. A subset was never checked alone: review's
 * accepted changes, and the intermediate states of the per-transform patches of mbox.
 */
export declare function textWithEdits(file: FileResult, edits: readonly ReportedEdit[]): {
    newText: string;
} | {
    refused: string;
};
