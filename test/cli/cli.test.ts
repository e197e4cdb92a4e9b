// The real binary in temp directories: exit codes, stdout/stderr, and patches that git and patch accept.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanTempDirs, copyTree, git, gitBytes, initRepo, makeTempDir, runCli } from '../helpers/cli.js';
import { fixturePath, repoRoot } from '../helpers/paths.js';

const cases = fixturePath('transforms', 'provisioner-tls-target');

/** A small tree: two files to change, one unchanged, and copies that must be skipped. */
function makeTree(): string {
  const root = makeTempDir();
  const put = (path: string, fixture: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    copyFileSync(join(cases, fixture), join(root, path));
  };
  put('ApplicationProvisioning/Application.cs', 'documented-original-crlf-bom.input.cs');
  put('ApplicationProvisioning/ApplicationCache.cs', 'negative-other-class.input.cs');
  put('Legacy Copy/Application.cs', 'windows-1252-bytes-next-to-the-edit.input.cs');
  put('ApplicationProvisioning/bin/Debug/Application.cs', 'documented-original-crlf-bom.input.cs');
  put('ApplicationProvisioning/obj/Application.cs', 'documented-original-crlf-bom.input.cs');
  put('ignored/Application.cs', 'documented-original-crlf-bom.input.cs');
  writeFileSync(join(root, '.gitignore'), 'ignored/\n');
  initRepo(root);
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'sample');
  return root;
}

const read = (root: string, path: string) => readFileSync(join(root, path));

afterAll(cleanTempDirs);

describe('help, version and usage errors', () => {
  test('--help prints usage on stdout and exits 0', () => {
    const run = runCli(['--help'], repoRoot);
    expect(run.status).toBe(0);
    expect(run.stdout.toString()).toMatch(/^ucma-codemod: codemods for Microsoft UCMA sample code/);
    expect(run.stdout.toString()).toContain('ucma-codemod check [paths...]');
    expect(run.stderr).toBe('');
  });

  test('--version prints the package version', () => {
    const version = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
    for (const flag of ['--version', '-v']) {
      const run = runCli([flag], repoRoot);
      expect(run.status).toBe(0);
      expect(run.stdout.toString()).toBe(`${version}\n`);
      expect(run.stderr).toBe('');
    }
  });

  test.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [['diff', '--json', '--format', 'diff'], /--json contradicts --format diff/],
    [['diff', '--bogus'], /unknown option "--bogus"/],
    [['apply', '-o', 'x.patch'], /-o\/--output is only for diff, check, report and plan/],
    [['diff', '-t', 'no-such-transform'], /unknown transform "no-such-transform"; built-in transforms: provisioner-tls-target/],
    [['diff', '--max-file-size', 'lots'], /--max-file-size needs a size/],
  ])('%j exits 2 with a message and a pointer to --help', (args, message) => {
    const run = runCli(args, repoRoot);
    expect(run.status).toBe(2);
    expect(run.stdout.length).toBe(0);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('Run "ucma-codemod --help" for usage.');
  });
});

describe('list', () => {
  test('shows id, title, code, source document and the follow-up step', () => {
    const run = runCli(['list'], repoRoot);
    expect(run.status).toBe(0);
    const text = run.stdout.toString();
    expect(text).toContain('provisioner-tls-target (fix)');
    expect(text).toContain('  Code: UCMA0101\n');
    expect(text).toContain('    instant-messaging-flow-begin-send-message (UCMA4011): ');
    expect(text).toContain('Source: Modifying ApplicationProvisioner.exe sample code');
    expect(text).toContain('Move-CsApplicationEndpoint');
  });

  test('--json lists the metadata', () => {
    const list = JSON.parse(runCli(['list', '--json'], repoRoot).stdout.toString()) as Array<{ id: string; kind: string }>;
    expect(list.map((t) => [t.id, t.kind])).toEqual([
      ['provisioner-tls-target', 'fix'],
      ['ucma4-project-references', 'fix'],
      ['ucma4-project-target-framework', 'fix'],
      ['ucma4-project-64-bit', 'fix'],
      ['ucma4-config-runtime', 'fix'],
      ['ucma4-api-members', 'fix'],
      ['ucma4-provisioning', 'report'],
      ['ucma4-provisioning-config', 'report'],
    ]);
  });

  test('shows each rule with its code and page, and the migration target (declared in the config file)', () => {
    const root = makeTempDir();
    writeFileSync(
      join(root, 'ucma-codemod.config.json'),
      JSON.stringify({ migration: { from: 'ucma-2.0', legacyApplicationName: 'ContosoHelpdesk' } }),
    );
    const text = runCli(['list'], root).stdout.toString();
    expect(text).toContain('    startup-provisioning-failure-uncaught (UCMA0302): ');
    expect(text).toContain('      Page: docs/ucma-sdk/activating-an-auto-provisioned-application.md, docs/ucma-sdk/server-platforms.md');
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      'Migration target: from a UCMA 2.0 application (Office Communications Server 2007 R2) (legacy application name "ContosoHelpdesk") to Lync Server 2013 (the default)',
    );
    const rules = (
      JSON.parse(runCli(['list', '--json'], root).stdout.toString()) as Array<{
        id: string;
        rules?: Array<{ id: string; sources?: Array<{ path?: string }> }>;
      }>
    ).find((t) => t.id === 'ucma4-provisioning')!.rules!;
    expect(rules.find((r) => r.id === 'gruu-form')!.sources![0]!.path).toBe(
      'docs/ucma-sdk/activating-a-manually-provisioned-application.md',
    );
  });
});

describe('diff, apply, check on a small tree', () => {
  let root: string;
  beforeAll(() => {
    root = makeTree();
  });

  test('diff prints one patch for the two files to change, and a summary on stderr', () => {
    const run = runCli(['diff'], root);
    expect(run.status).toBe(0);
    const patch = run.stdout.toString('latin1');
    expect(patch.match(/^diff --git /gm)).toHaveLength(2);
    expect(patch).toContain('diff --git a/ApplicationProvisioning/Application.cs b/ApplicationProvisioning/Application.cs\n');
    expect(patch).toContain('--- a/Legacy Copy/Application.cs\t\n');
    expect(patch).not.toMatch(/bin\/Debug|obj\/|ignored\//);
    expect(run.stderr).toMatch(/^ucma-codemod diff: 2 files to change, 1 unchanged, 0 skipped, 0 failed in \d+\.\d\ds\n$/);
  });

  test('git apply --check and patch -p1 --dry-run accept the patch', () => {
    const patchFile = join(makeTempDir(), 'change.patch');
    writeFileSync(patchFile, runCli(['diff'], root).stdout);
    expect(git(root, 'apply', '--check', patchFile)).toBe('');
    const dryRun = spawnSync('patch', ['-p1', '--dry-run', '-i', patchFile], { cwd: root, encoding: 'utf8' });
    expect(dryRun.stderr).toBe('');
    expect(dryRun.status).toBe(0);
  });

  test('git apply of the patch gives exactly what apply writes; check goes from 1 to 0; apply twice changes nothing', () => {
    const viaGit = makeTempDir();
    copyTree(root, viaGit);
    const viaApply = makeTempDir();
    copyTree(root, viaApply);

    expect(runCli(['check'], viaApply).status).toBe(1);
    const patch = runCli(['diff'], viaGit).stdout;
    const patchFile = join(makeTempDir(), 'change.patch');
    writeFileSync(patchFile, patch);
    git(viaGit, 'apply', patchFile);

    const applied = runCli(['apply'], viaApply);
    expect(applied.status).toBe(0);
    expect(applied.stdout.length).toBe(0);
    expect(applied.stderr).toMatch(/ucma-codemod apply: 2 files changed, 1 unchanged, 0 skipped, 0 failed/);
    for (const path of [
      'ApplicationProvisioning/Application.cs',
      'Legacy Copy/Application.cs',
      'ApplicationProvisioning/ApplicationCache.cs',
    ]) {
      expect(read(viaApply, path).equals(read(viaGit, path))).toBe(true);
    }
    // The skipped copies are untouched.
    for (const path of [
      'ApplicationProvisioning/bin/Debug/Application.cs',
      'ApplicationProvisioning/obj/Application.cs',
      'ignored/Application.cs',
    ]) {
      expect(read(viaApply, path).equals(read(root, path))).toBe(true);
    }
    // What git sees as the change is the tool's own patch.
    expect(gitBytes(viaApply, 'diff', '--full-index', '--no-color', '--no-ext-diff').toString('latin1')).toBe(patch.toString('latin1'));

    expect(runCli(['check'], viaApply).status).toBe(0);
    const again = runCli(['apply'], viaApply);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/0 files changed, 3 unchanged/);
  });

  test('check prints the needed patch and names the files', () => {
    const run = runCli(['check'], root);
    expect(run.status).toBe(1);
    expect(run.stdout.toString('latin1')).toContain('diff --git a/ApplicationProvisioning/Application.cs');
    expect(run.stderr).toContain('ApplicationProvisioning/Application.cs: needs change: provisioner-tls-target');
    expect(run.stderr).toMatch(/2 files need changes/);
  });

  test('-o writes the patch to a file and keeps stdout empty', () => {
    const out = join(makeTempDir(), 'out.patch');
    const run = runCli(['diff', '-o', out], root);
    expect(run.status).toBe(0);
    expect(run.stdout.length).toBe(0);
    expect(readFileSync(out).equals(runCli(['diff'], root).stdout)).toBe(true);
  });

  test('paths limit the run; an explicit file is processed', () => {
    const run = runCli(['diff', 'Legacy Copy/Application.cs'], root);
    expect(run.status).toBe(0);
    expect(run.stdout.toString('latin1').match(/^diff --git /gm)).toHaveLength(1);
  });

  test('--json reports every file with status, edits, diagnostics and totals', () => {
    const run = runCli(['diff', '--json'], root);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout.toString('utf8')) as {
      reportVersion: number;
      command: string;
      files: Array<{ path: string; status: string; edits: Array<{ transform: string; start: { line: number } }>; patch?: string }>;
      totals: Record<string, number>;
      exitCode: number;
    };
    expect(report.reportVersion).toBe(1);
    expect(report.command).toBe('diff');
    expect(report.exitCode).toBe(0);
    expect(report.totals).toMatchObject({ files: 3, changed: 2, unchanged: 1, skipped: 0, failed: 0 });
    const app = report.files.find((f) => f.path === 'ApplicationProvisioning/Application.cs');
    expect(app?.status).toBe('changed');
    expect(app?.edits[0]?.transform).toBe('provisioner-tls-target');
    expect(app?.edits[0]?.start.line).toBe(25);
    expect(app?.patch).toContain('+++ b/ApplicationProvisioning/Application.cs');
  });
});

describe('errors and manual changes', () => {
  test('a bad file makes the run exit 2 after the other files are processed', () => {
    const root = makeTempDir();
    copyFileSync(join(cases, 'documented-original-crlf-bom.input.cs'), join(root, 'Application.cs'));
    writeFileSync(join(root, 'Wide.cs'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('class A {}', 'utf16le')]));
    const run = runCli(['diff', '.', 'missing-dir'], root);
    expect(run.status).toBe(2);
    expect(run.stdout.toString()).toContain('diff --git a/Application.cs b/Application.cs');
    expect(run.stderr).toContain('Wide.cs: error: file is UTF-16 LE (byte order mark found)');
    expect(run.stderr).toContain('missing-dir: error: no such file or directory');
    expect(run.stderr).toMatch(/1 file to change, 0 unchanged, 0 skipped, 2 failed/);
  });

  test('a needed manual change is reported as path:line:col and exits 1', () => {
    const root = makeTempDir();
    copyFileSync(join(cases, 'manual-negated-test.input.cs'), join(root, 'Application.cs'));
    for (const command of ['diff', 'apply', 'check']) {
      const run = runCli([command], root);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/^Application\.cs:25:26: warning: the condition tests TlsTarget for null or empty in a shape other than/m);
    }
  });

  test('a syntax error in GetApplication is refused with exit 2 and the file is not written', () => {
    const root = makeTempDir();
    copyFileSync(join(cases, 'syntax-error-near-the-edit.input.cs'), join(root, 'Application.cs'));
    const run = runCli(['apply'], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Application\.cs:30:\d+: error: Application\.GetApplication has a syntax error here/);
    expect(read(root, 'Application.cs').equals(readFileSync(join(cases, 'syntax-error-near-the-edit.input.cs')))).toBe(true);
  });

  test('colour only when asked or on a terminal; the flag wins over NO_COLOR, FORCE_COLOR colours a pipe', () => {
    const root = makeTempDir();
    copyFileSync(join(cases, 'manual-negated-test.input.cs'), join(root, 'Application.cs'));
    const plain = { NO_COLOR: '', FORCE_COLOR: undefined, TERM: 'xterm' };
    expect(runCli(['check'], root, { env: plain }).stderr).not.toContain('\u001b[');
    expect(runCli(['check', '--color'], root, { env: plain }).stderr).toContain('\u001b[33mwarning');
    // no-color.org: a flag the user gives beats NO_COLOR.
    expect(runCli(['check', '--color'], root, { env: { ...plain, NO_COLOR: '1' } }).stderr).toContain('\u001b[33mwarning');
    expect(runCli(['check'], root, { env: { ...plain, NO_COLOR: '1', FORCE_COLOR: '1' } }).stderr).not.toContain('\u001b[');
    expect(runCli(['check'], root, { env: { ...plain, FORCE_COLOR: '1' } }).stderr).toContain('\u001b[33mwarning');
    expect(runCli(['check', '--no-color'], root, { env: { ...plain, FORCE_COLOR: '1' } }).stderr).not.toContain('\u001b[');
  });
});
