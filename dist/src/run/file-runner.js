// Chooses where a run's per-file work happens: in this thread (--jobs 1, a handful of files, or
// transforms that exist only here) or in a pool of worker threads. Project context crosses to the
// workers as plain declarations (read by the workers too); files that no transform needs are
// settled here either way, from their bytes, without a round trip to a worker.
import { availableParallelism } from 'node:os';
import { DEFAULT_WORK_MEMORY_BYTES, needsWork, overBudget, parseBudgetFor, workOnBytes } from './file-work.js';
import { RejectionWatch } from './rejection-watch.js';
import { declarationsOfBytes } from './project-context.js';
import { letFinalizersRun } from './tree-memory.js';
import { transformSpecs, WorkerPool } from './worker-pool.js';
import { isUserCode } from '../engine/transform-origin.js';
/** Below this many files, starting workers costs more than it saves. */
export const HANDFUL_OF_FILES = 8;
/** A minute: far beyond any real file under the default size limit. */
export const DEFAULT_FILE_TIME_BUDGET_MS = 60_000;
/** The default of -j in words, for the help. */
export const DEFAULT_JOBS_DESCRIPTION = 'one per core';
/** One thread per core. */
function defaultJobs() {
    return availableParallelism();
}
export function openFileRunner(options) {
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
                const run = () => workOnBytes(path, bytes, transforms, options.transformOptions, { ...surroundings, knownTransformIds: known, ...(options.severities ? { severities: options.severities } : {}) }, limits);
                let work = rejections ? rejections.within(path, run) : run();
                const rejected = await rejections?.settle(path);
                if (rejected !== undefined)
                    work = { kind: 'failed', reason: rejected };
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
            if (needed !== true)
                return Promise.resolve(needed);
            const refused = overBudget(bytes.length, limits);
            if (refused !== undefined)
                return Promise.resolve({ kind: 'failed', reason: refused });
            // Project files beside an App.config are plain text, and a project index is plain
            // declarations: both travel with the file.
            return pool.work(path, bytes, surroundings.projectFiles, surroundings.project);
        },
        close: () => pool.close(),
    };
}
/** Wraps each transform so that `at` learns which one runs (its index; -1 after it). */
function tracking(transforms, at) {
    return transforms.map((transform, index) => ({
        ...transform,
        meta: transform.meta,
        run(context) {
            at(index);
            try {
                return transform.run(context);
            }
            finally {
                at(-1);
            }
        },
    }));
}
