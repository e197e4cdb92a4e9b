import type { Transform } from '../engine/transform.js';
import type { TransformOptions } from '../engine/transform-source.js';
import type { ProjectFileText } from '../engine/transform.js';
import { type FileWork } from './file-work.js';
import type { TransformSpec } from './file-worker.js';
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
    /** Each worker's JavaScript heap limit, in MiB (resourceLimits.maxOldGenerationSizeMb). */
    readonly workerMemoryMb: number;
    /** Files larger than this many bytes of text are refused before they are parsed (see file-work). */
    readonly parseBudgetBytes?: number;
}
/** Files in a row (none answered in between) that may run past the time budget or memory limit before the pool gives up. */
export declare const TIMEOUTS_IN_A_ROW = 3;
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
    /** Files that ran out of time since the last file answered. */
    private timeoutsInARow;
    /** Why the pool stopped taking files (files kept running out of time), or undefined. */
    gaveUp: string | undefined;
    constructor(specs: readonly TransformSpec[], options: WorkerPoolOptions);
    /** Does the work for one file in a worker. Never rejects: a failure is a `failed` work. */
    work(path: string, bytes: Uint8Array, projectFiles?: readonly ProjectFileText[], project?: ProjectIndex): Promise<FileWork>;
    /** Reads one file's declarations in a worker; undefined when the file cannot be read as C#, or its worker failed. */
    declare(path: string, bytes: Uint8Array): Promise<FileDeclarations | undefined>;
    /** Starts every worker now, ahead of the work (a worker takes a while to load its transforms). */
    warmUp(): void;
    private enqueue;
    /**
     * Ends every worker; work not yet sent fails. Every worker is asked to end on its own, after the
     * files it was sent (at most two), so its isolate tears down in order: terminating one while it
     * loads, parses or unloads tree-sitter's native module aborts the whole process (a C++ exception
     * from the addon; seen when a run was cut short by a full stdout with workers busy). Only a
     * worker that runs past its file's time budget, or does not end within the grace time, is
     * terminated.
     */
    close(): Promise<void>;
    /** Hands queued files to the least busy ready worker, starting workers up to the limit. */
    private dispatch;
    private assign;
    private push;
    /** Times the worker's first file (the next one starts as soon as the first is answered); a project index handed over is not timed. */
    private startTimer;
    private startWorker;
    /** Why a worker failed, naming the transform that was running when it ran out of memory. */
    private describeFailure;
    /** The budget ran out: name what was running, stop the worker, go on with a fresh one. */
    private timedOut;
    /**
     * Counts a file that ran past the per-file limits (time or memory); true when that makes too
     * many in a row, with none answered between, and the pool gives up: a transform that loops or
     * grows on every file would otherwise make each one wait out the budget in a fresh worker,
     * forever in effect.
     */
    private overLimitAgain;
    /** Files a stopped worker had not begun go back to the front of the queue, in order (or fail, once the pool is closed). */
    private requeueWaiting;
    /** A worker died on its own: fail its file and replace it; one that never got ready fails the rest. */
    private lost;
    private remove;
    private stop;
}
