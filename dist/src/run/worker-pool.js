// A pool of worker threads that do the per-file work (decode, parse, transform) of a run, and read
// declarations for project indexes. Each worker has up to two files (one in work, one waiting, so
// it never idles on a round trip); the file in work is timed, and one that takes longer than the
// time budget fails with a message naming the transform that was running, its worker is stopped
// and replaced, and the run goes on, unless files keep running out of time one after another
// (then the pool gives up: see gaveUp). Each worker has a memory limit (resourceLimits); one that
// runs out fails its file with the transform's name. A project's declarations reach a worker
// before the first file that needs them, outside any file's budget. Results resolve per file, so
// the caller decides the order.
import { existsSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../platform/package-info.js';
import { fullWork } from './file-work.js';
import { CLOSE_REQUEST, LOADING } from './worker-signals.js';
import { transformModuleUrl } from '../engine/transform-origin.js';
/** Files in a row (none answered in between) that may run past the time budget or memory limit before the pool gives up. */
export const TIMEOUTS_IN_A_ROW = 3;
/** Files sent to one worker before it answers. */
const IN_FLIGHT = 2;
/** How long an idle worker may take to end before it is terminated (long: a loaded machine is slow). */
const CLOSE_GRACE_MS = 30_000;
/**
 * How workers can load `transforms`: the module each is the default export of; undefined when one
 * of them exists only in this thread (a transform object built in code).
 */
export function transformSpecs(transforms) {
    const specs = [];
    for (const transform of transforms) {
        const moduleUrl = transformModuleUrl(transform);
        if (moduleUrl === undefined)
            return undefined;
        specs.push({
            moduleUrl: builtModuleUrl(moduleUrl),
            ...(transform.selectedRules === undefined ? {} : { selectedRules: [...transform.selectedRules] }),
        });
    }
    return specs;
}
/** The worker's entry, once found. */
let script;
/**
 * The worker's entry, always a built one (worker threads run JavaScript from dist/): the CommonJS
 * bundle with the built-in transforms inside, which `npm run compile` writes and dist/ holds, or
 * else tsc's ES module. Runs from the sources (jest) start the bundle too: a built-in's module URL
 * there is mapped into dist/ (builtModuleUrl), the URL the bundle knows its copy by.
 */
function workerScript() {
    const bundle = join(packageRoot(), 'dist', 'worker.cjs');
    script ??= existsSync(bundle) ? bundle : join(packageRoot(), 'dist', 'src', 'run', 'file-worker-entry.js');
    return script;
}
/**
 * A module of this package's TypeScript sources (as a test runner loads them) is its build output
 * under dist/, which is what a worker thread can import; any other URL is kept.
 */
function builtModuleUrl(moduleUrl) {
    if (!moduleUrl.startsWith('file:') || !moduleUrl.endsWith('.ts'))
        return moduleUrl;
    const path = fileURLToPath(moduleUrl);
    const inPackage = relative(packageRoot(), path);
    if (inPackage.startsWith('..') || isAbsolute(inPackage))
        return moduleUrl;
    return pathToFileURL(join(packageRoot(), 'dist', inPackage.replace(/\.ts$/, '.js'))).href;
}
export class WorkerPool {
    specs;
    options;
    workers = [];
    queue = [];
    closed = false;
    /** Files that ran out of time since the last file answered. */
    timeoutsInARow = [];
    /** Why the pool stopped taking files (files kept running out of time), or undefined. */
    gaveUp;
    constructor(specs, options) {
        this.specs = specs;
        this.options = options;
    }
    /** Does the work for one file in a worker. Never rejects: a failure is a `failed` work. */
    work(path, bytes, projectFiles, project) {
        return new Promise((resolve) => {
            const fail = (reason) => resolve({ kind: 'failed', reason });
            this.enqueue({
                kind: 'work',
                path,
                bytes,
                projectFiles,
                project,
                fail,
                settle: (answer) => {
                    if (!('work' in answer))
                        return fail('its worker thread gave no work');
                    try {
                        resolve(fullWork(answer.work, bytes));
                    }
                    catch (thrown) {
                        fail(`its worker thread's work could not be read back (${thrown instanceof Error ? thrown.message : String(thrown)})`);
                    }
                },
            });
        });
    }
    /** Reads one file's declarations in a worker; undefined when the file cannot be read as C#, or its worker failed. */
    declare(path, bytes) {
        return new Promise((resolve) => {
            this.enqueue({
                kind: 'declare',
                path,
                bytes,
                projectFiles: undefined,
                project: undefined,
                fail: () => resolve(undefined),
                settle: (answer) => resolve('declared' in answer ? answer.declared : undefined),
            });
        });
    }
    /** Starts every worker now, ahead of the work (a worker takes a while to load its transforms). */
    warmUp() {
        while (!this.closed && this.workers.length < this.options.threads)
            this.startWorker();
    }
    enqueue(task) {
        if (this.closed) {
            task.fail(this.gaveUp ?? 'the worker pool was closed before this file was processed');
            return;
        }
        this.queue.push(task);
        this.dispatch();
    }
    /**
     * Ends every worker; work not yet sent fails. Every worker is asked to end on its own, after the
     * files it was sent (at most two), so its isolate tears down in order: terminating one while it
     * loads, parses or unloads tree-sitter's native module aborts the whole process (a C++ exception
     * from the addon; seen when a run was cut short by a full stdout with workers busy). Only a
     * worker that runs past its file's time budget, or does not end within the grace time, is
     * terminated.
     */
    async close() {
        this.closed = true;
        for (const task of this.queue.splice(0))
            task.fail('the worker pool was closed before this file was processed');
        await Promise.all(this.workers.splice(0).map(async (worker) => {
            const ended = new Promise((resolve) => worker.thread.once('exit', () => resolve()));
            // A loading worker reads this once it listens: messages wait for it.
            worker.thread.postMessage(CLOSE_REQUEST);
            const late = setTimeout(() => void worker.thread.terminate(), CLOSE_GRACE_MS);
            await ended;
            clearTimeout(late);
        }));
    }
    /** Hands queued files to the least busy ready worker, starting workers up to the limit. */
    dispatch() {
        while (this.queue.length > 0) {
            const ready = this.workers.filter((worker) => worker.ready && worker.tasks.length < IN_FLIGHT);
            const idle = ready.find((worker) => worker.tasks.length === 0);
            if (!idle && this.workers.length < this.options.threads)
                this.startWorker();
            const chosen = idle ?? ready[0];
            if (!chosen)
                return;
            this.assign(chosen, this.queue.shift());
        }
    }
    assign(worker, task) {
        // A project's declarations travel to each worker once, as a step of their own that no file's
        // budget counts (building a big project's index can take longer than a file may); later
        // files name the project by its root.
        if (task.project && !worker.projects.has(task.project.root)) {
            worker.projects.add(task.project.root);
            this.push(worker, {
                kind: 'project',
                path: task.project.root,
                bytes: new Uint8Array(0),
                projectFiles: undefined,
                project: task.project,
                settle: () => undefined,
                fail: () => undefined,
            });
            worker.thread.postMessage({
                kind: 'project',
                root: task.project.root,
                files: task.project.files,
                projectFiles: task.project.projectFiles,
            });
        }
        this.push(worker, task);
        if (task.kind === 'declare') {
            worker.thread.postMessage({ kind: 'declare', path: task.path, bytes: task.bytes });
            return;
        }
        worker.thread.postMessage({
            kind: 'work',
            path: task.path,
            bytes: task.bytes,
            projectFiles: task.projectFiles,
            project: task.project ? { root: task.project.root } : undefined,
        });
    }
    push(worker, task) {
        worker.tasks.push(task);
        if (worker.tasks.length === 1)
            this.startTimer(worker);
    }
    /** Times the worker's first file (the next one starts as soon as the first is answered); a project index handed over is not timed. */
    startTimer(worker) {
        clearTimeout(worker.timer);
        worker.timer = undefined;
        if (worker.tasks[0]?.kind === 'project')
            return;
        worker.timer = setTimeout(() => this.timedOut(worker), this.options.fileTimeBudgetMs);
    }
    startWorker() {
        const progress = new Int32Array(new SharedArrayBuffer(4));
        Atomics.store(progress, 0, LOADING);
        const setup = {
            transforms: this.specs,
            options: this.options.transformOptions,
            knownTransformIds: this.options.knownTransformIds,
            ...(this.options.severities ? { severities: this.options.severities } : {}),
            progress,
            ...(this.options.parseBudgetBytes === undefined ? {} : { parseBudgetBytes: this.options.parseBudgetBytes }),
        };
        const thread = new Worker(workerScript(), {
            workerData: setup,
            resourceLimits: { maxOldGenerationSizeMb: this.options.workerMemoryMb },
        });
        const worker = { thread, progress, ready: false, tasks: [], projects: new Set(), timer: undefined };
        this.workers.push(worker);
        thread.on('message', (message) => {
            if ('ready' in message) {
                worker.ready = true;
            }
            else {
                clearTimeout(worker.timer);
                const task = worker.tasks.shift();
                task?.settle(message);
                if (task && task.kind !== 'project')
                    this.timeoutsInARow = [];
                if (worker.tasks.length > 0)
                    this.startTimer(worker);
            }
            this.dispatch();
        });
        thread.on('error', (error) => this.lost(worker, this.describeFailure(worker, error), error.code === 'ERR_WORKER_OUT_OF_MEMORY'));
        thread.on('exit', (code) => this.lost(worker, `its worker thread exited (status ${code})`));
    }
    /** Why a worker failed, naming the transform that was running when it ran out of memory. */
    describeFailure(worker, error) {
        if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY')
            return `its worker thread failed: ${error.message}`;
        const running = Atomics.load(worker.progress, 0);
        const who = running >= 0
            ? `transform ${this.options.transforms[running]?.meta.id ?? running}`
            : running === LOADING
                ? 'loading the transforms'
                : 'parsing and checking it';
        return `${who} used more memory than a worker thread may (${this.options.workerMemoryMb} MiB of JavaScript heap; raise it with --worker-memory); the work was stopped`;
    }
    /** The budget ran out: name what was running, stop the worker, go on with a fresh one. */
    timedOut(worker) {
        const running = Atomics.load(worker.progress, 0);
        const seconds = `${(this.options.fileTimeBudgetMs / 1000).toFixed(this.options.fileTimeBudgetMs % 1000 === 0 ? 0 : 1)} s`;
        const culprit = running >= 0 ? `transform ${this.options.transforms[running]?.meta.id ?? running} ran` : 'parsing and checking it took';
        const reason = `${culprit} longer than the per-file time budget of ${seconds}; not changed (the work was stopped, the run went on)`;
        this.remove(worker);
        this.requeueWaiting(worker);
        const path = worker.tasks[0]?.path ?? '?';
        void this.stop(worker, reason);
        if (!this.overLimitAgain(path))
            this.dispatch();
    }
    /**
     * Counts a file that ran past the per-file limits (time or memory); true when that makes too
     * many in a row, with none answered between, and the pool gives up: a transform that loops or
     * grows on every file would otherwise make each one wait out the budget in a fresh worker,
     * forever in effect.
     */
    overLimitAgain(path) {
        this.timeoutsInARow.push(path);
        if (this.timeoutsInARow.length < TIMEOUTS_IN_A_ROW || this.closed)
            return false;
        const seconds = `${(this.options.fileTimeBudgetMs / 1000).toFixed(this.options.fileTimeBudgetMs % 1000 === 0 ? 0 : 1)} s`;
        this.gaveUp =
            `${this.timeoutsInARow.length} files in a row ran past the per-file limits (the time budget of ${seconds}, or ` +
                `${this.options.workerMemoryMb} MiB of memory): ${this.timeoutsInARow.join(', ')}; the run was stopped, since a transform that ` +
                'never ends (or never stops growing) would hold up every file. Raise --file-timeout or --worker-memory if the files are only slow or big';
        this.closed = true;
        for (const task of this.queue.splice(0))
            task.fail(this.gaveUp);
        return true;
    }
    /** Files a stopped worker had not begun go back to the front of the queue, in order (or fail, once the pool is closed). */
    requeueWaiting(worker) {
        const waiting = worker.tasks.splice(1).filter((task) => task.kind !== 'project');
        if (this.closed)
            for (const task of waiting)
                task.fail(this.gaveUp ?? 'the worker pool was closed before this file was processed');
        else
            this.queue.unshift(...waiting);
    }
    /** A worker died on its own: fail its file and replace it; one that never got ready fails the rest. */
    lost(worker, why, overMemory = false) {
        clearTimeout(worker.timer);
        const reason = `could not be processed: ${why}`;
        if (!this.workers.includes(worker)) {
            // Already let go of (closed, or stopped): whatever it still had fails.
            for (const task of worker.tasks.splice(0))
                task.fail(reason);
            return;
        }
        this.remove(worker);
        this.requeueWaiting(worker);
        while (worker.tasks[0]?.kind === 'project')
            worker.tasks.shift();
        const failed = worker.tasks.shift();
        failed?.fail(reason);
        if (overMemory && worker.ready && this.overLimitAgain(failed?.path ?? '?'))
            return;
        if (!worker.ready) {
            // The transforms do not load in a worker: every other start would fail the same way, and
            // files sent later (the main pass after a project pre-pass) fail with this reason too.
            this.gaveUp ??= reason;
            this.closed = true;
            for (const task of this.queue.splice(0))
                task.fail(reason);
            return;
        }
        if (!this.closed)
            this.dispatch();
    }
    remove(worker) {
        const at = this.workers.indexOf(worker);
        if (at !== -1)
            this.workers.splice(at, 1);
    }
    async stop(worker, reason) {
        clearTimeout(worker.timer);
        for (const task of worker.tasks.splice(0))
            task.fail(reason);
        await worker.thread.terminate();
    }
}
