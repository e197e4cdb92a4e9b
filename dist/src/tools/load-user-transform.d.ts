import type { Transform } from '../engine/transform.js';
/** True when a -t argument names a file rather than a built-in id. */
export declare function looksLikeTransformPath(spec: string): boolean;
/** How long a transform module's top-level code may take to load, and how much memory (the per-file limits). */
export interface LoadLimits {
    readonly timeBudgetMs?: number;
    readonly memoryMb?: number;
}
/** Loads, checks and returns the default export of a transform file. */
export declare function loadUserTransform(spec: string, cwd: string, limits?: LoadLimits): Promise<Transform>;
/** Removes the folders users' transforms were emitted to (at exit, or before dying of a signal). */
export declare function removeEmittedTransforms(): void;
