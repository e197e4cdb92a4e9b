// What a worker thread of the file pool does: loads the run's transforms once (each worker is its
// own isolate, with its own tree-sitter), then does the per-file work for each file it is sent, or
// reads a file's declarations for a project index. Project indexes arrive as plain declarations,
// once per project, in a message of their own, and are rebuilt here. A promise a transform leaves
// rejected without handling fails the file it was made for, naming the transform, and nothing else.
// Started from one of two entries: the CommonJS bundle with the built-in transforms inside
// (cli/file-worker-bundle, dist/worker.cjs) or tsc's ES module (file-worker-entry).
import type { MessagePort } from 'node:worker_threads';
import type { ProjectFileText, Transform } from '../engine/transform.js';
import type { TransformOptions } from '../engine/transform-source.js';
import { ProjectIndex, type FileDeclarations } from '../engine/project-index.js';
import { declarationsOfBytes } from './project-context.js';
import { leanWork, workOnBytes, type FileWork, type LeanWork } from './file-work.js';
import { selectRules } from '../engine/rule-selection.js';
import { RejectionWatch } from './rejection-watch.js';
import type { SeverityPolicy } from '../engine/severity.js';
import { CLOSE_REQUEST, ENGINE_AT_WORK } from './worker-signals.js';

/** How a worker finds a transform: the ES module it is the default export of, and the rules chosen of it (`-t transform/rule`). */
export interface TransformSpec {
  readonly moduleUrl: string;
  readonly selectedRules?: readonly string[];
}

export interface WorkerSetup {
  readonly transforms: readonly TransformSpec[];
  readonly options: TransformOptions;
  /** Every transform id a suppression comment may name. */
  readonly knownTransformIds: readonly string[];
  /** Per-rule severities of the run. */
  readonly severities?: SeverityPolicy;
  /** Slot 0: the index of the transform running now, or ENGINE_AT_WORK / LOADING. */
  readonly progress: Int32Array;
  /** Files with more bytes than this are refused before they are parsed (see file-work). */
  readonly parseBudgetBytes?: number;
}

export interface WorkRequest {
  readonly kind: 'work';
  readonly path: string;
  readonly bytes: Uint8Array;
  /** For an App.config: the project files beside it (see FileSurroundings). */
  readonly projectFiles: readonly ProjectFileText[] | undefined;
  /** The file's project index, by its root; its declarations came before, in a ProjectRequest. */
  readonly project: { readonly root: string } | undefined;
}

/** Parse one file and send back its declarations (the tree stays here and is dropped). */
export interface DeclareRequest {
  readonly kind: 'declare';
  readonly path: string;
  readonly bytes: Uint8Array;
}

/** A project's declarations, sent once before the first file of it this worker gets; answered when its index is built. */
export interface ProjectRequest {
  readonly kind: 'project';
  readonly root: string;
  readonly files: readonly FileDeclarations[];
  /** The texts of the project's own project and config files (see ProjectIndex). */
  readonly projectFiles: readonly ProjectFileText[];
}

export type WorkerMessage =
  | { readonly ready: true }
  /** The file's work without its texts: the pool holds the bytes and rebuilds them (see fullWork). */
  | { readonly work: LeanWork }
  | { readonly declared: FileDeclarations | undefined }
  | { readonly projectReady: string };

/** Finds the transform a spec names (its rules not yet chosen). */
export type TransformLoader = (moduleUrl: string) => Promise<Transform>;

/** The default export of the ES module at `moduleUrl`. */
export async function importTransform(moduleUrl: string): Promise<Transform> {
  return ((await import(moduleUrl)) as { default: Transform }).default;
}

async function loadTransform(spec: TransformSpec, load: TransformLoader): Promise<Transform> {
  const transform = await load(spec.moduleUrl);
  return spec.selectedRules === undefined ? transform : selectRules(transform, spec.selectedRules);
}

/** Wraps each transform so that the pool can tell which one runs when a file takes too long. */
function tracked(transforms: readonly Transform[], progress: Int32Array): Transform[] {
  return transforms.map((transform, index) => ({
    meta: transform.meta,
    ...(transform.selectedRules === undefined ? {} : { selectedRules: transform.selectedRules }),
    run(context) {
      Atomics.store(progress, 0, index);
      try {
        return transform.run(context);
      } finally {
        Atomics.store(progress, 0, ENGINE_AT_WORK);
      }
    },
  }));
}

/**
 * Test-only delay point: UCMA_CODEMOD_TEST_SLOW_PROJECT_INDEX=<ms> makes building a project index
 * here take that long, as a huge project's does, so a test can show it is outside every file's
 * budget without a huge project.
 */
function holdForTest(): void {
  const ms = Number(process.env.UCMA_CODEMOD_TEST_SLOW_PROJECT_INDEX ?? 0);
  if (ms > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Serves the pool on `port`: loads the transforms of `setup` with `load`, then answers requests
 * until the pool's close request. Rejects when a transform does not load; the entry lets that end
 * the thread before `ready`, which tells the pool that the transforms do not load.
 */
export async function serveFiles(port: MessagePort, setup: WorkerSetup, load: TransformLoader): Promise<void> {
  const loaded = await Promise.all(setup.transforms.map((spec) => loadTransform(spec, load)));
  const transforms = tracked(loaded, setup.progress);
  Atomics.store(setup.progress, 0, ENGINE_AT_WORK);
  const known = new Set(setup.knownTransformIds);
  const projects = new Map<string, ProjectIndex>();
  const rejections = new RejectionWatch(() => Atomics.load(setup.progress, 0), transforms);
  const budget = setup.parseBudgetBytes === undefined ? {} : { parseBudgetBytes: setup.parseBudgetBytes };

  const handle = async (request: WorkRequest | DeclareRequest | ProjectRequest): Promise<void> => {
    if (request.kind === 'project') {
      holdForTest();
      projects.set(request.root, new ProjectIndex(request.files, request.root, request.projectFiles));
      port.postMessage({ projectReady: request.root } satisfies WorkerMessage);
      return;
    }
    if (request.kind === 'declare') {
      port.postMessage({ declared: declarationsOfBytes(request.path, request.bytes, setup.parseBudgetBytes) } satisfies WorkerMessage);
      return;
    }
    const project = request.project && projects.get(request.project.root);
    if (request.project && !project) {
      port.postMessage({
        work: { kind: 'failed', reason: 'its project index did not reach the worker thread; run with --jobs 1' },
      } satisfies WorkerMessage);
      return;
    }
    const surroundings = {
      knownTransformIds: known,
      ...(setup.severities ? { severities: setup.severities } : {}),
      ...(request.projectFiles ? { projectFiles: request.projectFiles } : {}),
      ...(project ? { project } : {}),
    };
    let work: FileWork = rejections.within(request.path, () =>
      workOnBytes(request.path, request.bytes, transforms, setup.options, surroundings, budget),
    );
    // A rejection a transform left unhandled shows once its microtasks have run.
    const rejected = await rejections.settle(request.path);
    if (rejected !== undefined) work = { kind: 'failed', reason: rejected };
    try {
      port.postMessage({ work: leanWork(work) } satisfies WorkerMessage);
    } catch (thrown) {
      // A transform returned something a structured clone cannot copy (a function, say).
      const reason = `the transforms' results for this file cannot be passed between threads (${thrown instanceof Error ? thrown.message : String(thrown)}); run with --jobs 1`;
      port.postMessage({ work: { kind: 'failed', reason } } satisfies WorkerMessage);
    }
  };

  // One request at a time, in order, although handling one may wait for a turn of the event loop.
  let queue = Promise.resolve();
  port.on('message', (request: WorkRequest | DeclareRequest | ProjectRequest | typeof CLOSE_REQUEST) => {
    queue = queue.then(() => (request === CLOSE_REQUEST ? port.close() : handle(request)));
  });
  port.postMessage({ ready: true } satisfies WorkerMessage);
}
