import type { Discovery } from '../inputs/discover-files.js';
import { type SourceInput } from '../inputs/source-input.js';
import { UserError } from '../platform/user-error.js';
import type { Transform } from '../engine/transform.js';
import type { TransformOptions } from '../engine/transform-source.js';
import { type FileResult, type RunResult } from './run-result.js';
import type { SeverityPolicy } from '../engine/severity.js';
import { type FingerprintRoot } from './fingerprint.js';
export interface RunOptions {
    readonly inputs: readonly SourceInput[];
    readonly transforms: readonly Transform[];
    readonly transformOptions?: TransformOptions;
    /**
     * Every transform id a suppression comment may name without being a typo: the tool's built-ins
     * besides the selected ones (which are always known). The runner knows no transform by name.
     */
    readonly knownTransformIds?: readonly string[];
    /** Files larger than this many bytes are skipped. */
    readonly maxFileSize: number;
    /** Write changed files in place (apply). */
    readonly write: boolean;
    /**
     * The command's product is a patch (diff, check): a changed file that a patch cannot name fails
     * here, once, so that every output format and the exit status see the same verdict.
     */
    readonly patches: boolean;
    /** Inputs already passed over or failed during discovery. */
    readonly passedOver?: Pick<Discovery, 'skipped' | 'errors'>;
    /**
     * Called with each file record in result order (passed-over files first), as soon as it is
     * final; the run waits for it, so a slow consumer (streamed output) holds the run back.
     */
    readonly onFile?: (file: FileResult, done: number, total: number) => void | Promise<void>;
    /**
     * Keep each changed file's `change` (texts and bytes) in the result; false drops it once onFile
     * has had it, for callers that need no patch at the end (memory stays flat). Default true.
     */
    readonly keepChanges?: boolean;
    /** Worker threads for the per-file work (see file-runner); 1 keeps it in this thread. */
    readonly jobs?: number;
    /** Per-file time budget in a worker thread, in milliseconds. */
    readonly fileTimeBudgetMs?: number;
    /** Memory one file's work may take, in bytes (see file-runner); default 2 GiB. */
    readonly workMemoryBytes?: number;
    /** Per-rule severities (the project configuration), applied by the engine. */
    readonly severities?: SeverityPolicy;
    /** The project root that fingerprints' paths are relative to (default: the paths as displayed). */
    readonly fingerprintRoot?: FingerprintRoot;
}
/** Default size limit: larger .cs files are generated code, not the sample. */
export declare const DEFAULT_MAX_FILE_SIZE: number;
/** Processes every input in order; never throws for one file's problem. */
export declare function runCodemod(options: RunOptions): Promise<RunResult>;
/** The run cannot go on (its files keep running out of time): exit 2 with the reason. */
export declare class RunStoppedError extends UserError {
    constructor(reason: string);
}
