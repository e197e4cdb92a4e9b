// A pool of worker threads that do the per-file work (decode, parse, transform) of a run, and read
// declarations for project indexes. Each
// worker has up to two files (one in work, one waiting, so it never idles on a round trip); the
// file in work is timed, and one that takes longer than the time budget fails with a
// message naming the transform that was running, its worker is stopped and replaced, and the run
// goes on. Results resolve per file, so the caller decides the order.
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../platform/package-info.js';
import type { Transform } from '../engine/transform.js';
import type { TransformOptions } from '../engine/transform-source.js';
import type { ProjectFileText } from '../engine/transform.js';
import type { FileWork } from './file-work.js';
import {
  CLOSE_REQUEST,
  LOADING,
  type DeclareRequest,
  type TransformSpec,
  type WorkerMessage,
  type WorkerSetup,
  type WorkRequest,
} from './file-worker.js';
import type { FileDeclarations, ProjectIndex } from '../engine/project-index.js';
import { transformModuleUrl } from '../engine/transform-origin.js';
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

/** A file to work on or to read declarations from; `fail` settles it when its worker cannot. */
interface Task {
  readonly kind: 'work' | 'declare';
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly projectFiles: readonly ProjectFileText[] | undefined;
  readonly project: ProjectIndex | undefined;
  readonly settle: (answer: WorkerMessage) => void;
  readonly fail: (reason: string) => void;
}

interface PoolWorker {
  readonly thread: Worker;
  readonly progress: Int32Array;
  ready: boolean;
  /** Sent and not answered, in order; the first is the one in work. */
  readonly tasks: Task[];
  /** Roots of the project indexes this worker has been sent. */
  readonly projects: Set<string>;
  timer: NodeJS.Timeout | undefined;
}

/** Files sent to one worker before it answers. */
const IN_FLIGHT = 2;

/** How long an idle worker may take to end before it is terminated (long: a loaded machine is slow). */
const CLOSE_GRACE_MS = 30_000;

/**
 * How workers can load `transforms`: the module each is the default export of; undefined when one
 * of them exists only in this thread (a transform object built in code).
 */
export function transformSpecs(transforms: readonly Transform[]): TransformSpec[] | undefined {
  const specs: TransformSpec[] = [];
  for (const transform of transforms) {
    const moduleUrl = transformModuleUrl(transform);
    if (moduleUrl === undefined) return undefined;
    specs.push({
      moduleUrl: builtModuleUrl(moduleUrl),
      ...(transform.selectedRules === undefined ? {} : { selectedRules: [...transform.selectedRules] }),
    });
  }
  return specs;
}

/** The worker module, always the built one: worker threads run JavaScript from dist/. */
function workerScript(): string {
  return join(packageRoot(), 'dist', 'src', 'run', 'file-worker.js');
}

/**
 * A module of this package's TypeScript sources (as a test runner loads them) is its build output
 * under dist/, which is what a worker thread can import; any other URL is kept.
 */
function builtModuleUrl(moduleUrl: string): string {
  if (!moduleUrl.startsWith('file:') || !moduleUrl.endsWith('.ts')) return moduleUrl;
  const path = fileURLToPath(moduleUrl);
  const inPackage = relative(packageRoot(), path);
  if (inPackage.startsWith('..') || isAbsolute(inPackage)) return moduleUrl;
  return pathToFileURL(join(packageRoot(), 'dist', inPackage.replace(/\.ts$/, '.js'))).href;
}

export class WorkerPool {
  private readonly workers: PoolWorker[] = [];
  private readonly queue: Task[] = [];
  private closed = false;

  constructor(
    private readonly specs: readonly TransformSpec[],
    private readonly options: WorkerPoolOptions,
  ) {}

  /** Does the work for one file in a worker. Never rejects: a failure is a `failed` work. */
  work(path: string, bytes: Uint8Array, projectFiles?: readonly ProjectFileText[], project?: ProjectIndex): Promise<FileWork> {
    return new Promise((resolve) => {
      const fail = (reason: string) => resolve({ kind: 'failed', reason });
      this.enqueue({
        kind: 'work',
        path,
        bytes,
        projectFiles,
        project,
        fail,
        settle: (answer) => ('work' in answer ? resolve(answer.work) : fail('its worker thread gave no work')),
      });
    });
  }

  /** Reads one file's declarations in a worker; undefined when the file cannot be read as C#, or its worker failed. */
  declare(path: string, bytes: Uint8Array): Promise<FileDeclarations | undefined> {
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

  private enqueue(task: Task): void {
    if (this.closed) {
      task.fail('the worker pool was closed before this file was processed');
      return;
    }
    this.queue.push(task);
    this.dispatch();
  }

  /**
   * Ends every worker; work not yet done fails. A worker that is idle or still loading is asked to
   * end on its own, so its isolate tears down in order: terminating one while it loads or unloads
   * tree-sitter's native module is the likeliest cause of the rare crash seen under heavy load,
   * when a small run ended before its second worker was ready. Only a worker still busy with a
   * file (the run was cut short) is terminated, as is one that does not end within the grace time.
   */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.fail('the worker pool was closed before this file was processed');
    await Promise.all(
      this.workers.splice(0).map(async (worker) => {
        if (worker.tasks.length > 0) return this.stop(worker, 'the worker pool was closed while this file was processed');
        const ended = new Promise<void>((resolve) => worker.thread.once('exit', () => resolve()));
        // A loading worker reads this once it listens: messages wait for it.
        worker.thread.postMessage(CLOSE_REQUEST);
        const late = setTimeout(() => void worker.thread.terminate(), CLOSE_GRACE_MS);
        await ended;
        clearTimeout(late);
      }),
    );
  }

  /** Hands queued files to the least busy ready worker, starting workers up to the limit. */
  private dispatch(): void {
    while (this.queue.length > 0) {
      const ready = this.workers.filter((worker) => worker.ready && worker.tasks.length < IN_FLIGHT);
      const idle = ready.find((worker) => worker.tasks.length === 0);
      if (!idle && this.workers.length < this.options.threads) this.startWorker();
      const chosen = idle ?? ready[0];
      if (!chosen) return;
      this.assign(chosen, this.queue.shift()!);
    }
  }

  private assign(worker: PoolWorker, task: Task): void {
    worker.tasks.push(task);
    if (worker.tasks.length === 1) this.startTimer(worker);
    if (task.kind === 'declare') {
      worker.thread.postMessage({ kind: 'declare', path: task.path, bytes: task.bytes } satisfies DeclareRequest);
      return;
    }
    // A project's declarations travel to each worker once; later files name it by its root.
    let project: WorkRequest['project'];
    if (task.project) {
      const known = worker.projects.has(task.project.root);
      worker.projects.add(task.project.root);
      project = known
        ? { root: task.project.root }
        : { root: task.project.root, files: task.project.files, projectFiles: task.project.projectFiles };
    }
    worker.thread.postMessage({
      kind: 'work',
      path: task.path,
      bytes: task.bytes,
      projectFiles: task.projectFiles,
      project,
    } satisfies WorkRequest);
  }

  /** Times the worker's first file (the next one starts as soon as the first is answered). */
  private startTimer(worker: PoolWorker): void {
    clearTimeout(worker.timer);
    worker.timer = setTimeout(() => this.timedOut(worker), this.options.fileTimeBudgetMs);
  }

  private startWorker(): void {
    const progress = new Int32Array(new SharedArrayBuffer(4));
    Atomics.store(progress, 0, LOADING);
    const setup: WorkerSetup = {
      transforms: this.specs,
      options: this.options.transformOptions,
      knownTransformIds: this.options.knownTransformIds,
      ...(this.options.severities ? { severities: this.options.severities } : {}),
      progress,
    };
    const thread = new Worker(workerScript(), { workerData: setup });
    const worker: PoolWorker = { thread, progress, ready: false, tasks: [], projects: new Set(), timer: undefined };
    this.workers.push(worker);
    thread.on('message', (message: WorkerMessage) => {
      if ('ready' in message) {
        worker.ready = true;
      } else {
        clearTimeout(worker.timer);
        worker.tasks.shift()?.settle(message);
        if (worker.tasks.length > 0) this.startTimer(worker);
      }
      this.dispatch();
    });
    thread.on('error', (error) => this.lost(worker, `its worker thread failed: ${error.message}`));
    thread.on('exit', (code) => this.lost(worker, `its worker thread exited (status ${code})`));
  }

  /** The budget ran out: name what was running, stop the worker, go on with a fresh one. */
  private timedOut(worker: PoolWorker): void {
    const running = Atomics.load(worker.progress, 0);
    const seconds = `${(this.options.fileTimeBudgetMs / 1000).toFixed(this.options.fileTimeBudgetMs % 1000 === 0 ? 0 : 1)} s`;
    const culprit = running >= 0 ? `transform ${this.options.transforms[running]?.meta.id ?? running} ran` : 'parsing and checking it took';
    const reason = `${culprit} longer than the per-file time budget of ${seconds}; not changed (the work was stopped, the run went on)`;
    this.remove(worker);
    this.requeueWaiting(worker);
    void this.stop(worker, reason);
    this.dispatch();
  }

  /** Files a stopped worker had not begun go back to the front of the queue, in order. */
  private requeueWaiting(worker: PoolWorker): void {
    this.queue.unshift(...worker.tasks.splice(1));
  }

  /** A worker died on its own: fail its file and replace it; one that never got ready fails the rest. */
  private lost(worker: PoolWorker, why: string): void {
    if (!this.workers.includes(worker)) return;
    this.remove(worker);
    clearTimeout(worker.timer);
    const reason = `could not be processed: ${why}`;
    this.requeueWaiting(worker);
    worker.tasks.shift()?.fail(reason);
    if (!worker.ready) {
      // The transforms do not load in a worker: every other start would fail the same way.
      this.closed = true;
      for (const task of this.queue.splice(0)) task.fail(reason);
      return;
    }
    if (!this.closed) this.dispatch();
  }

  private remove(worker: PoolWorker): void {
    const at = this.workers.indexOf(worker);
    if (at !== -1) this.workers.splice(at, 1);
  }

  private async stop(worker: PoolWorker, reason: string): Promise<void> {
    clearTimeout(worker.timer);
    for (const task of worker.tasks.splice(0)) task.fail(reason);
    await worker.thread.terminate();
  }
}
