// The surfaces that came with `report`, `plan`, `--format msbuild` and every run's reading of the
// project hold what the rest of the tool holds on a hostile tree: a report file (`-o`, a new plan
// file) is never written through a link and replaces the old file whole (a rename, never an
// in-place rewrite); the plan file and the config are read as settings files (no link, no FIFO);
// project files and the report's re-read files are never read through a linked folder; a full
// stdout is exit 2 with one line.
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { ProjectFinder, withProjectPeers } from '../../src/inputs/project-peers.js';
import { diskInput } from '../../src/inputs/source-input.js';
import { gatherSurveyInput } from '../../src/migration/survey-input.js';
import { fileResult } from '../../src/run/run-result.js';
import { binPath, cleanTempDirs, makeTempDir, runCli } from '../helpers/cli.js';
import { copySample } from '../helpers/tree.js';

afterAll(cleanTempDirs);

const noStack = (stderr: string) => expect(stderr).not.toMatch(/internal error|\n\s+at /);
const PLAN = 'ucma-migration-plan.json';

/** Names in `folder` that look like a temp file or lock of a write. */
const leftovers = (folder: string) => readdirSync(folder).filter((name) => name.includes('.ucma-codemod'));

describe('report files: never through a link, replaced whole', () => {
  test.each([[['report', '-o', 'out.html']], [['plan', '-o', 'out.html']], [['check', '--format', 'msbuild', '-o', 'out.html']]])(
    '%j with out.html a link to a file outside the tree: exit 2, the outside file untouched',
    (args) => {
      const outside = makeTempDir();
      writeFileSync(join(outside, 'victim'), 'precious\n');
      const root = copySample('applicationprovisioner');
      symlinkSync(join(outside, 'victim'), join(root, 'out.html'));
      const run = runCli(args, root);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('out.html is a symbolic link; -o never writes through a link');
      noStack(run.stderr);
      expect(readFileSync(join(outside, 'victim'), 'utf8')).toBe('precious\n');
      expect(readdirSync(outside)).toEqual(['victim']);
    },
  );

  test('report -o over an old report: a new file renamed into place (a hard link keeps the old bytes), its mode kept, no temp file left', () => {
    const root = copySample('applicationprovisioner');
    const target = join(root, 'migration.html');
    writeFileSync(target, 'old report\n');
    chmodSync(target, 0o640);
    // A rename replaces the name; an in-place rewrite would change what the other link sees too.
    linkSync(target, join(root, 'old.html'));
    const run = runCli(['report', '-o', 'migration.html'], root);
    expect(run.status === 0 || run.status === 1).toBe(true);
    noStack(run.stderr);
    expect(readFileSync(target, 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    expect(readFileSync(join(root, 'old.html'), 'utf8')).toBe('old report\n');
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect(leftovers(root)).toEqual([]);
  });

  test('a failing write (-o /dev/full) leaves no temp file and says so in one line', () => {
    const root = copySample('applicationprovisioner');
    const run = runCli(['report', '-o', '/dev/full'], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('ucma-codemod: /dev/full cannot write the report: no space left on the device');
    noStack(run.stderr);
    expect(leftovers(root)).toEqual([]);
  });
});

describe('the plan file', () => {
  test('plan --save writes a new plan file whole, and replaces it on --done; no temp file or lock is left', () => {
    const root = copySample('applicationprovisioner');
    const saved = runCli(['plan', '--save'], root);
    expect(saved.status === 0 || saved.status === 1).toBe(true);
    noStack(saved.stderr);
    const first = JSON.parse(readFileSync(join(root, PLAN), 'utf8')) as { steps: Record<string, string> };
    const step = Object.keys(first.steps)[0]!;
    expect(first.steps[step]).toBe('open');
    const done = runCli(['plan', '--done', step], root);
    expect(done.status === 0 || done.status === 1).toBe(true);
    expect((JSON.parse(readFileSync(join(root, PLAN), 'utf8')) as { steps: Record<string, string> }).steps[step]).toBe('done');
    expect(leftovers(root)).toEqual([]);
  });

  test.each([
    ['a link to a file outside the tree', (root: string, outside: string) => symlinkSync(join(outside, 'victim'), join(root, PLAN))],
    ['a FIFO', (root: string) => expect(spawnSync('mkfifo', [join(root, PLAN)]).status).toBe(0)],
  ])('a plan file that is %s: plan and report stop with exit 2 naming it, nothing read or written outside', (_kind, plant) => {
    const outside = makeTempDir();
    writeFileSync(join(outside, 'victim'), '{ "steps": {} }\n');
    const root = copySample('applicationprovisioner');
    plant(root, outside);
    for (const args of [['plan'], ['report', '-o', 'r.html'], ['plan', '--save']]) {
      const run = runCli(args, root);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/ucma-migration-plan\.json: (is a symbolic link; settings are never read through a link|is a FIFO)/);
      noStack(run.stderr);
    }
    expect(readFileSync(join(outside, 'victim'), 'utf8')).toBe('{ "steps": {} }\n');
  });
});

describe('stdout on a full disk', () => {
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

  test.each([[['report']], [['plan']], [['check', '--format', 'msbuild']], [['diff', '--format', 'msbuild']]])(
    '%j: exit 2 with one line, not a stack trace',
    (args) => {
      const run = intoFullDisk(args, copySample('applicationprovisioner'));
      expect(run.status).toBe(2);
      noStack(run.stderr);
      expect(run.stderr).toContain('ucma-codemod: cannot write the output to stdout: no space left on the device');
    },
  );
});

describe('project files and the files a report reads again', () => {
  /** A project whose Compile item leads through a linked folder to a file outside the tree. */
  function projectWithLinkedPeer(): { root: string; outside: string } {
    const root = makeTempDir();
    const outside = makeTempDir();
    writeFileSync(join(outside, 'Secret.cs'), 'class Secret { }\n');
    mkdirSync(join(root, 'App'));
    writeFileSync(
      join(root, 'App', 'App.csproj'),
      '<Project>\n  <ItemGroup>\n    <Compile Include="Program.cs" />\n    <Compile Include="Linked\\Secret.cs" />\n  </ItemGroup>\n</Project>\n',
    );
    writeFileSync(join(root, 'App', 'Program.cs'), 'class Program { }\n');
    symlinkSync(outside, join(root, 'App', 'Linked'));
    return { root, outside };
  }

  test('a peer named by a Compile item through a linked folder is never read', async () => {
    const { root } = projectWithLinkedPeer();
    const [program] = await withProjectPeers([diskInput(join(root, 'App/Program.cs'), 'App/Program.cs', root)], {
      cwd: root,
      ignore: undefined,
    });
    const peer = program!.projectPeers!.find((p) => p.displayPath === 'App/Linked/Secret.cs');
    expect(peer).toBeDefined();
    await expect(peer!.read(1024 * 1024)).rejects.toMatchObject({ code: 'ELINKONPATH' });
  });

  test('a project file over the size limit is not read for its Compile items: the project compiles its folder', async () => {
    const root = makeTempDir();
    mkdirSync(join(root, 'App'));
    const items = '<Compile Include="A.cs" />\n';
    writeFileSync(join(root, 'App', 'App.csproj'), `<Project><ItemGroup>${items}${' '.repeat(5 * 1024 * 1024)}</ItemGroup></Project>\n`);
    writeFileSync(join(root, 'App', 'A.cs'), 'class A { }\n');
    const finder = new ProjectFinder(root);
    expect(await finder.filesOf(join(root, 'App'))).toEqual({ folder: join(root, 'App'), files: 'folder' });
    writeFileSync(join(root, 'App', 'App.csproj'), `<Project><ItemGroup>${items}</ItemGroup></Project>\n`);
    expect(await new ProjectFinder(root).filesOf(join(root, 'App'))).toEqual({
      folder: join(root, 'App'),
      files: [join(root, 'App', 'A.cs')],
    });
  });

  test('the report reads a project file again only below the run folder without links', async () => {
    const root = makeTempDir();
    const outside = makeTempDir();
    const project = '<Project><ItemGroup><Reference Include="Microsoft.Rtc.Collaboration" /></ItemGroup></Project>\n';
    writeFileSync(join(outside, 'Far.csproj'), project);
    symlinkSync(outside, join(root, 'Linked'));
    mkdirSync(join(root, 'Real'));
    writeFileSync(join(root, 'Real', 'Near.csproj'), project);
    const result = {
      files: [
        fileResult({ path: 'Linked/Far.csproj', absolutePath: join(root, 'Linked', 'Far.csproj'), status: 'unchanged' }),
        fileResult({ path: 'Real/Near.csproj', absolutePath: join(root, 'Real', 'Near.csproj'), status: 'unchanged' }),
      ],
      removedTempFiles: [],
    };
    const survey = await gatherSurveyInput(result, root, 1024 * 1024);
    expect(survey.projectFiles.map((file) => file.path)).toEqual(['Real/Near.csproj']);
  });
});
