// xbuild as the referee for the project-file transforms: each fixture project is built before and
// after `apply`; afterwards every configuration targets .NET Framework 4.5, references UCMA 4.0's
// Microsoft.Rtc.Collaboration 5.0.0.0, and every executable runs 64-bit by its PE header and by
// MSBuild's Prefer32Bit rule. `git apply` of `diff` must give the same bytes as `apply`.
import { afterAll, beforeAll, describe, expect } from '@jest/globals';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cleanTempDirs, git, makeTempDir, runCli } from '../helpers/cli.js';
import { msbuildPlatformTarget, msbuildPrefers32BitProcess } from '../helpers/msbuild-rules.js';
import { fixturePath } from '../helpers/paths.js';
import { readManagedPe, runsAs64Bit } from '../helpers/pe-header.js';
import { assemblyFacts, evaluateConfiguration, prepareStubTree, testWithXbuild, xbuild } from '../helpers/project-build.js';

interface FixtureProject {
  readonly folder: string;
  readonly file: string;
  readonly executable: boolean;
  readonly configurations: ReadonlyArray<readonly [string, string]>;
  /** What the project targets before apply. */
  readonly frameworkBefore: string;
}

const PROJECTS: readonly FixtureProject[] = [
  {
    folder: 'location-announcer',
    file: 'LocationAnnouncer.csproj',
    executable: true,
    frameworkBefore: 'v3.5',
    configurations: [
      ['Debug', 'AnyCPU'],
      ['Release', 'AnyCPU'],
    ],
  },
  {
    folder: 'chat-archiver',
    file: 'ChatArchiver.csproj',
    executable: true,
    frameworkBefore: 'v4.0',
    configurations: [
      ['Debug', 'x86'],
      ['Release', 'x86'],
    ],
  },
  {
    folder: 'transcript-bot',
    file: 'TranscriptBot.csproj',
    executable: true,
    frameworkBefore: 'v4.5',
    configurations: [
      ['Debug', 'AnyCPU'],
      ['Release', 'AnyCPU'],
    ],
  },
  {
    folder: 'ucma-helpers',
    file: 'UcmaHelpers.csproj',
    executable: false,
    frameworkBefore: 'v4.0',
    configurations: [
      ['Debug', 'AnyCPU'],
      ['Release', 'AnyCPU'],
    ],
  },
];

const xbuildTest = testWithXbuild();
let root = '';
let factsTool = '';

/** A copy of every fixture project under `<root>/<name>/<folder>`, two levels below Program Files as the HintPaths expect. */
function copyProjects(name: string): string {
  const tree = join(root, name);
  for (const project of PROJECTS) cpSync(fixturePath('projects', project.folder), join(tree, project.folder), { recursive: true });
  return tree;
}

function filesUnder(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'bin' && entry.name !== 'obj') walk(path);
      } else found.push(relative(dir, path));
    }
  };
  walk(dir);
  return found.sort();
}

function isAtLeast45(version: string): boolean {
  const match = /^v(\d+)\.(\d+)/.exec(version);
  return match !== null && (Number(match[1]) > 4 || (Number(match[1]) === 4 && Number(match[2]) >= 5));
}

beforeAll(() => {
  root = makeTempDir('ucma-codemod-xbuild-');
  mkdirSync(join(root, 'src'));
  ({ factsTool } = prepareStubTree(root));
}, 600000);

afterAll(cleanTempDirs);

describe('fixture projects under xbuild', () => {
  xbuildTest('before apply: they load and build, and the referee sees the 32-bit configurations', () => {
    const tree = copyProjects('before');
    const thirtyTwoBit: string[] = [];
    for (const project of PROJECTS) {
      const dir = join(tree, project.folder);
      for (const [configuration, platform] of project.configurations) {
        const evaluated = evaluateConfiguration(dir, project.file, configuration, platform);
        const built = xbuild(dir, project.file, configuration, platform);
        const where = `${project.folder} ${configuration}|${platform}`;
        expect({ where, version: evaluated.TargetFrameworkVersion }).toEqual({ where, version: project.frameworkBefore });
        expect({ where, status: built.status, errors: built.errors }).toEqual({ where, status: 0, errors: [] });
        expect({ where, ucma: assemblyFacts(factsTool, evaluated.TargetPath).references.get('Microsoft.Rtc.Collaboration') }).toEqual({
          where,
          ucma: project.folder === 'transcript-bot' ? '5.0.0.0' : '4.0.0.0',
        });
        if (project.executable && !runsAs64Bit(readManagedPe(evaluated.TargetPath), msbuildPrefers32BitProcess(evaluated)))
          thirtyTwoBit.push(where);
      }
    }
    // The x86 configurations, and Release with Prefer32Bit true: the check after apply can fail.
    expect(thirtyTwoBit).toEqual([
      'location-announcer Debug|AnyCPU',
      'chat-archiver Debug|x86',
      'chat-archiver Release|x86',
      'transcript-bot Release|AnyCPU',
    ]);
  });

  xbuildTest('git apply of diff gives the same bytes as apply', () => {
    const applied = copyProjects('applied');
    const patched = copyProjects('patched');
    const diff = runCli(['diff', '.'], applied);
    expect(diff.stderr).not.toMatch(/error/);
    expect(diff.stdout.length).toBeGreaterThan(0);
    const patchFile = join(root, 'projects.patch');
    writeFileSync(patchFile, diff.stdout);
    git(patched, 'apply', '--unsafe-paths', patchFile);
    const apply = runCli(['apply', '.'], applied);
    expect({ status: apply.status, stderr: apply.stderr }).toMatchObject({ status: 0 });
    const names = filesUnder(applied);
    expect(filesUnder(patched)).toEqual(names);
    const differing = names.filter((name) => !readFileSync(join(applied, name)).equals(readFileSync(join(patched, name))));
    expect(differing).toEqual([]);
    // Every project and config file was changed.
    const changed = names.filter((name) => !readFileSync(join(applied, name)).equals(readFileSync(fixturePath('projects', name))));
    expect(changed).toEqual([
      'chat-archiver/App.config',
      'chat-archiver/ChatArchiver.csproj',
      'location-announcer/App.config',
      'location-announcer/LocationAnnouncer.csproj',
      'transcript-bot/TranscriptBot.csproj',
      'ucma-helpers/UcmaHelpers.csproj',
    ]);
  });

  xbuildTest('after apply: every configuration builds for .NET 4.5 against UCMA 4.0, and every executable is 64-bit', () => {
    const tree = copyProjects('after');
    const apply = runCli(['apply', '.'], tree);
    expect(apply.status).toBe(0);
    const check = runCli(['check', '.'], tree);
    expect({ status: check.status, stdout: check.stdout.toString() }).toEqual({ status: 0, stdout: '' });
    for (const project of PROJECTS) {
      const dir = join(tree, project.folder);
      for (const [configuration, platform] of project.configurations) {
        const where = `${project.folder} ${configuration}|${platform}`;
        const evaluated = evaluateConfiguration(dir, project.file, configuration, platform);
        expect({ where, targets45: isAtLeast45(evaluated.TargetFrameworkVersion) }).toEqual({ where, targets45: true });
        const built = xbuild(dir, project.file, configuration, platform);
        expect({ where, status: built.status, errors: built.errors }).toEqual({ where, status: 0, errors: [] });
        const facts = assemblyFacts(factsTool, evaluated.TargetPath);
        expect({ where, ucma: facts.references.get('Microsoft.Rtc.Collaboration'), framework: facts.targetFramework }).toEqual({
          where,
          ucma: '5.0.0.0',
          framework: '.NETFramework,Version=v4.5',
        });
        if (!project.executable) continue;
        const pe = readManagedPe(evaluated.TargetPath);
        const prefer32 = msbuildPrefers32BitProcess(evaluated);
        const platformTarget = msbuildPlatformTarget(evaluated).toLowerCase();
        expect({ where, platformTarget, prefer32, runs64: runsAs64Bit(pe, prefer32) }).toEqual({
          where,
          platformTarget: pe.machine === 0x8664 ? 'x64' : 'anycpu',
          prefer32: false,
          runs64: true,
        });
      }
    }
  });
});
