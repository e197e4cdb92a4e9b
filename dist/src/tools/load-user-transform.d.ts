import type { Transform } from '../engine/transform.js';
/** True when a -t argument names a file rather than a built-in id. */
export declare function looksLikeTransformPath(spec: string): boolean;
/** Loads, checks and returns the default export of a transform file. */
export declare function loadUserTransform(spec: string, cwd: string): Promise<Transform>;
