/** A folder's or file's identity, "device:inode" (bigint-safe). */
export type NodeId = string;
/** A path below the base goes through a symbolic link. */
export declare class LinkOnPathError extends Error {
    readonly link: string;
    readonly code = "ELINKONPATH";
    constructor(link: string);
}
/** An open folder: its descriptor and the identities of the folders from the base down to it. */
export interface OpenFolder {
    readonly fd: number;
    readonly path: string;
    readonly chain: readonly NodeId[];
}
/** The path of `name` inside the open folder, resolved from the folder itself where possible. */
export declare function pathIn(folder: OpenFolder, name: string): string;
/**
 * Opens `folder`, which is `base` or below it: `base` by its path (how it was reached is the
 * caller's business), then each folder below it without following a link. Throws LinkOnPathError
 * naming the first link (or non-folder) on the way, or the file system's error.
 */
export declare function openFolderBelow(base: string, folder: string, options?: {
    readonly create?: boolean;
}): OpenFolder;
export declare function closeFolder(folder: OpenFolder): void;
/**
 * The folder from which links are refused for an output the user named (-o, --output-dir): the
 * working directory for a target inside it (a checkout may hold links there), else the nearest
 * folder of the target that exists (a place outside the tree is the user's choice).
 */
export declare function outputBase(cwd: string, target: string): string;
/** The folder from which links are refused for `absolute`: the deepest folder it shares with `cwd`. */
export declare function linkFreeBase(cwd: string, absolute: string): string;
/** What a file is, in words, for NotRegularFileError. */
export declare function kindOfFile(stats: {
    isDirectory(): boolean;
    isFIFO(): boolean;
    isSocket(): boolean;
    isCharacterDevice(): boolean;
    isBlockDevice(): boolean;
    isSymbolicLink(): boolean;
}): string;
/** A regular file's bytes and mode, or its size alone when it is over the limit. */
export type RegularFileRead = {
    readonly bytes: Buffer;
    readonly mode: number;
    readonly uid: number;
    readonly gid: number;
    readonly id: NodeId;
} | {
    readonly oversize: number;
};
/**
 * Reads the regular file `name` in the open folder: never through a link, never from a FIFO or
 * device (opened without blocking, then checked), never more than `maxBytes` (a file that grows
 * past it while read counts as over). Throws NotRegularFileError, or the file system's error.
 */
export declare function readRegularFile(folder: OpenFolder, name: string, maxBytes: number): RegularFileRead;
/**
 * Reads the regular file at `absolute` as readRegularFile does, never through a link on the way
 * from the deepest folder it shares with `cwd` (see linkFreeBase): for files that are read once,
 * such as a project file named by a run's sources. Throws as openFolderBelow and readRegularFile do.
 */
export declare function readFileBelow(cwd: string, absolute: string, maxBytes: number): RegularFileRead;
/** Where a file was read: the base folder links were refused from, and the folders from it down to the file's. */
export interface FileLocation {
    readonly base: string;
    readonly folders: readonly NodeId[];
}
/**
 * Open folders kept for reads that follow one another in the same folder (a run reads files in
 * path order): a small cache, so a read costs one open instead of one per folder on the way. A
 * cached folder stays the folder it was when opened, whatever is renamed meanwhile; the write
 * opens its folders afresh and compares.
 */
export declare class FolderCache {
    private readonly limit;
    private readonly open;
    constructor(limit?: number);
    /** The open folder (base and folder as in openFolderBelow), opened now or kept from before. */
    get(base: string, folder: string): OpenFolder;
    /** Forgets one folder (it was removed or replaced: the next read opens it afresh). */
    forget(base: string, folder: string): void;
    /** Closes every kept folder. */
    clear(): void;
}
