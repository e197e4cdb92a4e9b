// The per-transform patches of mbox: each commit's state of a file is a subset of its edits, and it
// goes through the engine's guards like every write; a state they refuse stops the split with a
// message naming the file and the transform, instead of a commit that does not parse.
import { afterAll, describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineTransform, type Transform } from '../../src/engine/transform.js';
import { diskInput } from '../../src/inputs/source-input.js';
import { patchesPerTransform } from '../../src/output/transform-patches.js';
import { UserError } from '../../src/platform/user-error.js';
import { runCodemod } from '../../src/run/run-codemod.js';
import { cleanTempDirs, makeTempDir } from '../helpers/cli.js';

afterAll(cleanTempDirs);

const TEXT = 'class C\n{\n    int M() { return 1; }\n}\n';

/** A transform that inserts `text` before the first occurrence of `before`. */
function inserting(id: string, before: string, text: string): Transform {
  return defineTransform({
    meta: { id, title: `insert ${text}`, description: 'Inserts text.', source: { title: 'test' }, kind: 'fix' },
    run: ({ text: source }) => ({ edits: [{ start: source.indexOf(before), end: source.indexOf(before), text }] }),
  });
}

async function resultOf(transforms: Transform[]) {
  const root = makeTempDir();
  writeFileSync(join(root, 'C.cs'), TEXT);
  return runCodemod({
    inputs: [diskInput(join(root, 'C.cs'), 'C.cs', root)],
    transforms,
    maxFileSize: 1 << 20,
    write: false,
    patches: true,
  });
}

describe('patchesPerTransform', () => {
  test('a commit whose state alone would not parse is refused, naming the file and the transform', async () => {
    // Together the two edits make `return (1);`; the first alone leaves an open parenthesis.
    const transforms = [inserting('open-paren', '1;', '('), inserting('close-paren', '; }', ')')];
    const result = await resultOf(transforms);
    expect(result.files[0]!.status).toBe('changed');
    expect(result.files[0]!.change!.newText).toContain('return (1);');
    let thrown: unknown;
    try {
      patchesPerTransform(result, transforms);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UserError);
    expect((thrown as UserError).message).toMatch(
      /^C\.cs: cannot split the changes into one commit per transform: the commit of open-paren/,
    );
    expect((thrown as UserError).message).toMatch(/syntax error/);
  });

  test('states the guards accept give one patch per transform, the second on top of the first', async () => {
    const transforms = [inserting('add-comment', 'int M', '/* a */ '), inserting('add-other', 'class C', '// b\n')];
    const result = await resultOf(transforms);
    const patches = patchesPerTransform(result, transforms);
    expect(patches.map((patch) => patch.transform.meta.id)).toEqual(['add-comment', 'add-other']);
    expect(patches[0]!.patch.toString()).toContain('+    /* a */ int M() { return 1; }');
    expect(patches[1]!.patch.toString()).toContain('+// b');
    // The second patch's context is the first commit's state.
    expect(patches[1]!.patch.toString()).not.toContain('-    int M() { return 1; }');
  });
});
