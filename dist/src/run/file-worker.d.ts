import type { MessagePort } from 'node:worker_threads';
import type { ProjectFileText, Transform } from '../engine/transform.js';
import type { TransformOptions } from '../engine/transform-source.js';
import { type FileDeclarations } from '../engine/project-index.js';
import { type LeanWork } from './file-work.js';
import type { SeverityPolicy } from '../engine/severity.js';
/** How a worker finds a transform: the ES module it is the default export of, and the rules chosen of it (`-t transform/rule`). */
export interface TransformSpec {
    readonly moduleUrl: string;
    readonly selectedRules?: readonly string[];
}
export interface WorkerSetup {
    readonly transforms: readonly TransformSpec[];
    readonly options: TransformOptions;
    /** Every transform id a suppression comment may name. */
    readonly knownTransformIds: readonly string[];
    /** Per-rule severities of the run. */
    readonly severities?: SeverityPolicy;
    /** Slot 0: the index of the transform running now, or ENGINE_AT_WORK / LOADING. */
    readonly progress: Int32Array;
    /** Files with more bytes than this are refused before they are parsed (see file-work). */
    readonly parseBudgetBytes?: number;
}
export interface WorkRequest {
    readonly kind: 'work';
    readonly path: string;
    readonly bytes: Uint8Array;
    /** For an App.config: the project files beside it (see FileSurroundings). */
    readonly projectFiles: readonly ProjectFileText[] | undefined;
    /** The file's project index, by its root; its declarations came before, in a ProjectRequest. */
    readonly project: {
        readonly root: string;
    } | undefined;
}
/** Parse one file and send back its declarations (the tree stays here and is dropped). */
export interface DeclareRequest {
    readonly kind: 'declare';
    readonly path: string;
    readonly bytes: Uint8Array;
}
/** A project's declarations, sent once before the first file of it this worker gets; answered when its index is built. */
export interface ProjectRequest {
    readonly kind: 'project';
    readonly root: string;
    readonly files: readonly FileDeclarations[];
    /** The texts of the project's own project and config files (see ProjectIndex). */
    readonly projectFiles: readonly ProjectFileText[];
}
export type WorkerMessage = {
    readonly ready: true;
}
/** The file's work without its texts: the pool holds the bytes and rebuilds them (see fullWork). */
 | {
    readonly work: LeanWork;
} | {
    readonly declared: FileDeclarations | undefined;
} | {
    readonly projectReady: string;
};
/** Finds the transform a spec names (its rules not yet chosen). */
export type TransformLoader = (moduleUrl: string) => Promise<Transform>;
/** The default export of the ES module at `moduleUrl`. */
export declare function importTransform(moduleUrl: string): Promise<Transform>;
/**
 * Serves the pool on `port`: loads the transforms of `setup` with `load`, then answers requests
 * until the pool's close request. Rejects when a transform does not load; the entry lets that end
 * the thread before `ready`, which tells the pool that the transforms do not load.
 */
export declare function serveFiles(port: MessagePort, setup: WorkerSetup, load: TransformLoader): Promise<void>;
