// Chooses where a run's per-file work happens: in this thread (--jobs 1, a handful of files,
// transforms that exist only here, or transforms that need project context: a project index and
// its parsed trees cannot cross a thread) or in a pool of worker threads. Files that no transform needs
// are settled here either way, from their bytes, without a round trip to a worker.
import type { Transform } from '../engine/transform.js';
import type { FileSurroundings, TransformOptions } from '../engine/transform-source.js';
import { needsWork, workOnBytes, type FileWork } from './file-work.js';
import { knownTransformIds } from './known-transform-ids.js';
import { letFinalizersRun } from './tree-memory.js';
import { transformSpecs, WorkerPool } from './worker-pool.js';

export interface FileRunnerOptions {
  readonly transforms: readonly Transform[];
  readonly transformOptions: TransformOptions;
  /** Threads to use; 1 keeps the work in this thread. Default: the number of cores. */
  readonly jobs?: number;
  /** How many files the run has: workers are not started for a handful. */
  readonly fileCount: number;
  /** Per-file time budget of a worker (not enforceable in this thread). */
  readonly fileTimeBudgetMs?: number;
}

export interface FileRunner {
  /** `surroundings` may hold a project index only when no worker is used (see openFileRunner). */
  work(path: string, bytes: Uint8Array, surroundings?: FileSurroundings): Promise<FileWork>;
  close(): Promise<void>;
  /** Worker threads at most; 0 when the work stays in this thread. */
  readonly threads: number;
}

/** Below this many files, starting workers costs more than it saves. */
export const HANDFUL_OF_FILES = 8;

/** A minute: far beyond any real file under the default size limit. */
export const DEFAULT_FILE_TIME_BUDGET_MS = 60_000;

/**
 * Worker threads are opt-in (-j N) for now: under heavy load, a few full test runs saw a pooled
 * run end with empty output (once with no exit status), which could not be reproduced on demand.
 * Until that is explained, a run without -j stays in this thread.
 */
export function defaultJobs(): number {
  return 1;
}

export function openFileRunner(options: FileRunnerOptions): FileRunner {
  const jobs = options.jobs ?? defaultJobs();
  const needsProject = options.transforms.some((transform) => transform.meta.needsProject);
  const specs = jobs > 1 && options.fileCount > HANDFUL_OF_FILES && !needsProject ? transformSpecs(options.transforms) : undefined;
  if (specs === undefined) {
    const known = knownTransformIds(options.transforms);
    return {
      threads: 0,
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
    threads: jobs,
    fileTimeBudgetMs: options.fileTimeBudgetMs ?? DEFAULT_FILE_TIME_BUDGET_MS,
  });
  return {
    threads: jobs,
    work(path, bytes, surroundings = {}) {
      // No transform needs a project here, so a file has no project index.
      const needed = needsWork(path, bytes, options.transforms, false);
      if (needed !== true) return Promise.resolve(needed);
      // Project files beside an App.config are plain text: they travel with the file.
      return pool.work(path, bytes, surroundings.projectFiles);
    },
    close: () => pool.close(),
  };
}
