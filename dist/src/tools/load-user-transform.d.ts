import { UserError } from '../platform/user-error.js';
import type { Transform } from '../engine/transform.js';
/** A transform file that cannot be used; the message says why and where. Exit 2. */
export declare class TransformLoadError extends UserError {
    constructor(reason: string, details?: readonly string[]);
}
/** True when a -t argument names a file rather than a built-in id. */
export declare function looksLikeTransformPath(spec: string): boolean;
/** Loads, checks and returns the default export of a transform file. */
export declare function loadUserTransform(spec: string, cwd: string): Promise<Transform>;
