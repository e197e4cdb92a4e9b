import { type StaleTempCleaner } from './atomic-write.js';
import { type FileResult, type ReportedEdit } from './run-result.js';
/**
 * Writes `file`'s change limited to `accepted` (all of its edits for apply) and returns the new
 * record. Edits left out are `declined`. A subset is applied again through the engine's guards,
 * since edits accepted alone were never checked alone. Never throws for the file's problems.
 */
export declare function writeChange(file: FileResult, accepted: readonly ReportedEdit[], cleaner: StaleTempCleaner): Promise<FileResult>;
