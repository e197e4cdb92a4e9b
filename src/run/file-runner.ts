// Chooses where a run's per-file work happens: in this thread (--jobs 1, a handful of files, or
// transforms that exist only here) or in a pool of worker threads. Project context crosses to the
// workers as plain declarations (read by the workers too); files that no transform needs are
// settled here either way, from their bytes, without a round trip to a worker.
import { availableParallelism } from 'node:os';
import type { Transform } from '../engine/transform.js';
import type { FileSurroundings, TransformOptions } from '../engine/transform-source.js';
import { needsWork, workOnBytes, type FileWork } from './file-work.js';
import { declareInThisThread, type FileDeclarer } from './project-context.js';
import { letFinalizersRun } from './tree-memory.js';
import { transformSpecs, WorkerPool } from './worker-pool.js';
import { isUserCode } from '../engine/transform-origin.js';

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
}

export interface FileRunner {
  work(path: string, bytes: Uint8Array, surroundings?: FileSurroundings): Promise<FileWork>;
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
  if (specs === undefined) {
    const known = new Set(options.knownTransformIds ?? options.transforms.map((transform) => transform.meta.id));
    return {
      threads: 0,
      declarer: declareInThisThread,
      async work(path, bytes, surroundings = {}) {
        const work = workOnBytes(path, bytes, options.transforms, options.transformOptions, { ...surroundings, knownTransformIds: known });
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
    threads,
    fileTimeBudgetMs: options.fileTimeBudgetMs ?? DEFAULT_FILE_TIME_BUDGET_MS,
  });
  return {
    threads,
    declarer: {
      declare: (path, bytes) => pool.declare(path, bytes),
    },
    work(path, bytes, surroundings = {}) {
      const needed = needsWork(path, bytes, options.transforms, surroundings.project !== undefined);
      if (needed !== true) return Promise.resolve(needed);
      // Project files beside an App.config are plain text, and a project index is plain
      // declarations: both travel with the file.
      return pool.work(path, bytes, surroundings.projectFiles, surroundings.project);
    },
    close: () => pool.close(),
  };
}
