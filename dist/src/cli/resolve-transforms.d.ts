import type { Transform } from '../engine/transform.js';
/** The transforms named by `-t` (all built-ins when none), without duplicates. */
export declare function resolveTransforms(specs: readonly string[], cwd: string): Promise<Transform[]>;
