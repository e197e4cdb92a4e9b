// The per-file work of a run that can happen anywhere (this thread or a worker): decide the
// encoding, pre-filter on bytes, decode, parse and transform. Its outcome is plain data, so it can
// cross a thread boundary by structured clone; judging and writing stay with the run.
import { fileNeedsOfBytes } from '../engine/byte-prefilter.js';
import { needsParsing } from '../engine/file-needs.js';
import { decodeSource, inspectBytes, UnsupportedEncodingError } from '../engine/source-text.js';
import { transformSource } from '../engine/transform-source.js';
import { noteParsedText } from './tree-memory.js';
/**
 * Does the work for one file's bytes. Never throws for the file's or a transform's fault. A
 * project index or pre-parsed tree in `surroundings` exists only in this thread.
 */
export function workOnBytes(path, bytes, transforms, options = {}, surroundings = {}) {
    const needed = needsWork(path, bytes, transforms, surroundings.project !== undefined);
    if (needed !== true)
        return needed;
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
