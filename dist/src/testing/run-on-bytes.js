// Runs one transform on a file's bytes the way the CLI does (decode, transform, re-encode); shared
// by the jest harness and the jest-free fixture runner (`ucma-codemod test`).
import { decodeSource, encodeSource } from '../engine/source-text.js';
import { transformSource } from '../engine/transform-source.js';
/** Runs a transform on bytes the way the CLI does, returning the output bytes and the outcome. */
export function runTransformOnBytes(transform, bytes, path = 'Fixture.cs', options = {}, surroundings = {}) {
    const source = decodeSource(bytes);
    const outcome = transformSource(path, source, [transform], options, surroundings);
    const output = outcome.status === 'changed' ? encodeSource(source, outcome.newText) : bytes;
    return { output, outcome };
}
