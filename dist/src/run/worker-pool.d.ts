import type { Transform } from '../engine/transform.js';
import type { TransformOptions } from '../engine/transform-source.js';
import type { ProjectFileText } from '../engine/transform.js';
import type { FileWork } from './file-work.js';
import { type TransformSpec } from './file-worker.js';
import type { FileDeclarations, ProjectIndex } from '../engine/project-index.js';
import type { SeverityPolicy } from '../engine/severity.js';
export interface WorkerPoolOptions {
    readonly transforms: readonly Transform[];
    readonly transformOptions: TransformOptions;
    /** Every transform id a suppression comment may name. */
    readonly knownTransformIds: readonly string[];
    /** Per-rule severities, sent to each worker with its setup. */
    readonly severities?: SeverityPolicy;
    /** How many worker threads at most; they start when work arrives. */
    readonly threads: number;
    /** A file whose work takes longer than this fails; its worker is replaced. */
    readonly fileTimeBudgetMs: number;
}
/**
 * How workers can load `transforms`: the module each is the default export of; undefined when one
 * of them exists only in this thread (a transform object built in code).
 */
export declare function transformSpecs(transforms: readonly Transform[]): TransformSpec[] | undefined;
export declare class WorkerPool {
    private readonly specs;
    private readonly options;
    private readonly workers;
    private readonly queue;
    private closed;
    constructor(specs: readonly TransformSpec[], options: WorkerPoolOptions);
    /** Does the work for one file in a worker. Never rejects: a failure is a `failed` work. */
    work(path: string, bytes: Uint8Array, projectFiles?: readonly ProjectFileText[], project?: ProjectIndex): Promise<FileWork>;
    /** Reads one file's declarations in a worker; undefined when the file cannot be read as C#, or its worker failed. */
    declare(path: string, bytes: Uint8Array): Promise<FileDeclarations | undefined>;
    private enqueue;
    /**
     * Ends every worker; work not yet done fails. A worker that is idle or still loading is asked to
     * end on its own, so its isolate tears down in order: terminating one while it loads or unloads
     * tree-sitter's native module is the likeliest cause of the rare crash seen under heavy load,
     * when a small run ended before its second worker was ready. Only a worker still busy with a
     * file (the run was cut short) is terminated, as is one that does not end within the grace time.
     */
    close(): Promise<void>;
    /** Hands queued files to the least busy ready worker, starting workers up to the limit. */
    private dispatch;
    private assign;
    /** Times the worker's first file (the next one starts as soon as the first is answered). */
    private startTimer;
    private startWorker;
    /** The budget ran out: name what was running, stop the worker, go on with a fresh one. */
    private timedOut;
    /** Files a stopped worker had not begun go back to the front of the queue, in order. */
    private requeueWaiting;
    /** A worker died on its own: fail its file and replace it; one that never got ready fails the rest. */
    private lost;
    private remove;
    private stop;
}
