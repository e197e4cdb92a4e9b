// Where a loaded user transform's code lives, so that a worker thread can import the same module:
// a transform object cannot cross a thread boundary, its module URL can.
import type { Transform } from './transform.js';

const moduleUrls = new WeakMap<Transform, string>();

/** Records that `transform` is the default export of the ES module at `url`. */
export function rememberTransformModule(transform: Transform, url: string): void {
  moduleUrls.set(transform, url);
}

/** The module URL `transform` was loaded from, if it was loaded from one. */
export function transformModuleUrl(transform: Transform): string | undefined {
  return moduleUrls.get(transform);
}
