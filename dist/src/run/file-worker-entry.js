// The worker thread's entry as an ES module (tsc's build): every transform, built-in or not, is
// imported from its module. The pool starts it only when dist/ has no worker bundle (see
// cli/file-worker-bundle); a transform that does not load rejects the top-level await, which
// ends the thread before it is ready.
import { parentPort, workerData } from 'node:worker_threads';
import { importTransform, serveFiles } from './file-worker.js';
if (parentPort)
    await serveFiles(parentPort, workerData, importTransform);
