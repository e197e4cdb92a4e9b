// The per-file work of a run that can happen anywhere (this thread or a worker): decide the
// encoding, pre-filter on bytes, decode, parse and transform. Its outcome is plain data, so it can
// cross a thread boundary by structured clone (lean: without the texts, see leanWork); judging and
// writing stay with the run.
import { fileNeedsOfBytes } from '../engine/byte-prefilter.js';
import { applyEdits } from '../engine/edits.js';
import { needsParsing } from '../engine/file-needs.js';
import { decodeInspected, decodeSource, inspectBytes, UnsupportedEncodingError, } from '../engine/source-text.js';
import { transformSource } from '../engine/transform-source.js';
import { noteParsedText } from './tree-memory.js';
/** The work without its texts, for the message back from a worker. */
export function leanWork(work) {
    if (work.kind !== 'transformed')
        return work;
    const { text: _text, ...source } = work.source;
    const { text: _old, newText: _new, ...outcome } = work.outcome;
    return { kind: 'transformed', source, outcome };
}
/**
 * The whole work again from a worker's lean work and the bytes it was sent: the text decoded as
 * the worker found it, the edited text its edits applied (a changed file's new text is exactly
 * its sorted edits applied to its text; see transformSource).
 */
export function fullWork(work, bytes) {
    if (work.kind !== 'transformed')
        return work;
    const source = decodeInspected(bytes, work.source);
    const newText = work.outcome.status === 'changed' ? applyEdits(source.text, work.outcome.edits) : source.text;
    return { kind: 'transformed', source, outcome: { ...work.outcome, text: source.text, newText } };
}
/**
 * Memory one byte of source takes while its file is parsed and transformed, measured on the big-file
 * bench (a 46 MiB file changed in 4,454 places by the built-ins: 62 times its size): tree-sitter's
 * tree holds about 25 bytes per byte of C#, and the project pre-pass, the transforms' walks, the
 * re-parse and the patch about as much again. Rounded up, so a file refused is one that would not fit.
 */
export const MEMORY_PER_SOURCE_BYTE = 64;
/** Default memory one file's work may take (and each worker thread's heap limit): 2 GiB. */
export const DEFAULT_WORK_MEMORY_BYTES = 2 * 1024 * 1024 * 1024;
/** The largest file whose work fits in `memoryBytes`. */
export function parseBudgetFor(memoryBytes) {
    return Math.floor(memoryBytes / MEMORY_PER_SOURCE_BYTE);
}
/** Why a file is too big to parse within the budget, or undefined. */
export function overBudget(size, limits) {
    if (limits.parseBudgetBytes === undefined || size <= limits.parseBudgetBytes)
        return undefined;
    const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MiB`;
    return (`not parsed: a file of ${mib(size)} needs about ${mib(size * MEMORY_PER_SOURCE_BYTE)} of memory to parse and transform ` +
        `(about ${MEMORY_PER_SOURCE_BYTE} bytes per byte), more than one file may take (${mib(limits.parseBudgetBytes * MEMORY_PER_SOURCE_BYTE)}; ` +
        'raise it with --worker-memory)');
}
/**
 * Does the work for one file's bytes. Never throws for the file's or a transform's fault. A
 * project index or pre-parsed tree in `surroundings` exists only in this thread. A file too big for
 * the memory budget is refused before it is decoded, so that a parse can never take the process
 * down with it (tree-sitter's native memory is not bounded by a worker's heap limit).
 */
export function workOnBytes(path, bytes, transforms, options = {}, surroundings = {}, limits = {}) {
    const needed = needsWork(path, bytes, transforms, surroundings.project !== undefined);
    if (needed !== true)
        return needed;
    const refused = overBudget(bytes.length, limits);
    if (refused !== undefined)
        return { kind: 'failed', reason: refused };
    const source = decodeSource(bytes);
    // All of them: transformSource filters again on the text, and judges suppressions against them
    // and the built-ins (callers with many files pass the ids once).
    const known = surroundings.knownTransformIds ?? transforms.map((transform) => transform.meta.id);
    const outcome = transformSource(path, source, transforms, options, { ...surroundings, knownTransformIds: known });
    // Parsed once, and again by the re-parse guard when the file changes.
    noteParsedText(source.text.length * (outcome.status === 'changed' ? 2 : 1));
    if (outcome.status === 'unchanged' && outcome.diagnostics.length === 0 && outcome.suppressed.length === 0)
        return { kind: 'nothing-to-do' };
    return { kind: 'transformed', source, outcome };
}
/**
 * Whether a file's bytes need no work when its project is not indexed, for a file read once before
 * the main pass (the project pre-pass). Only then: an index drops the `projectRequires` search, so
 * it can only add work, and searching without it would cost every `requires` string in every
 * file. Bytes that are not text settle nothing (the main pass reads them again and reports them).
 */
export function noWorkWithoutProject(path, inspected, transforms) {
    return !needsParsing(fileNeedsOfBytes(path, inspected, transforms, false));
}
/**
 * True when the file must be decoded and parsed: a transform needs it, or it may hold a
 * suppression comment; otherwise the work it would have come to.
 */
export function needsWork(path, bytes, transforms, hasProject) {
    try {
        const inspected = inspectBytes(bytes);
        if (needsParsing(fileNeedsOfBytes(path, inspected, transforms, hasProject)))
            return true;
        return { kind: 'nothing-to-do' };
    }
    catch (thrown) {
        if (thrown instanceof UnsupportedEncodingError)
            return { kind: 'unsupported', reason: thrown.reason };
        throw thrown;
    }
}
