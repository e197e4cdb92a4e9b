// `--stdin-filepath P` with the real binary: the bytes on stdin are taken as the file at P (its
// language, patch path, project and companions on disk) and the file at P is never read or written.
// diff prints P's patch, check exits 1 when a change is needed, apply prints exactly the bytes a real
// apply writes (or the input, byte for byte, when nothing changes).
import { afterAll, describe, expect, test } from '@jest/globals';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanTempDirs, copyTree, makeTempDir, runCli } from '../helpers/cli.js';
import { hasScript, spawnOnTerminal } from '../helpers/terminal.js';
import { fixturePath } from '../helpers/paths.js';
import { snapshot } from '../helpers/tree.js';

afterAll(cleanTempDirs);

const SAMPLE_FILE = 'ApplicationProvisioning/Application.cs';
const UNCHANGED_FILE = 'ApplicationProvisioning/Contact.cs';

/** A copy of the Visual Studio sample (the file at SAMPLE_FILE needs the TLS-target change). */
function sample(): string {
  const root = makeTempDir();
  copyTree(fixturePath('samples', 'applicationprovisioner'), root);
  return root;
}

const stdinRun = (root: string, command: string, path: string, bytes: Buffer, ...flags: string[]) =>
  runCli([command, '--stdin-filepath', path, ...flags], root, { input: bytes });

/** What `apply` writes into a file with these bytes at `path` of a copy of `tree`. */
function appliedBytes(tree: string, path: string, bytes: Buffer): Buffer {
  const copy = makeTempDir();
  copyTree(tree, copy);
  writeFileSync(join(copy, path), bytes);
  const run = runCli(['apply', path], copy);
  expect(run.status).not.toBe(2);
  return readFileSync(join(copy, path));
}

describe('diff and check --stdin-filepath on the sample (transforms that read project context included)', () => {
  test('diff: the same patch as diff of the file; nothing on disk changes', () => {
    const root = sample();
    const before = snapshot(root);
    const bytes = readFileSync(join(root, SAMPLE_FILE));
    const run = stdinRun(root, 'diff', SAMPLE_FILE, bytes);
    expect(run.status).toBe(0);
    const fromDisk = runCli(['diff', SAMPLE_FILE], root);
    expect(fromDisk.stdout.length).toBeGreaterThan(0);
    expect(run.stdout.equals(fromDisk.stdout)).toBe(true);
    expect(run.stdout.toString('utf8')).toMatch(
      /^diff --git a\/ApplicationProvisioning\/Application\.cs b\/ApplicationProvisioning\/Application\.cs\n/,
    );
    expect(run.stderr).toContain('ucma-codemod diff: 1 file to change');
    expect(snapshot(root)).toEqual(before);
  });

  test('check: exit 1 with the patch on stdout when a change is needed, exit 0 and nothing when not', () => {
    const root = sample();
    const needs = stdinRun(root, 'check', SAMPLE_FILE, readFileSync(join(root, SAMPLE_FILE)));
    expect(needs.status).toBe(1);
    expect(needs.stdout.equals(runCli(['diff', SAMPLE_FILE], root).stdout)).toBe(true);
    expect(needs.stderr).toContain(`${SAMPLE_FILE}: needs change: provisioner-tls-target`);
    // The hint names the buffer's route, not an apply of the file on disk (which may differ).
    expect(needs.stderr).toContain(
      `To make the changes: pipe the same text to ucma-codemod apply --stdin-filepath ${SAMPLE_FILE} (it prints the changed text)`,
    );
    const withFlags = stdinRun(root, 'check', SAMPLE_FILE, readFileSync(join(root, SAMPLE_FILE)), '-t', 'provisioner-tls-target');
    expect(withFlags.stderr).toContain(`ucma-codemod apply -t provisioner-tls-target --stdin-filepath ${SAMPLE_FILE} (it prints`);
    const fine = stdinRun(root, 'check', UNCHANGED_FILE, readFileSync(join(root, UNCHANGED_FILE)));
    expect(fine.status).toBe(0);
    expect(fine.stdout.length).toBe(0);
  });

  test('the text comes from stdin, not from the file at P (which may be stale, unreadable or absent)', () => {
    const root = sample();
    const bytes = readFileSync(join(root, SAMPLE_FILE));
    const expected = runCli(['diff', SAMPLE_FILE], root).stdout;
    // The file at P holds other text and cannot be read: the patch is still the stdin text's.
    writeFileSync(join(root, SAMPLE_FILE), 'class Stale {}\n');
    chmodSync(join(root, SAMPLE_FILE), 0o000);
    try {
      const run = stdinRun(root, 'diff', SAMPLE_FILE, bytes);
      expect(run.status).toBe(0);
      expect(run.stdout.equals(expected)).toBe(true);
    } finally {
      chmodSync(join(root, SAMPLE_FILE), 0o644);
    }
    expect(readFileSync(join(root, SAMPLE_FILE), 'utf8')).toBe('class Stale {}\n');
    // A file not yet saved: P does not exist; the patch names P.
    rmSync(join(root, SAMPLE_FILE));
    const unsaved = stdinRun(root, 'diff', SAMPLE_FILE, bytes);
    expect(unsaved.stdout.equals(expected)).toBe(true);
  });
});

describe("project context: the rest of P's project comes from disk", () => {
  // Reminder.cs calls handler.Flow.BeginSendMessage; the type of Flow is declared in another file.
  const project = 'im-bot-auto-provisioned';
  const file = `${project}/Reminder.cs`;

  test('stdin Reminder.cs gets the patch a run over its project gives it, which the file alone does not', () => {
    const root = makeTempDir();
    copyTree(fixturePath('ucma4-apps'), root);
    const bytes = readFileSync(join(root, file));
    const alone = runCli(['diff', '-t', 'ucma4-api-members', file], root);
    expect(alone.stdout.length).toBe(0);
    const whole = runCli(['diff', '-t', 'ucma4-api-members', project], root).stdout.toString('utf8');
    const run = stdinRun(root, 'diff', file, bytes, '-t', 'ucma4-api-members');
    expect(run.status).toBe(0);
    const patch = run.stdout.toString('utf8');
    expect(patch).toContain('+            handler.Flow.BeginSendInstantMessage(text, null, null);');
    expect(whole).toContain(patch);
  });

  test('the piped text decides, not the file at P: piped declarations that make Flow a non-UCMA type remove the change', () => {
    const root = makeTempDir();
    copyTree(fixturePath('ucma4-apps'), root);
    const bytes = readFileSync(join(root, file));
    // Only the piped text declares the handler type, as a non-UCMA type: nothing may change.
    const shadowed = Buffer.concat([
      bytes,
      Buffer.from(
        'namespace ContosoImBot { public class ImConversationHandler { public Other Flow; } public class Other { public void BeginSendMessage(string t, object a, object b) {} } }\n',
      ),
    ]);
    const run = stdinRun(root, 'diff', file, shadowed, '-t', 'ucma4-api-members');
    expect(run.status).not.toBe(2);
    expect(run.stdout.toString('utf8')).not.toContain('BeginSendInstantMessage');
  });

  test('App.config: the project files beside P on disk decide, as for the file itself', () => {
    const root = makeTempDir();
    copyTree(fixturePath('projects', 'chat-archiver'), root);
    const bytes = readFileSync(join(root, 'App.config'));
    const expected = runCli(['diff', 'App.config'], root).stdout;
    expect(expected.length).toBeGreaterThan(0);
    expect(stdinRun(root, 'diff', 'App.config', bytes).stdout.equals(expected)).toBe(true);
    rmSync(join(root, 'ChatArchiver.csproj'));
    expect(stdinRun(root, 'diff', 'App.config', bytes).stdout.length).toBe(0);
  });
});

describe('apply --stdin-filepath prints the text and writes nothing', () => {
  const crlfBom = readFileSync(fixturePath('samples', 'applicationprovisioner', SAMPLE_FILE));
  const withoutBom = crlfBom.subarray(3);
  const lf = Buffer.from(withoutBom.toString('utf8').replace(/\r\n/g, '\n'), 'utf8');
  const latin1 = Buffer.concat([lf, Buffer.from('// caf\xe9\n', 'latin1')]);

  test.each([
    ['CRLF with BOM', crlfBom],
    ['CRLF without BOM', withoutBom],
    ['LF', lf],
    ['8-bit (Latin-1)', latin1],
  ])('%s: stdout is byte for byte what apply writes to such a file', (_name, bytes) => {
    const root = sample();
    const before = snapshot(root);
    const expected = appliedBytes(root, SAMPLE_FILE, bytes);
    expect(expected.equals(bytes)).toBe(false);
    const run = stdinRun(root, 'apply', SAMPLE_FILE, bytes);
    expect(run.status).toBe(0);
    expect(run.stdout.equals(expected)).toBe(true);
    expect(snapshot(root)).toEqual(before);
  });

  test('nothing to change: the input bytes come back unchanged (BOM and CRLF kept)', () => {
    const root = sample();
    const bytes = readFileSync(join(root, UNCHANGED_FILE));
    const mtime = statSync(join(root, UNCHANGED_FILE)).mtimeMs;
    const run = stdinRun(root, 'apply', UNCHANGED_FILE, bytes);
    expect(run.status).toBe(0);
    expect(run.stdout.equals(bytes)).toBe(true);
    expect(statSync(join(root, UNCHANGED_FILE)).mtimeMs).toBe(mtime);
  });

  test('undecodable input: exit 2, the error names P on stderr, nothing on stdout', () => {
    const root = sample();
    const utf16 = Buffer.from([0xff, 0xfe, 0x41, 0x00]);
    for (const command of ['apply', 'diff', 'check']) {
      const run = stdinRun(root, command, 'Utf16.cs', utf16);
      expect(run.status).toBe(2);
      expect(run.stdout.length).toBe(0);
      expect(run.stderr).toMatch(/^Utf16\.cs: error: /m);
    }
  });

  test('a diagnostic (a change to make by hand) goes to stderr; stdout still carries the text', () => {
    const root = makeTempDir();
    mkdirSync(join(root, 'src'));
    const bytes = readFileSync(fixturePath('transforms', 'provisioner-tls-target', 'manual-negated-test.input.cs'));
    const run = stdinRun(root, 'apply', 'src/Manual.cs', bytes);
    expect(run.status).toBe(1);
    expect(run.stdout.equals(bytes)).toBe(true);
    expect(run.stderr).toMatch(/^src\/Manual\.cs:\d+:\d+: warning: /m);
  });
});

describe('refusals', () => {
  test.each([
    [['diff', '--stdin-filepath', 'A.cs', 'B.cs'], 'takes no paths'],
    [['check', '--staged', '--stdin-filepath', 'A.cs'], '--stdin-filepath contradicts --staged'],
    [['review', '--stdin-filepath', 'A.cs'], 'review steps through files on disk and takes no --stdin-filepath'],
    [['list', '--stdin-filepath', 'A.cs'], '--stdin-filepath is only for diff, apply and check'],
    [['apply', '--stdin-filepath', 'A.cs', '--json'], 'apply --stdin-filepath prints the changed text on stdout and takes no --format'],
    [['diff', '--stdin-filepath', ''], '--stdin-filepath needs the path'],
  ])('%j', (argv, message) => {
    const root = makeTempDir();
    const run = runCli(argv, root, { input: 'class A {}\n' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stdout.length).toBe(0);
  });

  (hasScript ? test : test.skip)('stdin is a terminal (nothing piped): exit 2 at once, without waiting for input', async () => {
    const root = makeTempDir();
    copyFileSync(fixturePath('samples', 'applicationprovisioner', SAMPLE_FILE), join(root, 'Application.cs'));
    const child = spawnOnTerminal(['diff', '--stdin-filepath', 'Application.cs'], { cwd: root });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    // Only a hang is caught here: a loaded machine may take long to start the CLI.
    const timer = setTimeout(() => child.kill('SIGKILL'), 100_000);
    const status = await new Promise<number | string>((resolvePromise) =>
      child.on('exit', (code, signal) => resolvePromise(signal ?? code ?? -1)),
    );
    clearTimeout(timer);
    child.stdin.destroy();
    expect(status).toBe(2);
    expect(output).toContain('stdin is a terminal');
  });
});
