// Users' transforms kept inside the budgets the tool promises: an unhandled rejection fails only its
// own file, an async run is an error that names the transform, a module whose top-level code never
// ends is stopped by the time budget, a transform that fills memory is stopped by the worker's
// limit, files that keep running out of time stop the run with one clear error, a file too big for
// the memory budget is refused before it is parsed, and a big project's index reaches a worker
// outside every file's budget.
import { afterAll, describe, expect, test } from '@jest/globals';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanTempDirs, makeTempDir, runCli } from '../helpers/cli.js';
import { fixturePath } from '../helpers/paths.js';

afterAll(cleanTempDirs);

const SAMPLE = fixturePath('samples', 'applicationprovisioner', 'ApplicationProvisioning', 'Application.cs');
const META = "meta: { id: 'ID', title: 't', description: 'A test transform.', source: { title: 'test' }, kind: 'fix' }";

/** A folder of small C# files F1.cs..Fn.cs and a transform file `t.mjs` with the given run body (and top-level code). */
function treeWith(count: number, run: string, id: string, topLevel = ''): string {
  const root = makeTempDir();
  for (let i = 1; i <= count; i++) writeFileSync(join(root, `F${i}.cs`), `class C${i}\n{\n}\n`);
  writeFileSync(join(root, 't.mjs'), `${topLevel}\nexport default { ${META.replace('ID', id)}, ${run} };\n`);
  return root;
}

const APPEND = "return { edits: [{ start: context.text.length, end: context.text.length, text: '// ok\\n' }] };";

describe('users transforms inside a budget', () => {
  test.each([
    ['workers', []],
    ['-j 1', ['-j', '1']],
  ])('an unhandled rejection fails only the file it was made for, naming the transform (%s)', (_how, flags) => {
    const root = treeWith(5, `run(context) { if (context.path === 'F3.cs') Promise.reject(new Error('boom')); ${APPEND} }`, 'rejects-once');
    const run = runCli(['check', '-t', './t.mjs', ...flags], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('F3.cs: error: transform rejects-once left a promise rejected without handling it (boom); not changed');
    expect(run.stderr.match(/needs change/g)).toHaveLength(4);
    expect(run.stderr).toContain('4 files need changes, 0 unchanged, 0 skipped, 1 failed');
  });

  test('an async run is an error naming the transform, not a silent "unchanged"', () => {
    const root = treeWith(2, `async run(context) { ${APPEND} }`, 'async-run');
    const run = runCli(['check', '-t', './t.mjs'], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('error: transform async-run returned a promise (is run async?)');
    expect(run.stderr).toContain('0 files need changes, 0 unchanged, 0 skipped, 2 failed');
  });

  test('a module whose top-level code never ends is stopped by the time budget; nothing runs', () => {
    const root = treeWith(2, `run(context) { ${APPEND} }`, 'never-loads', 'for (;;) {}');
    const run = runCli(['check', '-t', './t.mjs', '--file-timeout', '2'], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('transform file t.mjs did not finish loading within 2 s (the time budget, --file-timeout)');
  });

  test('a transform that fills memory fails its file by name once it passes the worker limit', () => {
    const root = treeWith(2, 'run(context) { const kept = []; for (;;) kept.push(new Array(100000).fill(context.path)); }', 'memory-hog');
    const run = runCli(['check', '-t', './t.mjs', '--worker-memory', '128M'], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /F1\.cs: error: could not be processed: transform memory-hog used more memory than a worker thread may \(128 MiB/,
    );
    expect(run.stderr).toContain('2 failed');
  });

  test('files that keep running out of time stop the run with one error, not an endless round of fresh workers', () => {
    const root = treeWith(12, 'run() { for (;;) {} }', 'spins-always');
    const run = runCli(['check', '-t', './t.mjs', '--file-timeout', '1'], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^ucma-codemod: 3 files in a row ran past the per-file limits \(the time budget of 1 s, or 2048 MiB of memory\)/m,
    );
  });

  test('a file too big for the memory budget is refused before it is parsed, with the sizes', () => {
    const root = makeTempDir();
    const unit = readFileSync(SAMPLE, 'utf8');
    writeFileSync(join(root, 'Big.cs'), unit.repeat(Math.ceil((3 * 1024 * 1024) / unit.length)).slice(0, 3 * 1024 * 1024));
    const run = runCli(['check', '--worker-memory', '128M'], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /Big\.cs: error: not parsed: a file of 3\.0 MiB needs about 192 MiB of memory to parse and transform \(about 64 bytes per byte\), more than one file may take \(128 MiB/,
    );
  });
});

describe('time budgets that measure the transform', () => {
  test("a project's index reaches each worker outside the per-file budget, however long it takes to build", () => {
    const root = makeTempDir();
    for (let i = 0; i < 20; i++) copyFileSync(SAMPLE, join(root, `A${i}.cs`));
    // Building the index takes longer than a file may (test-only delay point); every file still gets done.
    const run = runCli(['diff', '-j', '2', '--file-timeout', '5'], root, { env: { UCMA_CODEMOD_TEST_SLOW_PROJECT_INDEX: '8000' } });
    expect(run.stderr).toContain('20 files to change, 0 unchanged, 0 skipped, 0 failed');
    expect(run.status).toBe(0);
  });
});
