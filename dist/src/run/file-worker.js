// A worker thread of the file pool: loads the run's transforms once (each worker is its own
// isolate, with its own tree-sitter), then does the per-file work for each file it is sent, or
// reads a file's declarations for a project index. Project indexes arrive as plain declarations,
// once per project, and are rebuilt here.
import { parentPort, workerData } from 'node:worker_threads';
import { ProjectIndex } from '../engine/project-index.js';
import { declarationsOfBytes } from './project-context.js';
import { workOnBytes } from './file-work.js';
import { selectRules } from '../engine/rule-selection.js';
/** Sent instead of a file when the run is over: the worker closes its port and ends on its own. */
export const CLOSE_REQUEST = 'close';
/** Progress values besides a transform's index. */
export const ENGINE_AT_WORK = -1;
export const LOADING = -2;
async function loadTransform(spec) {
    const transform = (await import(spec.moduleUrl)).default;
    return spec.selectedRules === undefined ? transform : selectRules(transform, spec.selectedRules);
}
/** Wraps each transform so that the pool can tell which one runs when a file takes too long. */
function tracked(transforms, progress) {
    return transforms.map((transform, index) => ({
        meta: transform.meta,
        ...(transform.selectedRules === undefined ? {} : { selectedRules: transform.selectedRules }),
        run(context) {
            Atomics.store(progress, 0, index);
            try {
                return transform.run(context);
            }
            finally {
                Atomics.store(progress, 0, ENGINE_AT_WORK);
            }
        },
    }));
}
if (parentPort) {
    const port = parentPort;
    const setup = workerData;
    const transforms = tracked(await Promise.all(setup.transforms.map(loadTransform)), setup.progress);
    Atomics.store(setup.progress, 0, ENGINE_AT_WORK);
    const known = new Set(setup.knownTransformIds);
    const projects = new Map();
    port.on('message', (request) => {
        if (request === CLOSE_REQUEST) {
            port.close();
            return;
        }
        if (request.kind === 'declare') {
            port.postMessage({ declared: declarationsOfBytes(request.path, request.bytes) });
            return;
        }
        if (request.project?.files)
            projects.set(request.project.root, new ProjectIndex(request.project.files, request.project.root, request.project.projectFiles));
        const project = request.project && projects.get(request.project.root);
        if (request.project && !project) {
            port.postMessage({
                work: { kind: 'failed', reason: 'its project index did not reach the worker thread; run with --jobs 1' },
            });
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
            port.postMessage({ work });
        }
        catch (thrown) {
            // A transform returned something a structured clone cannot copy (a function, say).
            const reason = `the transforms' results for this file cannot be passed between threads (${thrown instanceof Error ? thrown.message : String(thrown)}); run with --jobs 1`;
            port.postMessage({ work: { kind: 'failed', reason } });
        }
    });
    port.postMessage({ ready: true });
}
