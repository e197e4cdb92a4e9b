import type { Transform } from '../engine/transform.js';
import type { FileSurroundings, TransformOptions } from '../engine/transform-source.js';
import { type FileWork } from './file-work.js';
import { type FileDeclarer } from './project-context.js';
import type { SeverityPolicy } from '../engine/severity.js';
export interface FileRunnerOptions {
    readonly transforms: readonly Transform[];
    readonly transformOptions: TransformOptions;
    /** Every transform id a suppression comment may name (see FileSurroundings.knownTransformIds); default: the transforms' own. */
    readonly knownTransformIds?: readonly string[];
    /** Threads to use; 1 keeps the work in this thread. Default: the number of cores. */
    readonly jobs?: number;
    /** How many files the run has: workers are not started for a handful. */
    readonly fileCount: number;
    /** Per-file time budget of a worker (not enforceable in this thread). */
    readonly fileTimeBudgetMs?: number;
    /** Memory one file's work may take: the parse budget everywhere, and each worker's heap limit. */
    readonly workMemoryBytes?: number;
    /** Per-rule severities, applied by the engine wherever the work happens. */
    readonly severities?: SeverityPolicy;
}
export interface FileRunner {
    work(path: string, bytes: Uint8Array, surroundings?: FileSurroundings): Promise<FileWork>;
    /** Why the runner stopped taking files (they kept running out of time), or undefined. */
    readonly gaveUp: string | undefined;
    /** Reads declarations for project indexes, where the work happens. */
    readonly declarer: FileDeclarer;
    close(): Promise<void>;
    /** Worker threads at most; 0 when the work stays in this thread. */
    readonly threads: number;
}
/** Below this many files, starting workers costs more than it saves. */
export declare const HANDFUL_OF_FILES = 8;
/** A minute: far beyond any real file under the default size limit. */
export declare const DEFAULT_FILE_TIME_BUDGET_MS = 60000;
/** The default of -j in words, for the help. */
export declare const DEFAULT_JOBS_DESCRIPTION = "one per core";
export declare function openFileRunner(options: FileRunnerOptions): FileRunner;
