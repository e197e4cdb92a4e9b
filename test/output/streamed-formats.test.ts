// The streaming side of the output formats: on real multi-file trees, the parts a format writes
// file by file while the run goes (then its end) are byte for byte what `build` makes from the
// whole result, also when the run drops each change once it was streamed.
import { describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { selectFiles } from '../../src/inputs/select-files.js';
import { diskInput } from '../../src/inputs/source-input.js';
import { OUTPUT_FORMATS } from '../../src/output/formats.js';
import { reportContext, streamContext } from '../../src/output/output-format.js';
import { exitCodeFor } from '../../src/run/exit-code.js';
import { builtInTransforms } from '../../transforms/index.js';
import { DEFAULT_MAX_FILE_SIZE, runCodemod } from '../../src/run/run-codemod.js';
import { decodeSource } from '../../src/engine/source-text.js';
import { fileResult, type FileResult, type RunResult } from '../../src/run/run-result.js';
import { repoRoot } from '../helpers/paths.js';

const streaming = OUTPUT_FORMATS.filter((format) => format.stream !== undefined);

const fields = (cwd: string) => ({
  command: 'diff' as const,
  toolVersion: '9.9.9',
  transforms: builtInTransforms,
  cwd,
  date: new Date(Date.UTC(2020, 0, 2)),
});

/** Runs the built-ins over a tree, collecting every streaming format's parts as the files come. */
async function streamedRun(cwd: string, keepChanges: boolean): Promise<{ result: RunResult; streamed: Map<string, Buffer[]> }> {
  const discovery = await selectFiles([], cwd, undefined);
  const context = streamContext(fields(cwd));
  const streamed = new Map(streaming.map((format) => [format.name, [] as Buffer[]]));
  const result = await runCodemod({
    inputs: discovery.files.map((file) => diskInput(file.absolutePath, file.displayPath)),
    passedOver: discovery,
    transforms: builtInTransforms,
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    write: false,
    patches: true,
    keepChanges,
    onFile: async (file) => {
      // An awaited callback: the run waits for it, as it waits for a slow reader.
      await Promise.resolve();
      for (const format of streaming) streamed.get(format.name)!.push(format.stream!.file(file, context));
    },
  });
  return { result, streamed };
}

describe.each(['fixtures/samples', 'fixtures/ucma4-apps'])('streamed output on %s', (tree) => {
  const cwd = join(repoRoot, tree);

  test('diff and names stream; every streaming format equals build, with and without the changes kept', async () => {
    expect(streaming.map((format) => format.name).sort()).toEqual(['diff', 'names']);
    const kept = await streamedRun(cwd, true);
    const dropped = await streamedRun(cwd, false);
    const changed = kept.result.files.filter((file) => file.status === 'changed');
    expect(changed.length).toBeGreaterThan(1);
    expect(kept.result.files.length).toBeGreaterThan(changed.length);
    // Dropping the changes keeps everything else of the result.
    expect(dropped.result.files.some((file) => file.change !== undefined)).toBe(false);
    expect(dropped.result.files.map(({ change: _change, ...rest }) => rest)).toEqual(
      kept.result.files.map(({ change: _change, ...rest }) => rest),
    );

    const context = reportContext({ ...fields(cwd), exitCode: exitCodeFor(kept.result, 'diff') });
    for (const format of streaming) {
      const whole = Buffer.concat(format.build(kept.result, context).map((part) => part.bytes));
      expect(whole.length).toBeGreaterThan(0);
      for (const run of [kept, dropped]) {
        const parts = run.streamed.get(format.name)!;
        expect(parts).toHaveLength(run.result.files.length);
        const end = format.stream!.end?.(run.result, context) ?? Buffer.alloc(0);
        expect(Buffer.concat([...parts, end]).equals(whole)).toBe(true);
      }
    }
  });
});

/** A changed file as the run makes it (apply's results keep a path a patch cannot name). */
function changed(path: string): FileResult {
  const bytes = Buffer.from('class C\r\n{\r\n    int x;\r\n}\r\n', 'utf8');
  const source = decodeSource(bytes);
  const at = source.text.indexOf('x;');
  const place = (offset: number) => ({ offset, line: 3, column: offset - at + 9 });
  return fileResult({
    path,
    absolutePath: `/repo/${path}`,
    status: 'changed',
    edits: [{ transform: 'rename-x', start: place(at), end: place(at + 1), oldText: 'x', newText: 'y' }],
    change: { source, originalBytes: bytes, newText: source.text.replace('x;', 'y;'), mode: '100755' },
  });
}

describe('streamed output on every kind of file record', () => {
  test('failed, skipped, unchanged and unnameable files stream to what build makes', () => {
    const result: RunResult = {
      files: [
        fileResult({ path: 'gone.cs', absolutePath: undefined, status: 'failed', reason: 'cannot read' }),
        fileResult({ path: 'link.cs', absolutePath: undefined, status: 'skipped', reason: 'symbolic link, not followed' }),
        changed('src/A.cs'),
        fileResult({ path: 'src/B.cs', absolutePath: '/repo/src/B.cs', status: 'unchanged' }),
        changed('../outside/C.cs'),
        changed('src/D.cs'),
      ],
      removedTempFiles: [],
    };
    const context = reportContext({ ...fields('/repo'), command: 'apply', exitCode: 0 });
    for (const format of streaming) {
      const whole = Buffer.concat(format.build(result, context).map((part) => part.bytes));
      const parts = result.files.map((file) => format.stream!.file(file, context));
      expect(Buffer.concat([...parts, format.stream!.end?.(result, context) ?? Buffer.alloc(0)]).equals(whole)).toBe(true);
      // Only the changed files have a part; a patch never names a path outside the tree.
      expect(parts.map((part) => part.length > 0)).toEqual([false, false, true, false, format.name === 'names', true]);
    }
  });
});
