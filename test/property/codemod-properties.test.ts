// Property tests over generated and mutated C#: the transform is idempotent, never changes a byte
// outside its edits, never adds a syntax error, and diff + git apply gives exactly what apply writes.
// The normal suite runs a few hundred cases; `npm run fuzz` runs a long campaign (UCMA_CODEMOD_FUZZ_RUNS).
import { afterAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFilePatch } from '../../src/output/file-patch.js';
import { findSyntaxErrors } from '../../src/engine/languages/tree-sitter-core.js';
import { parseCSharp } from '../../src/engine/languages/csharp/parse.js';
import { decodeSource, encodeSource, UnsupportedEncodingError, type SourceText } from '../../src/engine/source-text.js';
import { transformSource, type SourceOutcome } from '../../src/engine/transform-source.js';
import provisionerTlsTarget from '../../transforms/provisioner-tls-target.js';
import { cleanTempDirs, makeTempDir } from '../helpers/cli.js';
import { mutate, mutation, seedInputs } from './mutations.js';

const RUNS = Number(process.env.UCMA_CODEMOD_FUZZ_RUNS ?? 300);
const seeds = seedInputs();
const workDir = makeTempDir('ucma-codemod-fuzz-');
afterAll(cleanTempDirs);

const generatedFile = fc
  .tuple(fc.nat({ max: seeds.length - 1 }), fc.array(mutation, { minLength: 0, maxLength: 6 }))
  .map(([seed, mutations]) => ({
    seed,
    mutations,
    bytes: mutate(seeds[seed]!, mutations),
  }));

function decodeOrUndefined(bytes: Buffer): SourceText | undefined {
  try {
    return decodeSource(bytes);
  } catch (thrown) {
    if (thrown instanceof UnsupportedEncodingError) return undefined;
    throw thrown;
  }
}

function run(source: SourceText): SourceOutcome {
  return transformSource('Fuzz.cs', source, [provisionerTlsTarget]);
}

let gitChecks = 0;
let caseNumber = 0;
const statuses: Record<string, number> = { refused: 0, changed: 0, unchanged: 0, failed: 0 };

/** Applies the tool's patch with real git to a copy of the input and returns the result. */
function applyWithGit(input: Buffer, patch: Buffer): Buffer {
  const dir = join(workDir, `case-${gitChecks++}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'Fuzz.cs'), input);
  writeFileSync(join(dir, 'change.patch'), patch);
  const result = spawnSync('git', ['apply', 'change.patch'], { cwd: dir, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git apply failed: ${result.stderr}`);
  const output = readFileSync(join(dir, 'Fuzz.cs'));
  rmSync(dir, { recursive: true, force: true });
  return output;
}

describe('provisioner-tls-target on mutated C#', () => {
  test(`holds every property for ${RUNS} generated files`, () => {
    fc.assert(
      fc.property(generatedFile, ({ bytes }) => {
        caseNumber++;
        const source = decodeOrUndefined(bytes);
        if (!source) {
          statuses.refused!++; // invalid UTF-8 after a BOM: refused before any transform runs
          return;
        }
        expect(encodeSource(source, source.text).equals(bytes)).toBe(true);

        const outcome = run(source);
        statuses[outcome.status]!++;
        if (outcome.status !== 'changed') {
          expect(outcome.newText).toBe(source.text);
          // A file that fails always says why.
          if (outcome.status === 'failed') expect(outcome.diagnostics.some((d) => d.severity === 'error')).toBe(true);
          return;
        }

        // Only insertions of the documented test, and only ASCII in 8-bit files.
        for (const edit of outcome.edits) {
          expect(edit.start).toBe(edit.end);
          expect(edit.text).toMatch(
            /^ \|\| (@?\w+)\.TlsTarget\.Equals\(\1\.Fqdn, (global::System\.|System\.)?StringComparison\.OrdinalIgnoreCase\)$/,
          );
        }

        // No character outside the edits changes: the text between edits is found, in order, in the output.
        let inOutput = 0;
        let inInput = 0;
        for (const edit of outcome.edits) {
          const kept = source.text.slice(inInput, edit.start);
          expect(outcome.newText.slice(inOutput, inOutput + kept.length)).toBe(kept);
          inOutput += kept.length;
          expect(outcome.newText.slice(inOutput, inOutput + edit.text.length)).toBe(edit.text);
          inOutput += edit.text.length;
          inInput = edit.end;
        }
        expect(outcome.newText.slice(inOutput)).toBe(source.text.slice(inInput));

        // The bytes written keep BOM and encoding; every byte outside the edits is the input's.
        const output = encodeSource(source, outcome.newText);
        const firstEdit = outcome.edits[0]!;
        const prefix = encodeSource(source, source.text.slice(0, firstEdit.start));
        expect(output.subarray(0, prefix.length).equals(prefix)).toBe(true);
        const suffix = bytes.subarray(encodeSource(source, source.text.slice(0, outcome.edits.at(-1)!.end)).length);
        expect(output.subarray(output.length - suffix.length).equals(suffix)).toBe(true);

        // Idempotent, and no new syntax errors.
        const again = run(decodeSource(output));
        expect(again.edits).toEqual([]);
        const errorsBefore = findSyntaxErrors(parseCSharp(source.text).rootNode).length;
        const errorsAfter = findSyntaxErrors(parseCSharp(outcome.newText).rootNode).length;
        expect(errorsAfter).toBeLessThanOrEqual(errorsBefore);

        // diff + git apply gives exactly what apply writes.
        const patch = createFilePatch({ path: 'Fuzz.cs', source, newText: outcome.newText, edits: outcome.edits });
        expect(applyWithGit(bytes, patch).equals(output)).toBe(true);
      }),
      { numRuns: RUNS, verbose: 1 },
    );
    // The mix shows the properties were exercised: a campaign where nothing changes proves little.
    expect(statuses.changed).toBeGreaterThan(RUNS / 10);
    if (RUNS > 1000) console.log(`fuzz: ${caseNumber} cases ${JSON.stringify(statuses)}, ${gitChecks} checked with git apply`);
  });
});
