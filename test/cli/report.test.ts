// `report` end to end: the page validates as HTML, is the same bytes for any -j, honours
// SOURCE_DATE_EPOCH, and carries what the JSON report says; the Markdown carries the totals and the
// list of what remains by hand. (The page in a real browser: test/browser/report-browser.test.ts.)
import { afterAll, describe, expect, test } from '@jest/globals';
import { HtmlValidate } from 'html-validate';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanTempDirs, copyTree, makeTempDir, runCli } from '../helpers/cli.js';
import { fixturePath } from '../helpers/paths.js';

afterAll(cleanTempDirs);

const EPOCH = { SOURCE_DATE_EPOCH: '1700000000' };
const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

function copy(...parts: string[]): string {
  const dir = join(makeTempDir('ucma-report-'), parts.at(-1)!);
  copyTree(fixturePath(...parts), dir);
  return dir;
}

describe.each([
  ['migration', 'ucma2-wmi-app'],
  ['migration', 'locations-shape'],
  ['migration', 'sdk-sample-shape'],
  ['migration', 'mixed-solution'],
  ['samples', 'applicationprovisioner'],
])('report of %s/%s', (...tree) => {
  const cwd = copy(...tree);

  test('the page is valid HTML and holds every finding of the JSON report', async () => {
    const run = runCli(['report', '-o', 'migration.html'], cwd, { env: EPOCH });
    expect(run.status === 0 || run.status === 1).toBe(true);
    expect(run.stderr).not.toContain('internal error');
    const html = readFileSync(join(cwd, 'migration.html'), 'utf8');
    const validation = await validator.validateString(html);
    expect(validation.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`))).toEqual([]);
    const json = JSON.parse(runCli(['report', '--json'], cwd, { env: EPOCH }).stdout.toString('utf8')) as {
      files: { edits: unknown[]; diagnostics: unknown[] }[];
      date: string;
    };
    const findings = json.files.reduce((n, f) => n + f.edits.length + f.diagnostics.length, 0);
    expect(html.match(/<tr data-rule="[^"]*" data-severity=/g)?.length ?? 0).toBe(findings);
    expect(json.date).toBe('2023-11-14T22:13:20.000Z');
    expect(html).toContain('<dt>Date</dt><dd>2023-11-14T22:13:20.000Z</dd>');
  });

  test('Markdown carries the totals and what remains by hand', () => {
    const markdown = runCli(['report', '--format', 'markdown'], cwd, { env: EPOCH }).stdout.toString('utf8');
    expect(markdown).toMatch(/^# UCMA migration report\n/);
    expect(markdown).toContain('| Files scanned | To change (by the tool) | Unchanged | To fix by hand | Skipped | Failed |');
    expect(markdown).toContain('## What remains by hand');
  });
});

test('the page is the same bytes for any number of worker threads', () => {
  // More than eight files, so that -j 2 really starts workers.
  const cwd = copy('samples', 'applicationprovisioner');
  const one = runCli(['report', '-j', '1'], cwd, { env: EPOCH }).stdout;
  const two = runCli(['report', '-j', '2'], cwd, { env: EPOCH }).stdout;
  expect(one.length).toBeGreaterThan(10000);
  expect(two.equals(one)).toBe(true);
});

test('the header names the paths, the flags and the config file', () => {
  const cwd = copy('migration', 'mixed-solution');
  const html = runCli(['report', 'Gateway', '-t', 'ucma4-project-references', '--option', 'k=v'], cwd, { env: EPOCH }).stdout.toString(
    'utf8',
  );
  expect(html).toContain('<dt>Paths</dt><dd><code>Gateway</code></dd>');
  expect(html).toContain('<code>-t ucma4-project-references</code> <code>--option &#39;k=v&#39;</code>');
  expect(html).toContain('no ucma-codemod.config.json');
});

test('suppressed and baseline-known findings are counted, with the reasons given (issue 21 keeps them in the result)', async () => {
  const cwd = copy('projects', 'speech-announcer');
  const project = join(cwd, 'SpeechAnnouncer.csproj');
  writeFileSync(
    project,
    readFileSync(project, 'utf8').replace(
      '    <Reference Include="Microsoft.Speech',
      '    <!-- ucma-codemod-disable-next-line ucma4-project-references: the build image gets the Speech SDK 11 -->\r\n    <Reference Include="Microsoft.Speech',
    ),
  );
  // The Call.Forward warning goes into a baseline; the Speech warning is suppressed in the project file.
  expect(runCli(['check', '-t', 'ucma4-api-members/call-forward', '--write-baseline', 'known.jsonl'], cwd).status).toBe(0);
  const markdown = runCli(['report', '--format', 'markdown', '--baseline', 'known.jsonl'], cwd, { env: EPOCH }).stdout.toString('utf8');
  expect(markdown).toContain('Suppressed, with the reasons given:');
  expect(markdown).toMatch(/- ucma4-project-references at SpeechAnnouncer\.csproj:25: the build image gets the Speech SDK 11\n/);
  expect(markdown).toMatch(/- ucma4-api-members\/call-forward at Announcer\.cs:17: known from the baseline\n/);
  expect(markdown).toMatch(/\| ucma4-project-references \| 2 \| 0 \| 1 \| 1 \|/);
  // Neither is left to do by hand.
  expect(markdown).not.toMatch(/Microsoft\.Speech 10\.2 is the UCMA 3\.0 speech platform/);

  const html = runCli(['report', '--baseline', 'known.jsonl'], cwd, { env: EPOCH }).stdout.toString('utf8');
  const validation = await validator.validateString(html);
  expect(validation.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`))).toEqual([]);
  expect(html).toContain('<td class="num" data-count="suppressed">1</td>');
  expect(html).toContain('the build image gets the Speech SDK 11');
});

test('a provisioning rule that needs a person is listed by hand with its page, in the plan with its follow-up, and with the declared migration target', () => {
  // The Locations shape: an auto-provisioned platform and no ProvisioningFailed handler anywhere in its project.
  const cwd = copy('migration', 'locations-shape');
  const markdown = runCli(['report', '--format', 'markdown'], cwd, { env: EPOCH }).stdout.toString('utf8');
  const byHand = markdown.split('\n').filter((line) => line.includes('ProvisioningFailed event'));
  expect(byHand).toHaveLength(1);
  expect(byHand[0]).toMatch(/^1\. \*\*code\*\* Program\.cs:16:\d+: /);
  expect(byHand[0]).toContain('](https://msdn.microsoft.com/library/Dn466051%28v=office.15%29)');
  expect(markdown).toContain('| ↳ ucma4-provisioning/provisioning-failed-unhandled | 0 | 1 | 0 | 0 |');

  const run = runCli(['report', '-o', 'migration.html', '--option', 'migration.from=ucma-3.0'], cwd, { env: EPOCH });
  expect(run.status).toBe(1);
  const html = readFileSync(join(cwd, 'migration.html'), 'utf8');
  // The plan's step of the rule: its title, its follow-up and its page.
  expect(html).toContain(
    '<strong>Auto-provisioned platform: the project handles CollaborationPlatform.ProvisioningFailed</strong><br>Before BeginStartup',
  );
  expect(html).toContain('href="https://msdn.microsoft.com/library/Dn466051(v=office.15)"');
  // The same migration target chose the scenario and is shown.
  expect(html).toContain('chosen by the config: The declared migration target (migration.from) says the application comes from UCMA 3.0.');
  expect(html).toContain('Migration target: from a UCMA 3.0 application (Lync Server 2010) to Lync Server 2013 (the default).');
});
