import { UserError } from '../platform/user-error.js';
/** The file is not as it was read: someone else wrote it meanwhile. */
export declare class FileChangedError extends UserError {
    constructor(path: string);
}
/** The file's mode has no write bit: its owner marked it read-only. */
export declare class ReadOnlyFileError extends UserError {
    constructor(path: string);
}
/**
 * Replaces `path` with `bytes` atomically, if its content is still `expected`. Keeps the mode.
 * A read-only file (no write bit for anyone) is refused even when running as root.
 * Independent steps run together (stat and read; mode and owner of the temp file), and the
 * directory's fsync is shared with other writes into the same directory.
 */
export declare function writeFileAtomic(path: string, bytes: Uint8Array, expected: Uint8Array): Promise<void>;
/** Why a write failed, in words for the file's report line (the path is shown beside it). */
export declare function describeWriteFailure(thrown: unknown): string;
/** Removes stale temp files once per directory, for a run that writes into many files of it. */
export declare class StaleTempCleaner {
    private readonly done;
    readonly removed: string[];
    /** Cleans the directory of `path` unless that was done already. */
    cleanBeside(path: string): Promise<void>;
}
/**
 * Removes temp files that an earlier, killed run left in `directory` (their process is gone).
 * Returns the removed paths.
 */
export declare function removeStaleTempFiles(directory: string): Promise<string[]>;
