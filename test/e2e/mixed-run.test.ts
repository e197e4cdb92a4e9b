// One run over a checked-out application with .cs, .csproj and App.config together: the bundled
// ApplicationProvisioner sample plus two UCMA 3.0-style projects gives one patch for code and
// project files that git applies to exactly what `apply` writes; mbox gives one commit per
// transform across all files; check, check --staged, warnings and reports cover XML files too.
import { afterAll, describe, expect, test } from '@jest/globals';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanTempDirs, git, initRepo, makeTempDir, runCli } from '../helpers/cli.js';
import { fixturePath } from '../helpers/paths.js';
import { changedPaths, snapshot } from '../helpers/tree.js';
import { sarifValidatorErrors } from '../helpers/sarif.js';

afterAll(cleanTempDirs);

const EXPECTED_CHANGES = [
  'ApplicationProvisioning/Application.cs',
  'ChatArchiver/App.config',
  'ChatArchiver/ChatArchiver.csproj',
  'LocationAnnouncer/App.config',
  'LocationAnnouncer/LocationAnnouncer.csproj',
];

/** The sample tree with two UCMA 3.0-era projects beside it, committed in a fresh repository. */
function mixedTree(): string {
  const root = makeTempDir('ucma-codemod-mixed-');
  cpSync(fixturePath('samples', 'applicationprovisioner'), root, { recursive: true });
  cpSync(fixturePath('projects', 'location-announcer'), join(root, 'LocationAnnouncer'), { recursive: true });
  cpSync(fixturePath('projects', 'chat-archiver'), join(root, 'ChatArchiver'), { recursive: true });
  initRepo(root);
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'sample');
  return root;
}

const patchedFiles = (patch: string) => [...patch.matchAll(/^diff --git a\/(.*) b\//gm)].map((m) => m[1]).sort();

describe('a mixed tree of code and project files', () => {
  test('diff gives one patch for code and project files; git apply of it equals apply; check is then clean', () => {
    const viaGit = mixedTree();
    const viaApply = mixedTree();
    const diff = runCli(['diff'], viaGit);
    expect(diff.status).toBe(0);
    const patch = diff.stdout.toString('latin1');
    expect(patchedFiles(patch)).toEqual(EXPECTED_CHANGES);
    // The sample's own projects do not reference UCMA: they are read and left alone.
    expect(diff.stderr).toMatch(/5 files to change, 19 unchanged, 0 skipped, 0 failed/);
    const patchFile = join(makeTempDir(), 'mixed.patch');
    writeFileSync(patchFile, diff.stdout);
    git(viaGit, 'apply', patchFile);

    const apply = runCli(['apply'], viaApply);
    expect(apply.status).toBe(0);
    expect(changedPaths(snapshot(viaGit), snapshot(viaApply))).toEqual([]);
    // git sees exactly the tool's patch.
    expect(git(viaApply, 'diff', '--full-index')).toBe(diff.stdout.toString('utf8'));
    // BOM and CRLF of the project files are kept.
    const project = readFileSync(join(viaApply, 'LocationAnnouncer', 'LocationAnnouncer.csproj'));
    expect(project.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
    expect(project.toString('latin1')).not.toMatch(/[^\r]\n/);

    const check = runCli(['check'], viaApply);
    expect({ status: check.status, stdout: check.stdout.toString() }).toEqual({ status: 0, stdout: '' });
  });

  test('--format mbox gives one commit per transform across code and project files', () => {
    const root = mixedTree();
    const mbox = runCli(['diff', '--format', 'mbox'], root, { env: { SOURCE_DATE_EPOCH: '1700000000' } });
    expect(mbox.status).toBe(0);
    const subjects = [...mbox.stdout.toString('utf8').matchAll(/^Subject: \[PATCH (\d+)\/(\d+)\] (.*)$/gm)].map((m) => m[3]);
    expect(subjects).toEqual([
      'ApplicationProvisioner: an entry whose TlsTarget is its own FQDN starts a pool',
      'UCMA 4.0 projects reference Microsoft.Rtc.Collaboration 5.0.0.0',
      'UCMA 4.0 projects target .NET Framework 4.5 (full profile)',
      'UCMA 4.0 executables run 64-bit in every configuration',
      'UCMA 4.0 applications start on .NET Framework 4.5',
    ]);
    const text = mbox.stdout.toString('utf8').replace(/\s+/g, ' ');
    expect(text).toContain('UCMA 4.0 SDK software and hardware requirements');
    expect(text).toContain('UCMA 4.0 Runtime');
    const file = join(makeTempDir(), 'changes.mbox');
    writeFileSync(file, mbox.stdout);
    git(root, 'am', '-q', '--keep-cr', file);
    const applied = mixedTree();
    expect(runCli(['apply'], applied).status).toBe(0);
    expect(changedPaths(snapshot(root), snapshot(applied)).filter((path) => !path.startsWith('.git/'))).toEqual([]);
  });

  test('json and sarif name the documents for project-file changes; the SARIF passes the GitHub rules', () => {
    const root = mixedTree();
    const json = runCli(['diff', '--format', 'json'], root);
    const sarif = runCli(['diff', '--format', 'sarif'], root);
    const log = join(makeTempDir(), 'mixed.sarif');
    writeFileSync(log, sarif.stdout);
    expect(sarifValidatorErrors(log)).toEqual([]);
    for (const output of [json.stdout.toString(), sarif.stdout.toString()]) {
      expect(output).toContain('UCMA 4.0 SDK software and hardware requirements');
      expect(output).toContain('UCMA 4.0 Runtime');
      expect(output).toContain('LocationAnnouncer/LocationAnnouncer.csproj');
    }
  });

  test('a remaining warning (Microsoft.Speech 10.2) makes diff and apply exit 1, on the element', () => {
    const root = mixedTree();
    const path = join(root, 'LocationAnnouncer', 'LocationAnnouncer.csproj');
    const text = readFileSync(path, 'utf8');
    const speech =
      '    <Reference Include="Microsoft.Speech, Version=10.2.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35, processorArchitecture=MSIL">\r\n' +
      '      <SpecificVersion>False</SpecificVersion>\r\n    </Reference>\r\n';
    writeFileSync(path, text.replace('    <Reference Include="System" />', `${speech}    <Reference Include="System" />`));
    const line =
      readFileSync(path, 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('Microsoft.Speech')) + 1;
    const diff = runCli(['diff'], root);
    expect(diff.status).toBe(1);
    expect(diff.stderr).toContain(`LocationAnnouncer/LocationAnnouncer.csproj:${line}:5: warning`);
    expect(runCli(['apply'], root).status).toBe(1);
  });

  test('check --staged judges a staged project file', () => {
    const root = mixedTree();
    expect(runCli(['apply'], root).status).toBe(0);
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'upgraded');
    expect(runCli(['check', '--staged'], root).status).toBe(0);
    const path = join(root, 'ChatArchiver', 'ChatArchiver.csproj');
    writeFileSync(path, readFileSync(path, 'utf8').replace('<TargetFrameworkVersion>v4.5<', '<TargetFrameworkVersion>v4.0<'));
    git(root, 'add', 'ChatArchiver/ChatArchiver.csproj');
    const staged = runCli(['check', '--staged'], root);
    expect(staged.status).toBe(1);
    expect(patchedFiles(staged.stdout.toString())).toEqual(['ChatArchiver/ChatArchiver.csproj']);
  });

  test('review writes an accepted subset of an XML file\'s changes through the XML guards, and "a" gives apply\'s bytes', () => {
    const project = () => {
      const root = makeTempDir('ucma-codemod-review-');
      cpSync(fixturePath('projects', 'location-announcer'), root, { recursive: true });
      return root;
    };
    const applied = project();
    expect(runCli(['apply'], applied).status).toBe(0);
    const all = project();
    expect(runCli(['review'], all, { input: 'a\n' }).status).toBe(0);
    expect(changedPaths(snapshot(all), snapshot(applied))).toEqual([]);

    // Files come in path order: App.config first. Its first hunk holds both edits of the
    // supportedRuntime line (the version value and the sku); `s` splits it, and the first part is
    // the CLR 2 version value alone.
    const partial = project();
    const run = runCli(['review'], partial, { input: 's\ny\nq\n' });
    expect(run.stdout.toString()).toContain('Split into 2 changes.');
    expect(run.stdout.toString()).toContain('[1/');
    const config = readFileSync(fixturePath('projects', 'location-announcer', 'App.config'), 'latin1');
    expect(readFileSync(join(partial, 'App.config'), 'latin1')).toBe(config.replace('version="v2.0.50727"', 'version="v4.0"'));
    expect(
      readFileSync(join(partial, 'LocationAnnouncer.csproj')).equals(
        readFileSync(fixturePath('projects', 'location-announcer', 'LocationAnnouncer.csproj')),
      ),
    ).toBe(true);
  });
});
