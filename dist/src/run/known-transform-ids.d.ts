import type { Transform } from '../engine/transform.js';
/** Ids of the built-in transforms and of `selected`. */
export declare function knownTransformIds(selected: readonly Transform[]): Set<string>;
