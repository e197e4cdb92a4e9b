import { type InspectedBytes, type SourceText } from '../engine/source-text.js';
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
 * A file's work as a worker thread sends it back: without the file's text and its edited text,
 * which the thread that sent the bytes rebuilds from them (fullWork) rather than receive copies.
 */
export type LeanWork = Exclude<FileWork, {
    readonly kind: 'transformed';
}> | {
    readonly kind: 'transformed';
    readonly source: Omit<SourceText, 'text'>;
    readonly outcome: Omit<SourceOutcome, 'text' | 'newText'>;
};
/** The work without its texts, for the message back from a worker. */
export declare function leanWork(work: FileWork): LeanWork;
/**
 * The whole work again from a worker's lean work and the bytes it was sent: the text decoded as
 * the worker found it, the edited text its edits applied (a changed file's new text is exactly
 * its sorted edits applied to its text; see transformSource).
 */
export declare function fullWork(work: LeanWork, bytes: Uint8Array): FileWork;
/**
 * Memory one byte of source takes while its file is parsed and transformed, measured on the big-file
 * bench (a 46 MiB file changed in 4,454 places by the built-ins: 62 times its size): tree-sitter's
 * tree holds about 25 bytes per byte of C#, and the project pre-pass, the transforms' walks, the
 * re-parse and the patch about as much again. Rounded up, so a file refused is one that would not fit.
 */
export declare const MEMORY_PER_SOURCE_BYTE = 64;
/** Default memory one file's work may take (and each worker thread's heap limit): 2 GiB. */
export declare const DEFAULT_WORK_MEMORY_BYTES: number;
export interface WorkLimits {
    /** Files with more bytes than this are refused before they are decoded or parsed. */
    readonly parseBudgetBytes?: number;
}
/** The largest file whose work fits in `memoryBytes`. */
export declare function parseBudgetFor(memoryBytes: number): number;
/** Why a file is too big to parse within the budget, or undefined. */
export declare function overBudget(size: number, limits: WorkLimits): string | undefined;
/**
 * Does the work for one file's bytes. Never throws for the file's or a transform's fault. A
 * project index or pre-parsed tree in `surroundings` exists only in this thread. A file too big for
 * the memory budget is refused before it is decoded, so that a parse can never take the process
 * down with it (tree-sitter's native memory is not bounded by a worker's heap limit).
 */
export declare function workOnBytes(path: string, bytes: Uint8Array, transforms: readonly Transform[], options?: TransformOptions, surroundings?: FileSurroundings, limits?: WorkLimits): FileWork;
/**
 * Whether a file's bytes need no work when its project is not indexed, for a file read once before
 * the main pass (the project pre-pass). Only then: an index drops the `projectRequires` search, so
 * it can only add work, and searching without it would cost every `requires` string in every
 * file. Bytes that are not text settle nothing (the main pass reads them again and reports them).
 */
export declare function noWorkWithoutProject(path: string, inspected: InspectedBytes, transforms: readonly Transform[]): boolean;
/**
 * True when the file must be decoded and parsed: a transform needs it, or it may hold a
 * suppression comment; otherwise the work it would have come to.
 */
export declare function needsWork(path: string, bytes: Uint8Array, transforms: readonly Transform[], hasProject: boolean): true | FileWork;
