import type { Transform } from '../src/index.js';
export declare const builtInTransforms: readonly Transform[];
