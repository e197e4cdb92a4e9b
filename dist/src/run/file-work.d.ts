import { type SourceText } from '../engine/source-text.js';
import type { Transform } from '../engine/transform.js';
import { type FileSurroundings, type SourceOutcome, type TransformOptions } from '../engine/transform-source.js';
export type FileWork = 
/** Bytes a text patch cannot carry. */
{
    readonly kind: 'unsupported';
    readonly reason: string;
}
/**
 * Nothing to change or say: no transform needs the file (it was neither decoded nor parsed), or
 * the transforms found nothing. Carries no text, so it is cheap to pass between threads.
 */
 | {
    readonly kind: 'nothing-to-do';
} | {
    readonly kind: 'transformed';
    readonly source: SourceText;
    readonly outcome: SourceOutcome;
}
/** The work itself failed (a time budget, a crashed worker); the reason names the cause. */
 | {
    readonly kind: 'failed';
    readonly reason: string;
};
/**
 * Does the work for one file's bytes. Never throws for the file's or a transform's fault. A
 * project index or pre-parsed tree in `surroundings` exists only in this thread.
 */
export declare function workOnBytes(path: string, bytes: Uint8Array, transforms: readonly Transform[], options?: TransformOptions, surroundings?: FileSurroundings): FileWork;
/**
 * True when the file must be decoded and parsed: a transform needs it, or it may hold a
 * suppression comment; otherwise the work it would have come to.
 */
export declare function needsWork(path: string, bytes: Uint8Array, transforms: readonly Transform[], hasProject: boolean): true | FileWork;
