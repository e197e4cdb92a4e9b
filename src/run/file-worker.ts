// A worker thread of the file pool: loads the run's transforms once (each worker is its own
// isolate, with its own tree-sitter), then does the per-file work for each file it is sent, or
// reads a file's declarations for a project index. Project indexes arrive as plain declarations,
// once per project, and are rebuilt here.
import { parentPort, workerData } from 'node:worker_threads';
import type { ProjectFileText, Transform } from '../engine/transform.js';
import type { TransformOptions } from '../engine/transform-source.js';
import { ProjectIndex, type FileDeclarations } from '../engine/project-index.js';
import { declarationsOfBytes } from './project-context.js';
import { workOnBytes, type FileWork } from './file-work.js';
import { selectRules } from '../engine/rule-selection.js';
import type { SeverityPolicy } from '../engine/severity.js';

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
}

export interface WorkRequest {
  readonly kind: 'work';
  readonly path: string;
  readonly bytes: Uint8Array;
  /** For an App.config: the project files beside it (see FileSurroundings). */
  readonly projectFiles: readonly ProjectFileText[] | undefined;
  /** The file's project index: its root names it; its declarations come with the first file of it this worker gets. */
  readonly project:
    { readonly root: string; readonly files?: readonly FileDeclarations[]; readonly projectFiles?: readonly ProjectFileText[] } | undefined;
}

/** Parse one file and send back its declarations (the tree stays here and is dropped). */
export interface DeclareRequest {
  readonly kind: 'declare';
  readonly path: string;
  readonly bytes: Uint8Array;
}

export type WorkerMessage = { readonly ready: true } | { readonly work: FileWork } | { readonly declared: FileDeclarations | undefined };

/** Sent instead of a file when the run is over: the worker closes its port and ends on its own. */
export const CLOSE_REQUEST = 'close';

/** Progress values besides a transform's index. */
export const ENGINE_AT_WORK = -1;
export const LOADING = -2;

async function loadTransform(spec: TransformSpec): Promise<Transform> {
  const transform = ((await import(spec.moduleUrl)) as { default: Transform }).default;
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

if (parentPort) {
  const port = parentPort;
  const setup = workerData as WorkerSetup;
  const transforms = tracked(await Promise.all(setup.transforms.map(loadTransform)), setup.progress);
  Atomics.store(setup.progress, 0, ENGINE_AT_WORK);
  const known = new Set(setup.knownTransformIds);
  const projects = new Map<string, ProjectIndex>();
  port.on('message', (request: WorkRequest | DeclareRequest | typeof CLOSE_REQUEST) => {
    if (request === CLOSE_REQUEST) {
      port.close();
      return;
    }
    if (request.kind === 'declare') {
      port.postMessage({ declared: declarationsOfBytes(request.path, request.bytes) } satisfies WorkerMessage);
      return;
    }
    if (request.project?.files)
      projects.set(request.project.root, new ProjectIndex(request.project.files, request.project.root, request.project.projectFiles));
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
    const work = workOnBytes(request.path, request.bytes, transforms, setup.options, surroundings);
    try {
      port.postMessage({ work } satisfies WorkerMessage);
    } catch (thrown) {
      // A transform returned something a structured clone cannot copy (a function, say).
      const reason = `the transforms' results for this file cannot be passed between threads (${thrown instanceof Error ? thrown.message : String(thrown)}); run with --jobs 1`;
      port.postMessage({ work: { kind: 'failed', reason } } satisfies WorkerMessage);
    }
  });
  port.postMessage({ ready: true } satisfies WorkerMessage);
}
