import type { Transform } from '../engine/transform.js';
import { type FileSurroundings, type SourceOutcome, type TransformOptions } from '../engine/transform-source.js';
/** Runs a transform on bytes the way the CLI does, returning the output bytes and the outcome. */
export declare function runTransformOnBytes(transform: Transform, bytes: Buffer, path?: string, options?: TransformOptions, surroundings?: FileSurroundings): {
    output: Buffer;
    outcome: SourceOutcome;
};
