// `plan` end to end on fixture trees in the shapes of real UCMA code: golden text, Markdown and JSON
// plans; after `apply`, exactly the code steps the tool could do turn to done; a person's steps stay
// open until --done marks them in the plan file, which pins the scenario.
import { afterAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cleanTempDirs, copyTree, makeTempDir, runCli } from '../helpers/cli.js';
import { fixturePath, repoRoot } from '../helpers/paths.js';
import { MIGRATION_PAGES } from '../../src/migration/migration-pages.js';
import { builtInTransforms } from '../../transforms/index.js';

afterAll(cleanTempDirs);

const TREES: Record<string, string> = {
  'ucma2-wmi-app': fixturePath('migration', 'ucma2-wmi-app'),
  'locations-shape': fixturePath('migration', 'locations-shape'),
  'sdk-sample-shape': fixturePath('migration', 'sdk-sample-shape'),
  'mixed-solution': fixturePath('migration', 'mixed-solution'),
  applicationprovisioner: fixturePath('samples', 'applicationprovisioner'),
};

const GOLDEN = join(repoRoot, 'test', 'cli', 'golden', 'plan');
// UCMA_CODEMOD_UPDATE_GOLDEN=1 rewrites the golden files from the current output (then review the diff).
const update = process.env.UCMA_CODEMOD_UPDATE_GOLDEN === '1';

function copy(tree: string): string {
  const dir = join(makeTempDir('ucma-plan-'), tree);
  copyTree(TREES[tree]!, dir);
  return dir;
}

interface JsonStep {
  id: string;
  kind: string;
  state: string;
  page: { file: string };
}

function planJson(cwd: string): { scenario: { id: string }; steps: JsonStep[]; chosenBy: string } {
  const run = runCli(['plan', '--json'], cwd);
  expect(run.status === 0 || run.status === 1).toBe(true);
  return (JSON.parse(run.stdout.toString('utf8')) as { migration: { plan: ReturnType<typeof planJson> } }).migration.plan;
}

function expectGolden(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (update) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

describe.each(Object.keys(TREES))('plan of %s', (tree) => {
  const cwd = copy(tree);

  test('text, Markdown and JSON equal their golden files', () => {
    const text = runCli(['plan'], cwd);
    expect(text.stderr).not.toContain('internal error');
    expectGolden(`${tree}.txt`, text.stdout.toString('utf8'));
    expectGolden(`${tree}.md`, runCli(['plan', '--format', 'markdown'], cwd).stdout.toString('utf8'));
    const plan = planJson(cwd);
    expectGolden(`${tree}.json`, `${JSON.stringify(plan, null, 2)}\n`);
    // Every step names a page of the migration section, except a code step of a rule (or a pack of
    // rules) that comes from another page of the SDK docs: it names that page, from the rule's sources.
    const pages = MIGRATION_PAGES.map((page) => page.file);
    const rulePages = builtInTransforms.flatMap((t) =>
      [t.meta.source, ...(t.meta.rules ?? []).flatMap((rule) => rule.sources ?? [])].flatMap((source) =>
        source.path ? [source.path.split('/').pop()!] : [],
      ),
    );
    for (const step of plan.steps) {
      const allowed = step.kind === 'code' ? [...pages, ...rulePages] : pages;
      expect([step.id, allowed.includes(step.page.file)]).toEqual([step.id, true]);
    }
  });

  test('after apply, exactly the steps the tool could do are done; the rest keep their state', () => {
    // Pin the scenario first: after apply a UCMA 3.0 tree looks like a UCMA 4.0 one.
    expect(runCli(['plan', '--save'], cwd).status).not.toBe(2);
    const before = planJson(cwd);
    expect(before.chosenBy).toBe('plan file');
    const applied = runCli(['apply'], cwd);
    expect(applied.status === 0 || applied.status === 1).toBe(true);
    const after = planJson(cwd);
    expect(after.steps.map((s) => s.id)).toEqual(before.steps.map((s) => s.id));
    const expected = before.steps.map((s) => [s.id, s.state === 'apply' ? 'done' : s.state]);
    expect(after.steps.map((s) => [s.id, s.state])).toEqual(expected);
    // A person's step is never done by the tool.
    for (const step of after.steps.filter((s) => s.kind !== 'code')) expect([step.id, step.state]).toEqual([step.id, 'open']);
  });
});

describe('marking steps in the plan file', () => {
  test('--done marks a person step, writes the file beside the tree and pins the scenario', () => {
    const cwd = copy('ucma2-wmi-app');
    const run = runCli(['plan', '--done', 'new-pool', '--done', 'enable-topology'], cwd);
    expect(run.stderr).toContain('ucma-migration-plan.json: written');
    const file = JSON.parse(readFileSync(join(cwd, 'ucma-migration-plan.json'), 'utf8')) as {
      scenario: string;
      applicationId: string;
      steps: Record<string, string>;
    };
    expect(file.scenario).toBe('ucma2-to-ucma4');
    expect(file.applicationId).toBe('FabrikamHelpdesk');
    expect(Object.entries(file.steps).filter(([, mark]) => mark === 'done')).toEqual([
      ['new-pool', 'done'],
      ['enable-topology', 'done'],
    ]);
    const plan = planJson(cwd);
    expect(plan.steps.filter((s) => s.kind !== 'code' && s.state === 'done').map((s) => s.id)).toEqual(['new-pool', 'enable-topology']);
    expect(run.stdout.toString('utf8')).toMatch(/\[done\] {4}administrator Enable the topology \[enable-topology\]/);
  });

  test('--done with a step of another scenario, or a code step, is refused and nothing is written', () => {
    const cwd = copy('locations-shape');
    const run = runCli(['plan', '--done', 'new-pool'], cwd);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--done new-pool: not a step a person takes in this plan (ucma3-to-ucma4)');
    expect(existsSync(join(cwd, 'ucma-migration-plan.json'))).toBe(false);
    expect(runCli(['report', '--done', 'x'], cwd).stderr).toContain('--done and --save are only for plan');
  });

  test('a broken plan file stops plan and report with exit 2, naming the file and the key', () => {
    const cwd = copy('locations-shape');
    writeFileSync(join(cwd, 'ucma-migration-plan.json'), '{ "steps": { "retarget-projects": "done" } }\n');
    for (const command of ['plan', 'report']) {
      const run = runCli([command], cwd);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('ucma-migration-plan.json: "steps.retarget-projects" is a code step');
      expect(run.stdout.length).toBe(0);
    }
  });

  test("the plan file's scenario wins over what the tree shows", () => {
    const cwd = copy('mixed-solution');
    writeFileSync(join(cwd, 'ucma-migration-plan.json'), '{ "scenario": "ucma4" }\n');
    const plan = planJson(cwd);
    expect([plan.scenario.id, plan.chosenBy]).toEqual(['ucma4', 'plan file']);
  });
});
