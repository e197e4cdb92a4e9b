// The worker thread's entry bundled with the built-in transforms into one CommonJS file,
// dist/worker.cjs (scripts/compile.mjs), which the pool starts: Node loads one file instead of a
// hundred ES modules and a module per built-in. A transform whose module URL is a built-in's (its
// ES module in dist/, which the bundle's import.meta.url stands for) is the bundled object; any
// other (users' transforms, tests') is imported as by the ES-module entry (run/file-worker-entry).
import { parentPort, workerData } from 'node:worker_threads';
import { transformModuleUrl } from '../engine/transform-origin.js';
import type { Transform } from '../engine/transform.js';
import { importTransform, serveFiles, type WorkerSetup } from '../run/file-worker.js';
import { builtInTransforms } from '../../transforms/index.js';

/** The built-in transforms by the module URL the pool names them with. */
function bundledTransforms(): Map<string, Transform> {
  const byUrl = new Map<string, Transform>();
  for (const transform of builtInTransforms) {
    const moduleUrl = transformModuleUrl(transform);
    if (moduleUrl !== undefined) byUrl.set(moduleUrl, transform);
  }
  return byUrl;
}

if (parentPort) {
  const bundled = bundledTransforms();
  const load = (moduleUrl: string) => {
    const transform = bundled.get(moduleUrl);
    return transform === undefined ? importTransform(moduleUrl) : Promise.resolve(transform);
  };
  // A CommonJS file cannot await at top level. A transform that does not load ends the thread
  // with its error, as the ES-module entry's rejected top-level await does, before it is ready.
  serveFiles(parentPort, workerData as WorkerSetup, load).catch((error: unknown) =>
    process.nextTick(() => {
      throw error;
    }),
  );
}
