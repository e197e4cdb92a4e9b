// Outputs a checkout or a full disk can turn against the user (-o and --output-dir through links,
// stdout on a full disk) and inputs that must never pass for "nothing to do" (a FIFO named
// Application.cs, project files that are not well-formed XML).
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { binPath, cleanTempDirs, makeTempDir, runCli } from '../helpers/cli.js';
import { fixturePath } from '../helpers/paths.js';
import { copySample } from '../helpers/tree.js';

afterAll(cleanTempDirs);

const APP = 'ApplicationProvisioning/Application.cs';
const noStack = (stderr: string) => expect(stderr).not.toMatch(/internal error|\n\s+at /);

describe('-o and --output-dir never write through a link', () => {
  test('-o naming a link to a file outside the tree: refused, the outside file untouched', () => {
    const outside = makeTempDir();
    writeFileSync(join(outside, 'victim'), 'precious\n');
    const root = copySample('applicationprovisioner');
    symlinkSync(join(outside, 'victim'), join(root, 'report.patch'));
    const run = runCli(['diff', '-o', 'report.patch'], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('report.patch is a symbolic link; -o never writes through a link');
    noStack(run.stderr);
    expect(readFileSync(join(outside, 'victim'), 'utf8')).toBe('precious\n');
  });

  test('-o into a linked folder, --output-dir that is a link, and a linked part file: refused, nothing written outside', () => {
    const outside = makeTempDir();
    writeFileSync(join(outside, '0001-provisioner-tls-target.patch'), 'precious\n');
    const root = copySample('applicationprovisioner');
    symlinkSync(outside, join(root, 'out'));
    const viaFolder = runCli(['diff', '-o', 'out/report.patch'], root);
    expect(viaFolder.status).toBe(2);
    expect(viaFolder.stderr).toMatch(/out\/report\.patch cannot be written: .*out is a symbolic link; it is never followed/);
    const dir = runCli(['diff', '--format', 'mbox', '--output-dir', 'out'], root);
    expect(dir.status).toBe(2);
    expect(dir.stderr).toContain('out is a symbolic link; --output-dir never writes through a link');
    mkdirSync(join(root, 'patches'));
    symlinkSync(join(outside, '0001-provisioner-tls-target.patch'), join(root, 'patches', '0001-provisioner-tls-target.patch'));
    const part = runCli(['diff', '--format', 'mbox', '--output-dir', 'patches'], root);
    expect(part.status).toBe(2);
    expect(part.stderr).toContain('patches/0001-provisioner-tls-target.patch is a symbolic link; a report is never written through a link');
    for (const run of [viaFolder, dir, part]) noStack(run.stderr);
    expect(readFileSync(join(outside, '0001-provisioner-tls-target.patch'), 'utf8')).toBe('precious\n');
    expect(spawnSync('ls', ['-A', outside], { encoding: 'utf8' }).stdout).toBe('0001-provisioner-tls-target.patch\n');
  });
});

describe('stdout on a full disk', () => {
  /** Runs the CLI with stdout on /dev/full. */
  function intoFullDisk(args: string[], cwd: string): { status: number | null; stderr: string } {
    const full = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, [binPath, ...args], {
        cwd,
        stdio: ['ignore', full, 'pipe'],
        env: { ...process.env, NO_COLOR: '1' },
      });
      return { status: result.status, stderr: result.stderr.toString('utf8') };
    } finally {
      closeSync(full);
    }
  }

  test('apply -l: exit 2, no abort, and the files written are named (each patched, the rest untouched)', () => {
    const root = makeTempDir();
    const original = readFileSync(fixturePath('samples', 'applicationprovisioner', APP));
    for (let i = 0; i < 30; i++) {
      mkdirSync(join(root, `c${i}`));
      writeFileSync(join(root, `c${i}`, 'Application.cs'), original);
    }
    const run = intoFullDisk(['apply', '-l'], root);
    expect(run.status).toBe(2);
    noStack(run.stderr);
    expect(run.stderr).toContain('cannot write the output to stdout: no space left on the device; the run was stopped');
    const written = new Set([...run.stderr.matchAll(/^ {2}(c\d+\/Application\.cs)$/gm)].map((m) => m[1]));
    expect(written.size).toBeLessThan(30);
    for (let i = 0; i < 30; i++) {
      const path = `c${i}/Application.cs`;
      expect(readFileSync(join(root, path)).equals(original)).toBe(!written.has(path));
    }
  });

  test.each([[['diff']], [['check']], [['list']]])('%s: exit 2 with one line, not a stack trace or "needs change"', (args) => {
    const run = intoFullDisk(args, copySample('applicationprovisioner'));
    expect(run.status).toBe(2);
    noStack(run.stderr);
    expect(run.stderr).toContain('ucma-codemod: cannot write the output to stdout: no space left on the device');
  });
});

describe('no silent all-clear', () => {
  test('a FIFO named Application.cs on a walk, or matched by a glob, is skipped by name, with a warning', () => {
    const root = copySample('applicationprovisioner');
    mkdirSync(join(root, 'pipes'));
    expect(spawnSync('mkfifo', [join(root, 'pipes', 'Application.cs')]).status).toBe(0);
    for (const args of [
      ['check', 'pipes'],
      ['check', 'pipes/**/*.cs'],
    ]) {
      const run = runCli(args, root);
      expect(run.stderr).toMatch(
        /pipes\/Application\.cs:1:1: warning: passed over \(a FIFO \(named pipe\), not a regular file; not read\)/,
      );
      expect(run.stderr).toContain('1 skipped');
      expect(run.status).toBe(1);
    }
  });

  test.each([
    [
      'not XML at all',
      'Microsoft.Rtc.Collaboration is referenced here, honestly\n',
      /Broken\.csproj:1:1: error: the file is not well-formed XML/,
    ],
    [
      'cut short',
      '<Project>\n  <ItemGroup>\n    <Reference Include="Microsoft.Rtc.Collaboration">\n',
      /Broken\.csproj:4:1: error: the file is not well-formed XML \(its elements do not all close/,
    ],
    [
      'nested past the parser',
      `<Project>${'<a>'.repeat(800)}${'</a>'.repeat(800)}</Project>\n`,
      /Broken\.csproj:\d+:\d+: error: the file is not well-formed XML/,
    ],
  ])('a project file %s: exit 2 naming the file and place', (_name, text, message) => {
    const root = makeTempDir();
    writeFileSync(join(root, 'Broken.csproj'), text);
    const run = runCli(['check'], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
