// Chooses where a run's per-file work happens: in this thread (--jobs 1, a handful of files, or
// transforms that exist only here) or in a pool of worker threads. Project context crosses to the
// workers as plain declarations (read by the workers too); files that no transform needs are
// settled here either way, from their bytes, without a round trip to a worker.
import { availableParallelism } from 'node:os';
import type { Transform } from '../engine/transform.js';
import type { FileSurroundings, TransformOptions } from '../engine/transform-source.js';
import { DEFAULT_WORK_MEMORY_BYTES, needsWork, overBudget, parseBudgetFor, workOnBytes, type FileWork } from './file-work.js';
import { RejectionWatch } from './rejection-watch.js';
import { declarationsOfBytes, type FileDeclarer } from './project-context.js';
import { letFinalizersRun } from './tree-memory.js';
import { transformSpecs, WorkerPool } from './worker-pool.js';
import { isUserCode } from '../engine/transform-origin.js';
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
export const HANDFUL_OF_FILES = 8;

/** A minute: far beyond any real file under the default size limit. */
export const DEFAULT_FILE_TIME_BUDGET_MS = 60_000;

/** The default of -j in words, for the help. */
export const DEFAULT_JOBS_DESCRIPTION = 'one per core';

/** One thread per core. */
function defaultJobs(): number {
  return availableParallelism();
}

export function openFileRunner(options: FileRunnerOptions): FileRunner {
  const jobs = options.jobs ?? defaultJobs();
  // A transform loaded from the user's file may loop: it runs where the time budget holds, even
  // for a handful of files, unless -j 1 keeps everything here.
  const userCode = options.transforms.some(isUserCode);
  const threads = jobs === 1 ? 0 : options.fileCount > HANDFUL_OF_FILES ? jobs : userCode ? 1 : 0;
  const specs = threads > 0 ? transformSpecs(options.transforms) : undefined;
  const memory = options.workMemoryBytes ?? DEFAULT_WORK_MEMORY_BYTES;
  const limits = { parseBudgetBytes: parseBudgetFor(memory) };
  if (specs === undefined) {
    // Here a transform's unhandled rejection would end the process: it fails its file instead.
    let running = -1;
    const transforms = userCode ? tracking(options.transforms, (index) => (running = index)) : options.transforms;
    const rejections = userCode ? new RejectionWatch(() => running, options.transforms) : undefined;
    const known = new Set(options.knownTransformIds ?? options.transforms.map((transform) => transform.meta.id));
    return {
      threads: 0,
      gaveUp: undefined,
      declarer: { declare: async (path, bytes) => declarationsOfBytes(path, bytes, limits.parseBudgetBytes) },
      async work(path, bytes, surroundings = {}) {
        const run = () =>
          workOnBytes(
            path,
            bytes,
            transforms,
            options.transformOptions,
            { ...surroundings, knownTransformIds: known, ...(options.severities ? { severities: options.severities } : {}) },
            limits,
          );
        let work = rejections ? rejections.within(path, run) : run();
        const rejected = await rejections?.settle(path);
        if (rejected !== undefined) work = { kind: 'failed', reason: rejected };
        await letFinalizersRun();
        return work;
      },
      close: async () => undefined,
    };
  }
  const pool = new WorkerPool(specs, {
    transforms: options.transforms,
    transformOptions: options.transformOptions,
    knownTransformIds: options.knownTransformIds ?? options.transforms.map((transform) => transform.meta.id),
    ...(options.severities ? { severities: options.severities } : {}),
    threads,
    fileTimeBudgetMs: options.fileTimeBudgetMs ?? DEFAULT_FILE_TIME_BUDGET_MS,
    workerMemoryMb: Math.max(16, Math.floor(memory / 1024 / 1024)),
    parseBudgetBytes: limits.parseBudgetBytes,
  });
  return {
    threads,
    get gaveUp() {
      return pool.gaveUp;
    },
    declarer: {
      declare: (path, bytes) => pool.declare(path, bytes),
      prepare: () => pool.warmUp(),
    },
    work(path, bytes, surroundings = {}) {
      const needed = needsWork(path, bytes, options.transforms, surroundings.project !== undefined);
      if (needed !== true) return Promise.resolve(needed);
      const refused = overBudget(bytes.length, limits);
      if (refused !== undefined) return Promise.resolve({ kind: 'failed', reason: refused });
      // Project files beside an App.config are plain text, and a project index is plain
      // declarations: both travel with the file.
      return pool.work(path, bytes, surroundings.projectFiles, surroundings.project);
    },
    close: () => pool.close(),
  };
}

/** Wraps each transform so that `at` learns which one runs (its index; -1 after it). */
function tracking(transforms: readonly Transform[], at: (index: number) => void): Transform[] {
  return transforms.map((transform, index) => ({
    ...transform,
    meta: transform.meta,
    run(context) {
      at(index);
      try {
        return transform.run(context);
      } finally {
        at(-1);
      }
    },
  }));
}
