import { type FileDeclarations } from '../engine/project-index.js';
import type { Transform } from '../engine/transform.js';
import type { FileSurroundings } from '../engine/transform-source.js';
import type { SourceInput } from '../inputs/source-input.js';
/** Project context for each input of a run. */
export interface ProjectContexts {
    /** The input's project index (built on first use) and the tree parsed for it, if any. */
    contextFor(input: SourceInput): Promise<FileSurroundings>;
    /**
     * True when the pre-pass read this input, its bytes need no work and its project is not indexed:
     * the main pass need not read it again. The verdict is the pre-pass's read, moments earlier; a
     * run that writes reads every file again anyway (see runCodemod).
     */
    settledBefore(input: SourceInput): boolean;
}
/**
 * Prepares project context when some transform sets `meta.needsProject`; otherwise returns
 * undefined without reading anything. Only projects with at least one file that such a transform
 * will see (its `requires` matches) are ever parsed. Unreadable or undecodable files are left out
 * of the index: the main pass reports them.
 */
export declare function indexProjects(inputs: readonly SourceInput[], transforms: readonly Transform[], maxBytes: number, declarer?: FileDeclarer): Promise<ProjectContexts | undefined>;
/** Reads one file's declarations; undefined when its bytes are not C# text it can decode. */
export interface FileDeclarer {
    declare(path: string, bytes: Uint8Array): Promise<FileDeclarations | undefined>;
    /** The pre-pass found a file the main pass will work on: threads that take a while to start may start now. */
    prepare?(): void;
}
/**
 * One file's declarations from its bytes, in whichever thread runs it (this one, or a worker);
 * undefined when the bytes do not decode (the main pass reports that).
 */
export declare function declarationsOfBytes(path: string, bytes: Uint8Array, maxBytes?: number): FileDeclarations | undefined;
