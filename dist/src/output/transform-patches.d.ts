import { type FileStat } from './stat-report.js';
import type { RunResult } from '../run/run-result.js';
import type { Transform } from '../engine/transform.js';
export interface TransformPatch {
    readonly transform: Transform;
    readonly files: string[];
    /** Lines added and deleted per file of this patch, for its diffstat. */
    readonly stats: FileStat[];
    readonly patch: Buffer;
}
/** One patch per transform that changed something, in run order (files a patch can name only). */
export declare function patchesPerTransform(result: RunResult, transforms: readonly Transform[]): TransformPatch[];
