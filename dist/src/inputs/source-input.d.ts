import { type FileLocation } from '../platform/no-follow.js';
export interface SourceInput {
    /** Relative to the working directory, forward slashes. */
    readonly displayPath: string;
    /** The file's place in the working tree. */
    readonly absolutePath: string;
    /**
     * Reads the bytes and the git mode; returns only the size when it is over `maxBytes`, so huge
     * files are never loaded.
     */
    read(maxBytes: number): Promise<InputRead>;
    /** Searches the bytes without loading them whole, for a file the run passes over (too large). */
    readonly probe?: ContentProbe;
    /**
     * Other files of this file's project that the run does not process but its project index must
     * hold (--stdin-filepath: the rest of the project on disk). Usually absent.
     */
    readonly projectPeers?: readonly SourceInput[];
    /**
     * The folder of the project this file was read for, when it was read as a peer: a file a
     * project compiles from outside its folder is indexed with that project.
     */
    readonly projectRoot?: string;
    /**
     * Folders of other projects that compile this file (a linked file, a file of a project nested in
     * an SDK-style one): their indexes hold it too. It is still judged with its own project only.
     */
    readonly alsoCompiledBy?: readonly string[];
}
/** An input's bytes and git mode, and for a file on disk where it was read (the write checks it is still there). */
export type InputRead = {
    bytes: Buffer;
    mode: string;
    location?: FileLocation;
} | {
    oversize: number;
};
/** Whether the bytes contain one of `needles` (UTF-8); false when they cannot be read. */
export type ContentProbe = (needles: readonly string[]) => Promise<boolean>;
/** Closes the folders kept open for reads. */
export declare function releaseReadFolders(): void;
/**
 * An input that reads from disk: never through a symbolic link, neither the file nor a folder below
 * the deepest folder its path shares with `cwd` (even one swapped in since discovery), never from
 * a FIFO or device, never over the size limit.
 */
export declare function diskInput(absolutePath: string, displayPath: string, cwd: string): SourceInput;
