// `ucma-codemod new <id>`: in a copy of this repository (registers a built-in transform) and in a
// user's project (a stand-alone transform on the public API); the generated tests run unchanged.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanTempDirs, copyTree, git, initRepo, makeTempDir, runCli } from '../helpers/cli.js';
import { repoRoot } from '../helpers/paths.js';
import { snapshot as snapshotOf } from '../helpers/tree.js';

afterAll(cleanTempDirs);

const nodeModules = join(repoRoot, 'node_modules');
const jestBin = join(nodeModules, 'jest', 'bin', 'jest.js');
const tscBin = join(nodeModules, 'typescript', 'bin', 'tsc');

/** Every file under `root` (path to bytes), not following symbolic links (node_modules). */
const snapshot = (root: string) => snapshotOf(root, { symlinks: 'marker' });

/** Runs a node script in `cwd`; output with colour off. */
function runNode(args: readonly string[], cwd: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, args, {
    cwd,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** What jest's JSON report says of a run (never its human output, which varies with load). */
interface JestRun {
  readonly status: number | null;
  readonly output: string;
  readonly report: { numFailedTests: number; numPassedTests: number; testResults: { name: string; status: string }[] } | undefined;
}

/** Runs jest (ESM, as the repository does) on one test file in `cwd`, with a JSON report. */
function runJest(cwd: string, testFile: string): JestRun {
  const reportFile = join(makeTempDir(), 'jest-report.json');
  const run = runNode(['--experimental-vm-modules', jestBin, '--ci', '--json', '--outputFile', reportFile, testFile], cwd);
  return { ...run, report: existsSync(reportFile) ? (JSON.parse(readFileSync(reportFile, 'utf8')) as JestRun['report']) : undefined };
}

/** The generated test ran, every one of its tests passed, and jest exited 0. */
function expectPassed(jest: JestRun, testFile: string): void {
  expect(jest.report).toBeDefined();
  expect(jest.report!.testResults.map((result) => [result.name.endsWith(testFile), result.status])).toEqual([[true, 'passed']]);
  expect(jest.report!.numFailedTests).toBe(0);
  expect(jest.report!.numPassedTests).toBeGreaterThan(0);
  expect(jest.status).toBe(0);
}

/** A copy of the parts of this repository that `new` and the generated test need; node_modules linked. */
function copyRepository(): string {
  const copy = makeTempDir('ucma-codemod-repo-copy-');
  for (const path of [
    'package.json',
    'tsconfig.json',
    'jest.config.js',
    'src',
    'transforms',
    join('test', 'helpers'),
    join('fixtures', 'transforms'),
  ]) {
    cpSync(join(repoRoot, path), join(copy, path), { recursive: true });
  }
  symlinkSync(nodeModules, join(copy, 'node_modules'), 'dir');
  return copy;
}

const ID = 'rename-allowed-domains';
const CREATED_IN_REPOSITORY = [
  `transforms/${ID}.ts`,
  `fixtures/transforms/${ID}/rename-member.input.cs`,
  `fixtures/transforms/${ID}/rename-member.output.cs`,
  `test/transforms/${ID}.test.ts`,
  `docs/transforms/${ID}.md`,
];

/** The text between `builtInTransforms ... = [` and `]`, split into names. */
function registryList(text: string): string[] {
  const match = /builtInTransforms\b[^=]*=\s*\[([^\]]*)\]/.exec(text);
  if (!match) throw new Error(`no builtInTransforms list in:\n${text}`);
  return match[1]!
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

describe('new <id> in this repository', () => {
  let copy: string;
  let registryBefore: string;
  let run: ReturnType<typeof runCli>;

  beforeAll(() => {
    copy = copyRepository();
    registryBefore = readFileSync(join(copy, 'transforms', 'index.ts'), 'utf8');
    // The repository's own binary, run in the copy: the mode is decided by the working directory.
    run = runCli(['new', ID], copy);
  });

  test('creates the transform, a fixture pair and a test, and says so', () => {
    expect(run.status).toBe(0);
    expect(run.stdout.length).toBe(0);
    expect(run.stderr).toBe(
      [
        ...CREATED_IN_REPOSITORY.map((path) => `created ${path}`),
        `registered ${ID} in transforms/index.ts`,
        '',
        `Next: edit transforms/${ID}.ts and its fixtures, then run npm test.`,
        '',
      ].join('\n'),
    );
    for (const path of CREATED_IN_REPOSITORY) expect(existsSync(join(copy, path))).toBe(true);

    const transform = readFileSync(join(copy, 'transforms', `${ID}.ts`), 'utf8');
    expect(transform).toContain("from '../src/index.js';");
    expect(transform).toContain(`id: '${ID}',`);
    expect(transform).toContain("kind: 'fix',");

    const input = readFileSync(join(copy, 'fixtures', 'transforms', ID, 'rename-member.input.cs'), 'utf8');
    const output = readFileSync(join(copy, 'fixtures', 'transforms', ID, 'rename-member.output.cs'), 'utf8');
    expect(input).toContain('settings.AllowedDomains = domains;');
    expect(input).toMatch(/\/\/ AllowedDomains in a comment/);
    expect(output).toBe(input.replace('settings.AllowedDomains', 'settings.TrustedDomains'));

    const testFile = readFileSync(join(copy, 'test', 'transforms', `${ID}.test.ts`), 'utf8');
    expect(testFile).toContain("import { defineTransformTests } from '../../src/testing/index.js';");
    expect(testFile).toContain(`import transform from '../../transforms/${ID}.js';`);
    expect(testFile).toContain(`defineTransformTests(transform, fixturePath('transforms', '${ID}'));`);
  });

  test('registers the transform in transforms/index.ts: one import, appended to builtInTransforms, nothing else changed', () => {
    const registry = readFileSync(join(copy, 'transforms', 'index.ts'), 'utf8');
    const importLine = /^import renameAllowedDomains from (['"])\.\/rename-allowed-domains\.js\1;\n/m;
    expect(registry).toMatch(importLine);
    expect(registryList(registry)).toEqual([...registryList(registryBefore), 'renameAllowedDomains']);
    // Without the new import and the new list entry, the file is what it was.
    const undone = registry.replace(importLine, '').replace(/,\s*renameAllowedDomains(?=\s*\])|\n\s*renameAllowedDomains,(?=\n)/, '');
    expect(undone).toBe(registryBefore);
  });

  test("the registry edit keeps the file's style: single quotes, after the existing imports", () => {
    const registry = readFileSync(join(copy, 'transforms', 'index.ts'), 'utf8');
    const imports = registry.split('\n').filter((line) => line.startsWith('import '));
    expect(imports[imports.length - 1]).toBe("import renameAllowedDomains from './rename-allowed-domains.js';");
  });

  test('the edited repository type-checks (tsc -p tsconfig.json, strict)', () => {
    const tsc = runNode([tscBin, '-p', 'tsconfig.json', '--noEmit'], copy);
    expect(tsc.output).toBe('');
    expect(tsc.status).toBe(0);
  });

  test('the generated test passes unchanged with jest', () => {
    expectPassed(runJest(copy, `test/transforms/${ID}.test.ts`), `test/transforms/${ID}.test.ts`);
  });

  test('a second new with the same id is refused and changes nothing', () => {
    const before = snapshot(copy);
    const again = runCli(['new', ID], copy);
    expect(again.status).toBe(2);
    expect(again.stdout.length).toBe(0);
    expect(again.stderr).toBe(
      `ucma-codemod: transform "${ID}" already exists: ${CREATED_IN_REPOSITORY.join(', ')}, transforms/index.ts (already imports ./${ID}.js); choose another id\n`,
    );
    expect(snapshot(copy)).toEqual(before);
  });

  test('an id the registry already imports is refused even when its files are gone', () => {
    const other = copyRepository();
    expect(runCli(['new', ID], other).status).toBe(0);
    for (const path of CREATED_IN_REPOSITORY) rmSync(join(other, path));
    const before = snapshot(other);
    const again = runCli(['new', ID], other);
    expect(again.status).toBe(2);
    expect(again.stderr).toBe(
      `ucma-codemod: transform "${ID}" already exists: transforms/index.ts (already imports ./${ID}.js); choose another id\n`,
    );
    expect(snapshot(other)).toEqual(before);
  });

  test.each(['Bad_Name', '1abc', '../x', 'trailing-', 'two--hyphens', 'UPPER'])('invalid id %j is refused and creates nothing', (id) => {
    const before = snapshot(copy);
    const refused = runCli(['new', id], copy);
    expect(refused.status).toBe(2);
    expect(refused.stdout.length).toBe(0);
    expect(refused.stderr).toBe(
      `ucma-codemod: "${id}" is not a valid transform id: use lower-case words joined by hyphens, e.g. rename-allowed-domains\n`,
    );
    expect(snapshot(copy)).toEqual(before);
  });
});

describe('new <id> in a user project (not this repository)', () => {
  const CREATED_IN_PROJECT = [
    'transforms/my-fix.ts',
    'fixtures/my-fix/rename-member.input.cs',
    'fixtures/my-fix/rename-member.output.cs',
    'test/my-fix.test.ts',
    '.ucma-codemodignore',
  ];
  let project: string;
  let run: ReturnType<typeof runCli>;
  let created: Map<string, Buffer>;

  beforeAll(() => {
    project = makeTempDir('ucma-codemod-project-');
    run = runCli(['new', 'my-fix'], project);
    created = snapshot(project);
  });

  test('creates a transform on the public API, a fixture pair and a test on ucma-codemod/testing; nothing else', () => {
    expect(run.status).toBe(0);
    expect(run.stdout.length).toBe(0);
    expect(run.stderr).toContain(CREATED_IN_PROJECT.map((path) => `created ${path}\n`).join(''));
    expect(run.stderr).not.toContain('registered');
    expect(run.stderr).toContain('ucma-codemod diff -t ./transforms/my-fix.ts <paths>');
    expect([...created.keys()].sort()).toEqual([...CREATED_IN_PROJECT].sort());

    const transform = created.get('transforms/my-fix.ts')!.toString('utf8');
    expect(transform).toContain("import { defineTransform, query, replace } from 'ucma-codemod';");
    expect(transform).toContain("id: 'my-fix',");
    const testFile = created.get('test/my-fix.test.ts')!.toString('utf8');
    expect(testFile).toContain("import { defineTransformTests } from 'ucma-codemod/testing';");
    expect(testFile).toContain("import transform from '../transforms/my-fix.js';");
    expect(testFile).toContain("defineTransformTests(transform, join(here, '..', 'fixtures', 'my-fix'));");
  });

  test('diff -t ./transforms/my-fix.ts on the input fixture gives a patch that turns it into the output fixture', () => {
    const input = 'fixtures/my-fix/rename-member.input.cs';
    const diff = runCli(['diff', '-t', './transforms/my-fix.ts', input], project);
    expect(diff.status).toBe(0);
    expect(diff.stderr).toMatch(/^ucma-codemod diff: 1 file to change, 0 unchanged, 0 skipped, 0 failed/);
    const patch = diff.stdout.toString('utf8');
    expect(patch).toContain(`--- a/${input}\n+++ b/${input}\n`);
    expect(patch).toContain('\n-        settings.AllowedDomains = domains;\n+        settings.TrustedDomains = domains;\n');
    expect(patch.match(/^[-+](?![-+]{2} )/gm)).toHaveLength(2);

    // git apply of the patch on a copy gives the output fixture, byte for byte.
    const viaGit = makeTempDir();
    copyTree(project, viaGit);
    initRepo(viaGit);
    const patchFile = join(makeTempDir(), 'my-fix.patch');
    writeFileSync(patchFile, diff.stdout);
    git(viaGit, 'apply', patchFile);
    expect(readFileSync(join(viaGit, input)).equals(created.get('fixtures/my-fix/rename-member.output.cs')!)).toBe(true);

    // So does apply.
    const viaApply = makeTempDir();
    copyTree(project, viaApply);
    const applied = runCli(['apply', '-t', './transforms/my-fix.ts', input], viaApply);
    expect(applied.status).toBe(0);
    expect(readFileSync(join(viaApply, input)).equals(created.get('fixtures/my-fix/rename-member.output.cs')!)).toBe(true);
    // The output fixture itself needs no change.
    expect(runCli(['check', '-t', './transforms/my-fix.ts', 'fixtures/my-fix/rename-member.output.cs'], project).status).toBe(0);
  });

  test('a second new my-fix is refused and changes nothing', () => {
    const again = runCli(['new', 'my-fix'], project);
    expect(again.status).toBe(2);
    expect(again.stderr).toBe(
      `ucma-codemod: transform "my-fix" already exists: ${CREATED_IN_PROJECT.filter((path) => path !== '.ucma-codemodignore').join(', ')}; choose another id\n`,
    );
    expect(snapshot(project)).toEqual(created);
  });

  test.each(['Bad_Name', '1abc', '../x'])('invalid id %j is refused and creates nothing, here or above', (id) => {
    const outer = makeTempDir();
    const inner = join(outer, 'project');
    mkdirSync(inner);
    const refused = runCli(['new', id], inner);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(`"${id}" is not a valid transform id`);
    expect(snapshot(outer).size).toBe(0);
    expect(readdirSync(outer)).toEqual(['project']);
  });

  test('the generated test passes unchanged with jest, using ucma-codemod as an installed package', () => {
    // A copy of the project with the setup docs/writing-transforms.md describes: an ES module
    // package, ts-jest's ESM mode, one worker process per test file. Nothing is downloaded:
    // node_modules links this repository's packages, and ucma-codemod itself to this repository.
    const user = makeTempDir('ucma-codemod-project-jest-');
    copyTree(project, user);
    mkdirSync(join(user, 'node_modules'));
    for (const entry of readdirSync(nodeModules)) {
      if (entry.startsWith('.')) continue;
      symlinkSync(join(nodeModules, entry), join(user, 'node_modules', entry), 'dir');
    }
    symlinkSync(repoRoot, join(user, 'node_modules', 'ucma-codemod'), 'dir');
    expect(lstatSync(join(user, 'node_modules', 'ucma-codemod')).isSymbolicLink()).toBe(true);
    writeFileSync(join(user, 'package.json'), `${JSON.stringify({ name: 'my-transforms', private: true, type: 'module' }, null, 2)}\n`);
    writeFileSync(
      join(user, 'tsconfig.json'),
      `${JSON.stringify(
        {
          compilerOptions: {
            target: 'ES2022',
            module: 'NodeNext',
            moduleResolution: 'NodeNext',
            strict: true,
            skipLibCheck: true,
            isolatedModules: true,
            types: ['node', 'jest'],
            noEmit: true,
          },
          include: ['transforms', 'test'],
        },
        null,
        2,
      )}\n`,
    );
    writeFileSync(
      join(user, 'jest.config.js'),
      [
        "/** @type {import('jest').Config} */",
        'export default {',
        "  testEnvironment: 'node',",
        "  roots: ['<rootDir>/test'],",
        "  extensionsToTreatAsEsm: ['.ts'],",
        "  moduleNameMapper: { '^(\\\\.{1,2}/.*)\\\\.js$': '$1' },",
        "  transform: { '^.+\\\\.ts$': ['ts-jest', { useESM: true }] },",
        '  // node-tree-sitter cannot be loaded twice in one process: one fresh worker per test file.',
        "  workerIdleMemoryLimit: '1MB',",
        '};',
        '',
      ].join('\n'),
    );

    expectPassed(runJest(user, 'test/my-fix.test.ts'), 'test/my-fix.test.ts');

    // The user's project type-checks against the published declarations too.
    const tsc = runNode([tscBin, '-p', 'tsconfig.json'], user);
    expect(tsc.output).toBe('');
    expect(tsc.status).toBe(0);
  });
});
