// Per-rule severities from the config file, end to end in the CLI (in-process): each severity of
// the project-file transform, under check, diff and apply, in the text report, JSON, SARIF and
// GitHub annotations, with the exit status; the config's ids checked (exit 2 naming the file);
// -t wins over "off"; a rule set to off; the same results with worker threads. Every SARIF log
// of the matrix passes Microsoft's validator with GitHub's rules (one validator run for all).
import { afterAll, describe, expect, test } from '@jest/globals';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanTempDirs, copyTree, makeTempDir } from '../helpers/cli.js';
import { runInProcess } from '../helpers/in-process.js';
import { fixturePath } from '../helpers/paths.js';
import { sarifValidatorErrorsOf } from '../helpers/sarif.js';

afterAll(cleanTempDirs);

const PROJECT = fixturePath('projects', 'speech-announcer');
const SPEECH = /Microsoft\.Speech 10\.2 is the UCMA 3\.0 speech platform/;
const PERSISTENT_CHAT = /PersistentChat has no version and no HintPath/;

/** A copy of the fixture project with `config` as its ucma-codemod.config.json. */
function project(config: object): string {
  const root = makeTempDir();
  copyTree(PROJECT, root);
  writeFileSync(join(root, 'ucma-codemod.config.json'), JSON.stringify(config));
  return root;
}

interface JsonReport {
  files: Array<{
    path: string;
    edits: Array<{ transform: string; severity: string }>;
    diagnostics: Array<{ transform: string; severity: string; message: string }>;
  }>;
  exitCode: number;
}
interface SarifLog {
  runs: Array<{
    tool: { driver: { rules: Array<{ id: string; defaultConfiguration: { level: string } }> } };
    results: Array<{ ruleId: string; level: string; kind: string; message: { text: string } }>;
  }>;
}

const sarifFiles: string[] = [];

type Setting = 'off' | 'info' | 'warning' | 'error';
/** What each setting of ucma4-project-references must give: exit status per command, the Speech finding's words per format. */
const EXPECTED: Record<
  Setting,
  { exit: Record<'check' | 'diff' | 'apply', number>; text?: string; json?: string; sarif?: string; github?: string }
> = {
  off: { exit: { check: 0, diff: 0, apply: 0 } },
  info: { exit: { check: 0, diff: 0, apply: 0 }, text: 'info', json: 'info', sarif: 'none', github: 'notice' },
  warning: { exit: { check: 1, diff: 1, apply: 1 }, text: 'warning', json: 'warning', sarif: 'warning', github: 'warning' },
  error: { exit: { check: 1, diff: 1, apply: 1 }, text: 'error', json: 'error', sarif: 'error', github: 'error' },
};

describe.each(Object.keys(EXPECTED) as Setting[])('"ucma4-project-references": "%s"', (setting) => {
  const expected = EXPECTED[setting];
  // The API pack is off throughout, so that the project-file transform is the only one with findings.
  const config = { severity: { 'ucma4-api-members': 'off', 'ucma4-project-references': setting } };

  test.each(['check', 'diff', 'apply'] as const)(
    '%s: the exit status, and the finding in JSON, SARIF, annotations and text',
    async (command) => {
      const json = await runInProcess([command, '--format', 'json'], project(config));
      expect(json.status).toBe(expected.exit[command]);
      const report = JSON.parse(json.stdout.toString('utf8')) as JsonReport;
      expect(report.exitCode).toBe(expected.exit[command]);
      const csproj = report.files.find((file) => file.path === 'SpeechAnnouncer.csproj')!;
      const speech = csproj.diagnostics.find((d) => SPEECH.test(d.message));
      const chat = csproj.diagnostics.find((d) => PERSISTENT_CHAT.test(d.message));
      if (expected.json === undefined) {
        expect({ diagnostics: csproj.diagnostics, edits: csproj.edits }).toEqual({ diagnostics: [], edits: [] });
        expect(json.stderr).not.toMatch(SPEECH);
      } else {
        expect(speech?.severity).toBe(expected.json);
        // An info needs nothing: a setting never makes it more.
        expect(chat?.severity).toBe('info');
        // The version and HintPath changes carry the setting too (a needed change is a warning by default).
        expect(csproj.edits.map((edit) => edit.severity)).toEqual(['warning', 'warning'].map(() => expected.json));
        expect(json.stderr).toMatch(new RegExp(`SpeechAnnouncer\\.csproj:24:5: ${expected.text}: Microsoft\\.Speech 10\\.2`));
      }
      // The Announcer.cs findings are gone with the API pack.
      expect(report.files.find((file) => file.path === 'Announcer.cs')?.diagnostics ?? []).toEqual([]);

      const sarifRun = await runInProcess([command, '--format', 'sarif'], project(config));
      expect(sarifRun.status).toBe(expected.exit[command]);
      const sarifFile = join(makeTempDir(), `${setting}-${command}.sarif`);
      writeFileSync(sarifFile, sarifRun.stdout);
      sarifFiles.push(sarifFile);
      const log = JSON.parse(sarifRun.stdout.toString('utf8')) as SarifLog;
      const results = log.runs[0]!.results.filter((r) => r.ruleId === 'ucma4-project-references');
      const speechResult = results.find((r) => SPEECH.test(r.message.text));
      const rule = log.runs[0]!.tool.driver.rules.find((r) => r.id === 'ucma4-project-references');
      if (expected.sarif === undefined) {
        expect(results).toEqual([]);
        // A transform that is off is not part of the run.
        expect(rule).toBeUndefined();
      } else {
        expect(speechResult?.level).toBe(expected.sarif);
        expect(rule?.defaultConfiguration.level).toBe({ info: 'note', warning: 'warning', error: 'error' }[setting as 'info']);
      }

      const github = await runInProcess([command, '--format', 'github'], project(config));
      expect(github.status).toBe(expected.exit[command]);
      const speechLine = github.stdout
        .toString('utf8')
        .split('\n')
        .find((line) => SPEECH.test(line));
      if (expected.github === undefined) expect(speechLine).toBeUndefined();
      else expect(speechLine).toMatch(new RegExp(`^::${expected.github} file=SpeechAnnouncer\\.csproj,line=24,col=5,`));
    },
  );
});

describe('the setting in the exit rule', () => {
  test('--max-warnings excuses warnings, never a rule set to error', async () => {
    const warnings = project({ severity: { 'ucma4-project-references': 'warning' } });
    // Announcer.cs: one warning (Call.Forward); the csproj: one warning (Speech). diff delivers the changes.
    expect((await runInProcess(['diff', '--max-warnings', '2'], warnings)).status).toBe(0);
    const errors = project({ severity: { 'ucma4-project-references': 'error' } });
    const run = await runInProcess(['diff', '--max-warnings', '2', '-q'], errors);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^SpeechAnnouncer\.csproj:24:5: error: Microsoft\.Speech 10\.2/m);
    expect(run.stderr).toMatch(/^ucma-codemod diff: exit 1: 1 error to fix by hand \(run without -q to see them\)$/m);
  });

  test('info on a fixing transform: check passes, the change is still shown as one that can be made, and apply makes it', async () => {
    const root = project({ severity: { 'ucma4-api-members': 'off', 'ucma4-project-references': 'info' } });
    const check = await runInProcess(['check'], root);
    expect(check.status).toBe(0);
    expect(check.stderr).toContain('SpeechAnnouncer.csproj: can change: ucma4-project-references');
    expect(check.stdout.toString('utf8')).toContain('+      <HintPath>C:\\Program Files\\Microsoft UCMA 4.0\\');
    expect((await runInProcess(['apply'], root)).status).toBe(0);
    expect(readFileSync(join(root, 'SpeechAnnouncer.csproj'), 'utf8')).toContain('Version=5.0.0.0');
  });
});

describe('rules and -t', () => {
  test('one rule off: its warning goes, the other rule of the pack still fixes', async () => {
    const root = project({ severity: { 'ucma4-api-members/call-forward': 'off' } });
    const run = await runInProcess(['check', '--format', 'json', 'Announcer.cs'], root);
    const report = JSON.parse(run.stdout.toString('utf8')) as JsonReport;
    expect(report.files[0]!.diagnostics).toEqual([]);
    expect(report.files[0]!.edits).toMatchObject([{ transform: 'ucma4-api-members', severity: 'warning' }]);
    expect(run.status).toBe(1);
  });

  test('-t wins over "off": the transform named on the command line runs', async () => {
    const root = project({ severity: { 'ucma4-project-references': 'off' } });
    const run = await runInProcess(['check', '-t', 'ucma4-project-references'], root);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(SPEECH);
  });

  test('every transform of the run off is an error naming the file', async () => {
    const root = project({ transforms: ['ucma4-project-references'], severity: { 'ucma4-project-references': 'off' } });
    const run = await runInProcess(['check'], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${join(root, 'ucma-codemod.config.json')}: "severity" sets every transform of the run to "off"`);
  });
});

describe('the config is checked', () => {
  test.each([
    [
      { severity: { 'ucma4-project-referenses': 'off' } },
      /"severity" names "ucma4-project-referenses", which is not a transform \(known: .*ucma4-project-references/,
    ],
    [
      { severity: { 'ucma4-api-members/call-forwarding': 'off' } },
      /ucma4-api-members has no rule "call-forwarding" \(its rules: .*call-forward,/,
    ],
    [
      { severity: { 'ucma4-project-references': 'warn' } },
      /"severity\.ucma4-project-references" must be one of "off", "info", "warning", "error", got "warn"/,
    ],
    [{ maxWarnings: -2 }, /"maxWarnings" must be a whole number of warnings such as 0 or 10, or -1 for no limit/],
    [{ diagnosticLevel: 'notice' }, /"diagnosticLevel" must be one of "info", "warning", "error"/],
  ])('%j: exit 2, naming the file', async (config, message) => {
    const root = project(config);
    for (const command of ['check', 'diff', 'apply', 'list']) {
      const run = await runInProcess([command], root);
      expect({ command, status: run.status }).toEqual({ command, status: 2 });
      expect(run.stderr).toContain(`ucma-codemod: ${join(root, 'ucma-codemod.config.json')}: `);
      expect(run.stderr).toMatch(message);
    }
  });

  test('maxWarnings and diagnosticLevel in the config mean what the flags mean; the flags win', async () => {
    const root = project({ maxWarnings: 2, diagnosticLevel: 'warning', severity: { 'ucma4-project-references': 'warning' } });
    const diff = await runInProcess(['diff'], root);
    expect(diff.status).toBe(0);
    expect(diff.stderr).toMatch(SPEECH);
    expect(diff.stderr).not.toMatch(PERSISTENT_CHAT);
    expect(diff.stderr).toMatch(/1 below --diagnostic-level warning not shown/);
    const flags = await runInProcess(['diff', '--max-warnings', '0', '--diagnostic-level', 'info'], root);
    expect(flags.status).toBe(1);
    expect(flags.stderr).toMatch(PERSISTENT_CHAT);
  });

  test('"maxWarnings": -1 means no limit, as --max-warnings -1 does', async () => {
    const root = project({ maxWarnings: -1, severity: { 'ucma4-project-references': 'warning' } });
    const unlimited = await runInProcess(['diff'], root);
    expect(unlimited.status).toBe(0);
    expect(unlimited.stderr).toMatch(SPEECH);
    expect((await runInProcess(['diff', '--max-warnings', '0'], root)).status).toBe(1);
  });
});

describe('worker threads', () => {
  test('-j 2 on twelve projects gives the same JSON as -j 1 (the settings reach the workers)', async () => {
    const root = makeTempDir();
    for (let i = 0; i < 12; i++) {
      mkdirSync(join(root, `p${i}`));
      for (const name of ['SpeechAnnouncer.csproj', 'Announcer.cs']) copyFileSync(join(PROJECT, name), join(root, `p${i}`, name));
    }
    writeFileSync(
      join(root, 'ucma-codemod.config.json'),
      JSON.stringify({ severity: { 'ucma4-project-references': 'error', 'ucma4-api-members/call-forward': 'off' } }),
    );
    const one = await runInProcess(['check', '--json', '-j', '1'], root);
    const two = await runInProcess(['check', '--json', '-j', '2'], root);
    expect(two.stdout.toString('utf8')).toBe(one.stdout.toString('utf8'));
    const report = JSON.parse(one.stdout.toString('utf8')) as JsonReport;
    expect(report.files.flatMap((file) => file.diagnostics.map((d) => d.severity)).sort()).toEqual([
      ...Array<string>(12).fill('error'),
      ...Array<string>(12).fill('info'),
    ]);
  });
});

test('every SARIF log of the matrix passes sarif-multitool validate --rule-kind "Gh;Sarif"', () => {
  expect(sarifFiles).toHaveLength(12);
  const errors = sarifValidatorErrorsOf(sarifFiles);
  for (const file of sarifFiles) expect({ file, errors: errors.get(file) }).toEqual({ file, errors: [] });
});

test('list shows the settings of the config file beside the transforms and rules they name', async () => {
  const root = project({ severity: { 'ucma4-project-references': 'error', 'ucma4-api-members/call-forward': 'off' } });
  const list = (await runInProcess(['list'], root)).stdout.toString('utf8');
  expect(list).toContain('ucma4-project-references (fix) [severity: error]');
  // Each rule with its code (issue 24), then the config's setting.
  expect(list).toMatch(/^ {4}call-forward \(UCMA4\d{3}\): Call\.Forward \(internal\) \[severity: off\]$/m);
  expect(list).toMatch(/^ {4}conference-admission-policy \(UCMA4\d{3}\): Conference\.AdmissionPolicy \(obsolete\)$/m);
});
