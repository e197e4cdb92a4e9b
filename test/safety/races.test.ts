// Races with apply, forced with deterministic hooks (a transform that waits for a signal file, the
// write hold point) instead of sleeps: two runs writing one file, a folder swapped for a link to an
// outside copy, a file swapped for a FIFO between read and write, signals during writes; and two
// stress runs without hooks (two applies on 2,000 files, a folder flipping to a link in a loop)
// whose invariants must hold whatever the timing.
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanTempDirs, makeTempDir } from '../helpers/cli.js';
import { markingTransform, signal, startCli, waitForFile } from '../helpers/hooks.js';
import { listFiles, snapshot } from '../helpers/tree.js';

afterAll(cleanTempDirs);

const LEFTOVER = /\.ucma-codemod-\d+(?:\.\d+)?-[0-9a-f]{8}\.tmp$|\.ucma-codemod\.lock/;
const SOURCE = 'class C\n{\n}\n';
// A generous per-file budget: a transform held by a test must not time out on a loaded machine.
const BUDGET = ['--file-timeout', '600'];

/** A tree of C# files plus the marking transforms A and B beside it (outside the tree). */
function treeWithTransforms(files: readonly string[]): { root: string; tree: string; signals: string } {
  const root = makeTempDir('ucma-codemod-race-');
  const tree = join(root, 'tree');
  const signals = join(root, 'signals');
  mkdirSync(signals);
  for (const file of files) {
    mkdirSync(join(tree, file, '..'), { recursive: true });
    writeFileSync(join(tree, file), SOURCE);
  }
  writeFileSync(join(root, 'a.mjs'), markingTransform('A', signals));
  writeFileSync(join(root, 'b.mjs'), markingTransform('B'));
  return { root, tree, signals };
}

function leftovers(...roots: string[]): string[] {
  return roots.flatMap((root) => listFiles(root).filter((file) => LEFTOVER.test(file)));
}

describe('two writers of one file', () => {
  test('the second run cannot slip in between the first one\'s last check and its rename: it fails that file, never "written" without its edit', async () => {
    const { root, tree, signals } = treeWithTransforms(['x/Hold.cs']);
    signal(signals, 'go'); // the transform itself does not wait here
    // Run A stops under its lock, after its last check, just before renaming x/Hold.cs.
    const first = startCli(['apply', '-t', join(root, 'a.mjs'), ...BUDGET], tree, {
      UCMA_CODEMOD_TEST_HOLD_WRITE: `Hold.cs:${signals}`,
    });
    await waitForFile(join(signals, 'held'), first);
    const second = await startCli(['apply', '-t', join(root, 'b.mjs'), '--format', 'json', ...BUDGET], tree).done;
    signal(signals, 'release');
    const firstResult = await first.done;
    expect(firstResult.status).toBe(0);
    const report = JSON.parse(second.stdout) as { files: { path: string; status: string; written?: boolean; reason?: string }[] };
    const held = report.files.find((file) => file.path === 'x/Hold.cs')!;
    expect(held.status).toBe('failed');
    expect(held.reason).toMatch(/another ucma-codemod run \(process \d+\) is writing it|changed on disk after it was read/);
    expect(second.status).toBe(2);
    // Run A's edit is there; run B's is not, and B never said it wrote it.
    expect(readFileSync(join(tree, 'x/Hold.cs'), 'utf8')).toBe(`${SOURCE}// A\n`);
    expect(leftovers(tree)).toEqual([]);
  });

  test('two applies with different transforms on 2,000 files: every file holds the edit of each run that reported it written', async () => {
    const files = Array.from({ length: 2000 }, (_, i) => `p${String(i % 40).padStart(2, '0')}/F${i}.cs`);
    const { root, tree } = treeWithTransforms(files);
    const [a, b] = await Promise.all([
      startCli(['apply', '-t', join(root, 'a.mjs'), '--format', 'json', ...BUDGET], tree).done,
      startCli(['apply', '-t', join(root, 'b.mjs'), '--format', 'json', ...BUDGET], tree).done,
    ]);
    for (const [run, mark] of [
      [a, '// A\n'],
      [b, '// B\n'],
    ] as const) {
      expect(run.stderr).not.toMatch(/internal error/);
      const report = JSON.parse(run.stdout) as { files: { path: string; status: string }[] };
      expect(report.files).toHaveLength(files.length);
      for (const file of report.files) {
        const text = readFileSync(join(tree, file.path), 'utf8');
        if (file.status === 'changed') expect(text).toContain(mark);
        else expect(file.status).toBe('failed');
      }
    }
    // Every file is the source with zero, one or both marks appended whole.
    for (const file of files)
      expect([SOURCE, `${SOURCE}// A\n`, `${SOURCE}// B\n`, `${SOURCE}// A\n// B\n`, `${SOURCE}// B\n// A\n`]).toContain(
        readFileSync(join(tree, file), 'utf8'),
      );
    expect(leftovers(tree)).toEqual([]);
  });
});

describe('what changes between the read and the write', () => {
  test('a folder swapped for a link to an outside copy: nothing outside is written, no temp file anywhere', async () => {
    const { root, tree, signals } = treeWithTransforms(['sub/Hold.cs', 'sub/Next.cs', 'top/Top.cs']);
    const outside = join(root, 'outside');
    cpSync(join(tree, 'sub'), join(outside, 'sub'), { recursive: true });
    const before = snapshot(outside);
    const run = startCli(['apply', '-t', join(root, 'a.mjs'), ...BUDGET], tree);
    await waitForFile(join(signals, 'reached'), run);
    renameSync(join(tree, 'sub'), join(root, 'sub.real'));
    symlinkSync(join(outside, 'sub'), join(tree, 'sub'));
    signal(signals, 'go');
    const result = await run.done;
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/sub\/Hold\.cs: .*(symbolic link|not the one it was read from)/);
    expect(snapshot(outside)).toEqual(before);
    expect(readFileSync(join(tree, 'top/Top.cs'), 'utf8')).toBe(`${SOURCE}// A\n`);
    expect(leftovers(outside, join(root, 'sub.real'), tree)).toEqual([]);
  });

  test('a file swapped for a FIFO: apply neither hangs nor writes it, and says why', async () => {
    const { root, tree, signals } = treeWithTransforms(['sub/Hold.cs', 'sub/Next.cs']);
    const run = startCli(['apply', '-t', join(root, 'a.mjs'), ...BUDGET], tree);
    await waitForFile(join(signals, 'reached'), run);
    unlinkSync(join(tree, 'sub/Hold.cs'));
    expect(spawnSync('mkfifo', [join(tree, 'sub/Hold.cs')]).status).toBe(0);
    signal(signals, 'go');
    const result = await run.done;
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/sub\/Hold\.cs: .*FIFO/);
    expect(leftovers(tree)).toEqual([]);
  });

  test('a folder flipping to a link to an outside copy in a loop during apply: the outside copy is byte-identical, no temp file anywhere', async () => {
    const files = Array.from({ length: 300 }, (_, i) => `flip/d${i % 10}/F${i}.cs`);
    const { root, tree } = treeWithTransforms(files);
    const outside = join(root, 'outside');
    cpSync(join(tree, 'flip'), join(outside, 'flip'), { recursive: true });
    const before = snapshot(outside);
    const stop = join(root, 'stop');
    // The flipper: the real folder and a link to the outside copy take turns under the name.
    const flipper = spawn(process.execPath, [
      '-e',
      `const fs = require('fs');
       const [name, real, outside, stop] = process.argv.slice(1);
       let flips = 0;
       while (!fs.existsSync(stop)) {
         fs.renameSync(name, real); fs.symlinkSync(outside, name);
         fs.unlinkSync(name); fs.renameSync(real, name);
         flips++;
       }
       process.stdout.write(String(flips));`,
      join(tree, 'flip'),
      join(root, 'flip.real'),
      join(outside, 'flip'),
      stop,
    ]);
    let flips = '';
    flipper.stdout.on('data', (chunk: Buffer) => (flips += chunk.toString()));
    const flipped = new Promise((resolve) => flipper.on('close', resolve));
    const result = await startCli(['apply', '-t', join(root, 'b.mjs'), ...BUDGET], tree).done;
    writeFileSync(stop, '');
    await flipped;
    expect(Number(flips)).toBeGreaterThan(0);
    expect(result.stderr).not.toMatch(/internal error/);
    expect(snapshot(outside)).toEqual(before);
    expect(existsSync(join(tree, 'flip'))).toBe(true);
    for (const file of files) expect([SOURCE, `${SOURCE}// B\n`]).toContain(readFileSync(join(tree, file), 'utf8'));
    expect(leftovers(tree, outside)).toEqual([]);
    rmSync(join(root, 'flip.real'), { recursive: true, force: true });
  });
});

describe('signals during apply', () => {
  test.each(['SIGTERM', 'SIGINT'] as const)('%s: temp files removed, the files written named, then death by the signal', async (name) => {
    const files = Array.from({ length: 40 }, (_, i) => `s/F${String(i).padStart(2, '0')}.cs`);
    const { root, tree, signals } = treeWithTransforms([...files, 's/Hold.cs']);
    const run = startCli(['apply', '-t', join(root, 'b.mjs'), ...BUDGET], tree, { UCMA_CODEMOD_TEST_HOLD_WRITE: `Hold.cs:${signals}` });
    await waitForFile(join(signals, 'held'), run);
    run.child.kill(name);
    const result = await run.done;
    expect(result.signal).toBe(name);
    expect(result.stderr).toContain(`ucma-codemod: stopped by ${name}.`);
    const written = new Set([...result.stderr.matchAll(/^ {2}(s\/\S+\.cs)$/gm)].map((m) => m[1]));
    for (const file of [...files, 's/Hold.cs'])
      expect(readFileSync(join(tree, file), 'utf8')).toBe(written.has(file) ? `${SOURCE}// B\n` : SOURCE);
    expect(written.has('s/Hold.cs')).toBe(false);
    expect(leftovers(tree)).toEqual([]);
  });
});

describe('signals while a report file is written', () => {
  test.each([
    ['check', '--format', 'json', '-o', 'out.json'],
    ['report', '-o', 'out.json'],
  ])('%s … -o: the temp file goes, the old report stays, death by the signal', async (...args) => {
    const { root, tree, signals } = treeWithTransforms(['s/A.cs', 's/Hold.cs']);
    writeFileSync(join(tree, 'out.json'), 'the old report\n');
    const run = startCli([...args, '-t', join(root, 'a.mjs'), ...BUDGET], tree);
    // The transform holds Hold.cs: the report file is open (a temp file beside out.json) and unfinished.
    await waitForFile(join(signals, 'reached'), run);
    expect(leftovers(tree)).toHaveLength(1);
    run.child.kill('SIGTERM');
    const result = await run.done;
    expect(result.signal).toBe('SIGTERM');
    expect(leftovers(tree)).toEqual([]);
    expect(readFileSync(join(tree, 'out.json'), 'utf8')).toBe('the old report\n');
  });
});
