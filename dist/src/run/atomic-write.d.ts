import { type FileLocation, type OpenFolder } from '../platform/no-follow.js';
import { type ProcessMark } from '../platform/process-mark.js';
import { UserError } from '../platform/user-error.js';
/** The file is not as it was read: someone else wrote it meanwhile. */
export declare class FileChangedError extends UserError {
    constructor(path: string);
}
/** The file's mode has no write bit: its owner marked it read-only. */
export declare class ReadOnlyFileError extends UserError {
    constructor(path: string);
}
/** A folder on the file's path is not the one it was read from. */
export declare class FolderChangedError extends UserError {
    constructor(path: string);
}
/** Another ucma-codemod run holds the file's lock. */
export declare class FileBusyError extends UserError {
    constructor(path: string, lock: string, holder: ProcessMark | undefined);
}
/** The name of a temp file beside `name`, which a later run recognises by its mark (pid and start time; see StaleTempCleaner). */
export declare function tempFileName(name: string): string;
/**
 * Stops writing: writes not yet at their rename leave their file as it was (and remove their temp
 * file); resolves, once the writes under way are over, with every file written.
 */
export declare function stopWrites(): Promise<readonly string[]>;
/**
 * Replaces `path` with `bytes` atomically, if its content is still `expected`, and, when
 * `location` says where it was read, only in the same folders. Keeps the mode and (where allowed)
 * the owner. A read-only file (no write bit for anyone) is refused even when running as root.
 */
export declare function writeFileAtomic(path: string, bytes: Uint8Array, expected: Uint8Array, location?: FileLocation): Promise<void>;
/**
 * Creates the lock file unless it exists; false when it does. The mark goes into a draft file that
 * is then linked into place, so a lock is never seen without its holder: a run killed between
 * creating the lock and writing its mark would otherwise leave an empty lock that no later run may
 * call stale. A killed run's draft is a temp file with its mark, removed like any other. Where the
 * file system has no hard links, the lock is created in place (the old window comes back there).
 */
export declare function takeLock(folder: OpenFolder, lockName: string, link?: (from: string, to: string) => void): boolean;
/** Why a write failed, in words for the file's report line (the path is shown beside it). */
export declare function describeWriteFailure(thrown: unknown): string;
/** Removes stale temp and lock files once per folder, for a run that writes into many files of it. */
export declare class StaleTempCleaner {
    private readonly done;
    readonly removed: string[];
    /** Cleans the folder of `path` unless that was done already; `location` says where links are refused from. */
    cleanBeside(path: string, location?: FileLocation): Promise<void>;
}
/**
 * Removes temp files that an earlier, killed run left in `directory` (their process is gone), and
 * lock files of such runs. Never through a link below `base`. Returns the removed paths.
 */
export declare function removeStaleTempFiles(directory: string, base?: string): string[];
