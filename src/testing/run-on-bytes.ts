// Runs one transform on a file's bytes the way the CLI does (decode, transform, re-encode); shared
// by the jest harness and the jest-free fixture runner (`ucma-codemod test`).
import { decodeSource, encodeSource } from '../engine/source-text.js';
import type { Transform } from '../engine/transform.js';
import { transformSource, type FileSurroundings, type SourceOutcome, type TransformOptions } from '../engine/transform-source.js';

/** Runs a transform on bytes the way the CLI does, returning the output bytes and the outcome. */
export function runTransformOnBytes(
  transform: Transform,
  bytes: Buffer,
  path = 'Fixture.cs',
  options: TransformOptions = {},
  surroundings: FileSurroundings = {},
): { output: Buffer; outcome: SourceOutcome } {
  const source = decodeSource(bytes);
  const outcome = transformSource(path, source, [transform], options, surroundings);
  const output = outcome.status === 'changed' ? encodeSource(source, outcome.newText) : bytes;
  return { output, outcome };
}
