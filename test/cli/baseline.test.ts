// A baseline end to end on the speech-announcer fixture project (in-process CLI): a finding stays
// known when lines are inserted above it or another member is edited; one fixed and a new one of
// the same rule in the same file give one new finding and one stale entry (where a count per file
// and rule, ESLint's bulk suppressions, sees no change); a renamed file gives new and stale; the
// file is byte-identical for any -j; a needed change never goes in; pruning and partial runs;
// SARIF carries the same fingerprints, with baselineState, and passes the GitHub rules.
import { afterAll, describe, expect, test } from '@jest/globals';
import { copyFileSync, linkSync, mkdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanTempDirs, copyTree, makeTempDir } from '../helpers/cli.js';
import { runInProcess } from '../helpers/in-process.js';
import { fixturePath } from '../helpers/paths.js';
import { sarifValidatorErrorsOf } from '../helpers/sarif.js';

afterAll(cleanTempDirs);

const PROJECT = fixturePath('projects', 'speech-announcer');
const BASELINE = 'ucma-codemod-baseline.jsonl';

/** A copy of the project with its baseline written by `check --write-baseline`. */
async function baselined(): Promise<string> {
  const root = makeTempDir();
  copyTree(PROJECT, root);
  const written = await runInProcess(['check', '--write-baseline', BASELINE], root);
  expect(written.stderr).toContain(`ucma-codemod: wrote 2 entries to ${BASELINE}`);
  // The BeginSendMessage rename is a change the tool makes: it stays a failure.
  expect(written.status).toBe(1);
  return root;
}

const entriesOf = (root: string) =>
  readFileSync(join(root, BASELINE), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { path: string; rule: string; member: string; fingerprint: string });

/** `check --baseline` after `apply` made the changes the tool can make (so only findings decide the exit status). */
async function checkAgainstBaseline(root: string, ...extra: string[]) {
  return runInProcess(['check', '--baseline', BASELINE, '--format', 'json', ...extra], root);
}

interface Report {
  files: Array<{
    path: string;
    diagnostics: Array<{ rule?: string; fingerprint: string }>;
    acknowledged: Array<{ state: string; fingerprint: string }>;
  }>;
  baseline: { file: string; stale: Array<{ path: string; rule: string; member: string; fingerprint: string }> };
}
const reportOf = (run: { stdout: Buffer }) => JSON.parse(run.stdout.toString('utf8')) as Report;
const edit = (root: string, file: string, change: (text: string) => string) =>
  writeFileSync(join(root, file), change(readFileSync(join(root, file), 'utf8')));

describe('check --write-baseline, then check --baseline', () => {
  test('the baseline holds the two findings that need a person, never the needed change', async () => {
    const root = await baselined();
    expect(entriesOf(root).map((entry) => `${entry.path} ${entry.rule} ${entry.member}`)).toEqual([
      'Announcer.cs ucma4-api-members/call-forward SpeechAnnouncer.Announcer.Transfer(Call)',
      expect.stringMatching(
        /^SpeechAnnouncer\.csproj ucma4-project-references Project\/ItemGroup\/Reference\[Include="Microsoft\.Speech, Version=10\.2\.0\.0/,
      ),
    ]);
    // The rename still fails check until it is made; then nothing new is left.
    const before = await checkAgainstBaseline(root);
    expect(before.status).toBe(1);
    expect(before.stderr).toContain('Needs change: InstantMessagingFlow.BeginSendMessage');
    expect(before.stderr).toContain('(2 known from the baseline)');
    expect((await runInProcess(['apply', '--baseline', BASELINE], root)).status).toBe(0);
    const after = await checkAgainstBaseline(root);
    expect(after.status).toBe(0);
    expect(reportOf(after).files.flatMap((file) => file.acknowledged.map((d) => d.state))).toEqual(['baseline', 'baseline']);
  });

  test('lines inserted above and another member edited: still known', async () => {
    const root = await baselined();
    await runInProcess(['apply'], root);
    edit(root, 'Announcer.cs', (text) =>
      `// A header comment\n// over two lines\n${text}`
        .replace('using System;', 'using System;\nusing System.Text;\n')
        .replace(
          'flow.BeginSendInstantMessage(text, null, null);',
          'var greeting = new StringBuilder(text);\n            flow.BeginSendInstantMessage(greeting.ToString(), null, null);',
        ),
    );
    edit(root, 'SpeechAnnouncer.csproj', (text) =>
      text.replace('  <ItemGroup>\r\n', '  <ItemGroup>\r\n    <Reference Include="System.Xml" />\r\n'),
    );
    const run = await checkAgainstBaseline(root);
    expect(run.stderr).toContain('(2 known from the baseline)');
    expect(run.status).toBe(0);
    expect(reportOf(run).baseline.stale).toEqual([]);
  });

  test('one fixed and a new one of the same rule in the same file: one new finding, one stale entry', async () => {
    const root = await baselined();
    await runInProcess(['apply'], root);
    edit(root, 'Announcer.cs', (text) =>
      text
        .replace('call.Forward("sip:desk@example.com");', 'call.BeginForward("sip:desk@example.com", null, null);')
        .replace(
          '        public void Transfer(Call call)',
          '        public void Escalate(Call call)\n        {\n            call.Forward("sip:supervisor@example.com");\n        }\n\n        public void Transfer(Call call)',
        ),
    );
    const run = await checkAgainstBaseline(root);
    expect(run.status).toBe(1);
    const report = reportOf(run);
    const announcer = report.files.find((file) => file.path === 'Announcer.cs')!;
    expect(announcer.diagnostics.map((d) => d.rule)).toEqual(['call-forward']);
    expect(report.baseline.stale).toMatchObject([
      { path: 'Announcer.cs', rule: 'ucma4-api-members/call-forward', member: 'SpeechAnnouncer.Announcer.Transfer(Call)' },
    ]);
    expect(run.stderr).toMatch(/^Announcer\.cs:\d+:\d+: warning: Call\.Forward\(String\) is internal/m);
    expect(run.stderr).toMatch(
      /^Announcer\.cs: stale baseline entry: ucma4-api-members\/call-forward in SpeechAnnouncer\.Announcer\.Transfer\(Call\) .* drop it with --prune-baseline/m,
    );
    expect(run.stderr).toContain('1 known from the baseline, 1 stale baseline entry');

    // --prune-baseline drops the stale entry and keeps the other; the new finding is not added.
    const pruned = await runInProcess(['check', '--baseline', BASELINE, '--prune-baseline'], root);
    expect(pruned.stderr).toContain(`ucma-codemod: removed 1 stale entry from ${BASELINE}`);
    expect(pruned.status).toBe(1);
    expect(entriesOf(root).map((entry) => entry.path)).toEqual(['SpeechAnnouncer.csproj']);
  });

  test('a renamed file: its finding is new, its old entry stale', async () => {
    const root = await baselined();
    await runInProcess(['apply'], root);
    renameSync(join(root, 'Announcer.cs'), join(root, 'Greeter.cs'));
    const run = await checkAgainstBaseline(root);
    expect(run.status).toBe(1);
    const report = reportOf(run);
    expect(report.files.find((file) => file.path === 'Greeter.cs')!.diagnostics).toHaveLength(1);
    expect(report.baseline.stale.map((entry) => entry.path)).toEqual(['Announcer.cs']);
  });

  test('a partial run (one file named) judges only that file: the other entries are neither stale nor dropped by --write-baseline', async () => {
    const root = await baselined();
    const before = readFileSync(join(root, BASELINE));
    const one = await checkAgainstBaseline(root, 'Announcer.cs');
    expect(reportOf(one).baseline.stale).toEqual([]);
    await runInProcess(['check', '--write-baseline', BASELINE, 'Announcer.cs'], root);
    expect(readFileSync(join(root, BASELINE)).equals(before)).toBe(true);
    // -t of another transform judges none of them either.
    expect(reportOf(await checkAgainstBaseline(root, '-t', 'ucma4-project-64-bit')).baseline.stale).toEqual([]);
  });

  test('a baseline that does not exist, or a line that is not an entry: exit 2 naming the file', async () => {
    const root = makeTempDir();
    copyTree(PROJECT, root);
    const missing = await runInProcess(['check', '--baseline', 'nope.jsonl'], root);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^ucma-codemod: nope\.jsonl: the baseline file does not exist/);
    writeFileSync(join(root, BASELINE), '# header\nnot json\n');
    const broken = await runInProcess(['check', '--baseline', BASELINE], root);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain(`${BASELINE}:2: not a baseline entry (not JSON)`);
    // The file to write is checked before the run, like -o.
    const nowhere = await runInProcess(['check', '--write-baseline', join('no-such-folder', BASELINE)], root);
    expect(nowhere.status).toBe(2);
    expect(nowhere.stderr).toMatch(/cannot be written: the folder .*no-such-folder does not exist/);
  });

  test('the config\'s "baseline" is used by check (and so by the hook); the flag wins', async () => {
    const root = await baselined();
    await runInProcess(['apply'], root);
    writeFileSync(join(root, 'ucma-codemod.config.json'), JSON.stringify({ baseline: BASELINE }));
    expect((await runInProcess(['check'], root)).status).toBe(0);
    writeFileSync(join(root, 'empty.jsonl'), '');
    expect((await runInProcess(['check', '--baseline', 'empty.jsonl'], root)).status).toBe(1);
  });
});

test('the baseline file is byte-identical with -j 1 and -j 2 on twelve projects', async () => {
  const root = makeTempDir();
  for (let i = 0; i < 12; i++) {
    mkdirSync(join(root, `p${String(i).padStart(2, '0')}`));
    for (const name of ['SpeechAnnouncer.csproj', 'Announcer.cs'])
      copyFileSync(join(PROJECT, name), join(root, `p${String(i).padStart(2, '0')}`, name));
  }
  await runInProcess(['check', '-j', '1', '--write-baseline', 'one.jsonl'], root);
  await runInProcess(['check', '-j', '2', '--write-baseline', 'two.jsonl'], root);
  const one = readFileSync(join(root, 'one.jsonl'));
  expect(
    one
      .toString('utf8')
      .split('\n')
      .filter((line) => line.startsWith('{')),
  ).toHaveLength(24);
  expect(readFileSync(join(root, 'two.jsonl')).equals(one)).toBe(true);
});

test("SARIF: every result carries the fingerprint of the baseline; with a baseline, baselineState; Microsoft's validator with the GitHub rules finds nothing", async () => {
  const root = await baselined();
  edit(root, 'Announcer.cs', (text) =>
    text.replace(
      'call.Forward("sip:desk@example.com");',
      'call.Forward("sip:desk@example.com");\n            call.Forward("sip:other@example.com");',
    ),
  );
  const files: string[] = [];
  const sarif = async (...args: string[]) => {
    const run = await runInProcess(['check', '--format', 'sarif', ...args], root);
    const file = join(makeTempDir(), 'log.sarif');
    writeFileSync(file, run.stdout);
    files.push(file);
    return JSON.parse(run.stdout.toString('utf8')) as {
      runs: Array<{
        results: Array<{ ruleId: string; baselineState?: string; partialFingerprints?: Record<string, string>; message: { text: string } }>;
      }>;
    };
  };
  const plain = (await sarif()).runs[0]!.results;
  expect(plain.length).toBeGreaterThanOrEqual(5);
  for (const result of plain) {
    expect(Object.keys(result.partialFingerprints ?? {})).toEqual(['ucmaCodemodFinding/v1']);
    expect(result.baselineState).toBeUndefined();
  }
  const known = new Set(entriesOf(root).map((entry) => entry.fingerprint));
  expect(plain.filter((result) => known.has(result.partialFingerprints!['ucmaCodemodFinding/v1']!))).toHaveLength(2);

  const withBaseline = (await sarif('--baseline', BASELINE)).runs[0]!.results;
  const states = withBaseline.map((result) => `${result.ruleId} ${result.baselineState}`).sort();
  expect(states).toEqual(
    [
      'ucma4-api-members/call-forward new',
      'ucma4-api-members/call-forward unchanged',
      'ucma4-api-members/instant-messaging-flow-begin-send-message new',
      'ucma4-project-references new',
      'ucma4-project-references new',
      'ucma4-project-references new',
      'ucma4-project-references unchanged',
    ].sort(),
  );
  const errors = sarifValidatorErrorsOf(files);
  for (const file of files) expect(errors.get(file)).toEqual([]);
});

describe('a baseline file is read and written as every file the tool keeps for a person', () => {
  test('never through a symbolic link: --write-baseline and --baseline refuse a link and leave its target alone', async () => {
    const root = await baselined();
    const outside = join(makeTempDir(), 'elsewhere.jsonl');
    writeFileSync(outside, 'not a baseline\n');
    symlinkSync(outside, join(root, 'linked.jsonl'));
    const write = await runInProcess(['check', '--write-baseline', 'linked.jsonl'], root);
    expect(write.status).toBe(2);
    expect(write.stderr).toContain('symbolic link');
    const read = await runInProcess(['check', '--baseline', 'linked.jsonl'], root);
    expect(read.status).toBe(2);
    expect(read.stderr).toContain('symbolic link');
    expect(readFileSync(outside, 'utf8')).toBe('not a baseline\n');
  });

  test('a rewrite replaces the file whole: a hard link to the old file keeps the old entries', async () => {
    const root = await baselined();
    const before = readFileSync(join(root, BASELINE), 'utf8');
    const keep = join(makeTempDir(), 'kept.jsonl');
    linkSync(join(root, BASELINE), keep);
    writeFileSync(join(root, 'Announcer.cs'), readFileSync(join(root, 'Announcer.cs'), 'utf8') + '\n// an edit elsewhere\n');
    expect((await runInProcess(['check', '--write-baseline', BASELINE], root)).stderr).toContain('wrote');
    expect(readFileSync(keep, 'utf8')).toBe(before);
  });
});
