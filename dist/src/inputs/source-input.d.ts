export interface SourceInput {
    /** Relative to the working directory, forward slashes. */
    readonly displayPath: string;
    /** The file's place in the working tree. */
    readonly absolutePath: string;
    /**
     * Reads the bytes and the git mode; returns only the size when it is over `maxBytes`, so huge
     * files are never loaded.
     */
    read(maxBytes: number): Promise<{
        bytes: Buffer;
        mode: string;
    } | {
        oversize: number;
    }>;
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
}
/** Whether the bytes contain one of `needles` (UTF-8); false when they cannot be read. */
export type ContentProbe = (needles: readonly string[]) => Promise<boolean>;
/** An input that reads from disk. */
export declare function diskInput(absolutePath: string, displayPath: string): SourceInput;
