// The patch streams: each file's part reaches stdout (or the -o file) as soon as its turn comes,
// not after the run. Proven without timing: a transform of the user's blocks on the last file
// until it can see that a patch has already arrived (a file the test writes once stdout carried
// one, or the -o file itself); were the output held back to the end, that file would fail.
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { binPath, cleanTempDirs, makeTempDir } from '../helpers/cli.js';

afterAll(cleanTempDirs);

const COPIES = 20;
const LAST = 'zz-last.cs';

// Waits (at most 30 s, a bound on failure only) for the `waitfor` file to hold a patch header.
const WAITS_ON_LAST_FILE = `import { existsSync, readFileSync } from 'node:fs';
import { defineTransform, findAll, replace } from 'ucma-codemod';

const pause = new Int32Array(new SharedArrayBuffer(4));

function patchHasArrived(path) {
  return existsSync(path) && readFileSync(path, 'latin1').includes('diff --git ');
}

export default defineTransform({
  meta: { id: 'rename-old-name', title: 'Rename OldName', description: 'For tests.', source: { title: 'Tests' }, kind: 'fix' },
  run({ path, tree, options }) {
    if (path.endsWith('${LAST}')) {
      const deadline = Date.now() + 30000;
      while (!patchHasArrived(options.waitfor)) {
        if (Date.now() > deadline) throw new Error('no patch had arrived before the last file');
        Atomics.wait(pause, 0, 0, 20);
      }
    }
    const names = findAll(tree.rootNode, 'identifier').filter((node) => node.text === 'OldName');
    return { edits: names.map((node) => replace(node, 'NewName')) };
  },
});
`;

function makeTree(): string {
  const root = makeTempDir();
  writeFileSync(join(root, 'waits.mjs'), WAITS_ON_LAST_FILE);
  const source = 'class C\n{\n    void F() { OldName(); }\n}\n';
  for (let i = 0; i < COPIES; i++) writeFileSync(join(root, `f${String(i).padStart(2, '0')}.cs`), source);
  writeFileSync(join(root, LAST), source);
  return root;
}

interface StreamedRun {
  readonly status: number | null;
  readonly stdout: Buffer;
  readonly stderr: string;
}

/** Runs the CLI; once stdout has carried a patch header, copies what came so far to `marker`. */
function runStreaming(cwd: string, args: readonly string[], marker: string | undefined): Promise<StreamedRun> {
  const child = spawn(process.execPath, [binPath, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
  const chunks: Buffer[] = [];
  let stderr = '';
  let marked = false;
  child.stdout.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    const sofar = Buffer.concat(chunks);
    if (marker !== undefined && !marked && sofar.includes('diff --git ')) {
      writeFileSync(marker, sofar);
      marked = true;
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolvePromise({ status, stdout: Buffer.concat(chunks), stderr }));
  });
}

const headers = (patch: string) => [...patch.matchAll(/^diff --git a\/(\S+) /gm)].map((match) => match[1]);
const expectedOrder = [...Array.from({ length: COPIES }, (_, i) => `f${String(i).padStart(2, '0')}.cs`), LAST];

describe('streamed patch', () => {
  test('stdout carries the first patch while the last file is still being transformed', async () => {
    const root = makeTree();
    const run = await runStreaming(
      root,
      ['diff', '-t', './waits.mjs', '--option', 'waitfor=first-bytes.patch'],
      join(root, 'first-bytes.patch'),
    );
    expect(run.stderr).not.toContain('no patch had arrived');
    expect(run.status).toBe(0);
    expect(headers(run.stdout.toString('utf8'))).toEqual(expectedOrder);
    // What had arrived when the last file was transformed was the start of the final output.
    const first = readFileSync(join(root, 'first-bytes.patch'));
    expect(run.stdout.subarray(0, first.length).equals(first)).toBe(true);
    expect(first.length).toBeLessThan(run.stdout.length);
    // The summary comes after the output.
    expect(run.stderr).toContain(`${COPIES + 1} files to change`);
  }, 60_000);

  test('-o FILE fills the file as the run goes', async () => {
    const root = makeTree();
    const run = await runStreaming(root, ['diff', '-t', './waits.mjs', '--option', 'waitfor=out.patch', '-o', 'out.patch'], undefined);
    expect(run.stderr).not.toContain('no patch had arrived');
    expect(run.status).toBe(0);
    expect(run.stdout.length).toBe(0);
    expect(headers(readFileSync(join(root, 'out.patch'), 'utf8'))).toEqual(expectedOrder);
  }, 60_000);
});
