import { ProjectIndex } from '../engine/project-index.js';
import { declarationsOfBytes } from './project-context.js';
import { leanWork, workOnBytes } from './file-work.js';
import { selectRules } from '../engine/rule-selection.js';
import { RejectionWatch } from './rejection-watch.js';
import { CLOSE_REQUEST, ENGINE_AT_WORK } from './worker-signals.js';
/** The default export of the ES module at `moduleUrl`. */
export async function importTransform(moduleUrl) {
    return (await import(moduleUrl)).default;
}
async function loadTransform(spec, load) {
    const transform = await load(spec.moduleUrl);
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
/**
 * Test-only delay point: UCMA_CODEMOD_TEST_SLOW_PROJECT_INDEX=<ms> makes building a project index
 * here take that long, as a huge project's does, so a test can show it is outside every file's
 * budget without a huge project.
 */
function holdForTest() {
    const ms = Number(process.env.UCMA_CODEMOD_TEST_SLOW_PROJECT_INDEX ?? 0);
    if (ms > 0)
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
/**
 * Serves the pool on `port`: loads the transforms of `setup` with `load`, then answers requests
 * until the pool's close request. Rejects when a transform does not load; the entry lets that end
 * the thread before `ready`, which tells the pool that the transforms do not load.
 */
export async function serveFiles(port, setup, load) {
    const loaded = await Promise.all(setup.transforms.map((spec) => loadTransform(spec, load)));
    const transforms = tracked(loaded, setup.progress);
    Atomics.store(setup.progress, 0, ENGINE_AT_WORK);
    const known = new Set(setup.knownTransformIds);
    const projects = new Map();
    const rejections = new RejectionWatch(() => Atomics.load(setup.progress, 0), transforms);
    const budget = setup.parseBudgetBytes === undefined ? {} : { parseBudgetBytes: setup.parseBudgetBytes };
    const handle = async (request) => {
        if (request.kind === 'project') {
            holdForTest();
            projects.set(request.root, new ProjectIndex(request.files, request.root, request.projectFiles));
            port.postMessage({ projectReady: request.root });
            return;
        }
        if (request.kind === 'declare') {
            port.postMessage({ declared: declarationsOfBytes(request.path, request.bytes, setup.parseBudgetBytes) });
            return;
        }
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
        let work = rejections.within(request.path, () => workOnBytes(request.path, request.bytes, transforms, setup.options, surroundings, budget));
        // A rejection a transform left unhandled shows once its microtasks have run.
        const rejected = await rejections.settle(request.path);
        if (rejected !== undefined)
            work = { kind: 'failed', reason: rejected };
        try {
            port.postMessage({ work: leanWork(work) });
        }
        catch (thrown) {
            // A transform returned something a structured clone cannot copy (a function, say).
            const reason = `the transforms' results for this file cannot be passed between threads (${thrown instanceof Error ? thrown.message : String(thrown)}); run with --jobs 1`;
            port.postMessage({ work: { kind: 'failed', reason } });
        }
    };
    // One request at a time, in order, although handling one may wait for a turn of the event loop.
    let queue = Promise.resolve();
    port.on('message', (request) => {
        queue = queue.then(() => (request === CLOSE_REQUEST ? port.close() : handle(request)));
    });
    port.postMessage({ ready: true });
}
