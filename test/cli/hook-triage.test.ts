// The installed pre-commit hook (real git, the real binary on PATH) with the ways a team acts on a
// finding: a project-file warning that needs a person refuses the commit until a suppression comment
// (XML, reason after a colon) acknowledges it; the ESLint form with "--" is refused with a message
// that says how to write it; the config's severity and baseline are honoured by the hook and by
// `check --staged`.
import { afterAll, describe, expect, test } from '@jest/globals';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { binPath, cleanTempDirs, copyTree, git, gitStatus, initRepo, makeTempDir, runCli } from '../helpers/cli.js';
import { fixturePath } from '../helpers/paths.js';

// The hook runs the ucma-codemod on PATH, as after an install.
const toolDir = makeTempDir('ucma-codemod-path-');
symlinkSync(binPath, join(toolDir, 'ucma-codemod'));
process.env.PATH = `${toolDir}${delimiter}${process.env.PATH ?? ''}`;

afterAll(cleanTempDirs);

const CSPROJ = 'SpeechAnnouncer.csproj';
const SPEECH_LINE = '    <Reference Include="Microsoft.Speech, Version=10.2.0.0';

/** The speech-announcer project, its mechanical changes made, committed, with the hook installed. */
function projectRepo(): string {
  const root = makeTempDir();
  copyTree(fixturePath('projects', 'speech-announcer'), root);
  expect(runCli(['apply'], root).status).toBe(1); // the two warnings remain
  initRepo(root);
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '--no-verify', '-m', 'project');
  expect(runCli(['install-hook'], root).status).toBe(0);
  return root;
}

const insertBefore = (root: string, file: string, marker: string, line: string) =>
  writeFileSync(join(root, file), readFileSync(join(root, file), 'utf8').replace(marker, `${line}\r\n${marker}`));
const commit = (root: string, message: string) => {
  const run = gitStatus(root, 'commit', '-m', message);
  return { status: run.status, output: run.stdout + run.stderr };
};
const headCount = (root: string) => Number(git(root, 'rev-list', '--count', 'HEAD').trim());

describe('the hook and a project-file warning', () => {
  test('refused while the Speech 10.2 warning stands; a suppression comment with a reason lets the commit through', () => {
    const root = projectRepo();
    insertBefore(root, CSPROJ, '  <ItemGroup>', '  <!-- build settings follow -->');
    git(root, 'add', CSPROJ);
    const refused = commit(root, 'touch the project');
    expect(refused.status).not.toBe(0);
    expect(refused.output).toMatch(/SpeechAnnouncer\.csproj:\d+:5: warning: Microsoft\.Speech 10\.2 is the UCMA 3\.0 speech platform/);
    expect(headCount(root)).toBe(1);

    // The ESLint form breaks the XML (MSBuild would refuse the file): refused, saying how to write it.
    insertBefore(
      root,
      CSPROJ,
      SPEECH_LINE,
      '    <!-- ucma-codemod-disable-next-line ucma4-project-references -- Speech SDK 11 comes with the build image -->',
    );
    git(root, 'add', CSPROJ);
    const malformed = commit(root, 'acknowledge, ESLint style');
    expect(malformed.status).not.toBe(0);
    expect(malformed.output).toContain('XML forbids "--" inside a comment');
    expect(malformed.output).toContain('<!-- ucma-codemod-disable-next-line <transform-id>: <reason> -->');

    writeFileSync(
      join(root, CSPROJ),
      readFileSync(join(root, CSPROJ), 'utf8').replace(
        'ucma4-project-references -- Speech SDK 11',
        'ucma4-project-references: Speech SDK 11',
      ),
    );
    git(root, 'add', CSPROJ);
    const accepted = commit(root, 'acknowledge the Speech reference');
    expect(accepted.output).toContain('(1 suppressed)');
    expect(accepted.status).toBe(0);
    expect(headCount(root)).toBe(2);
  });

  test("the config's severity and baseline are honoured by the hook and by check --staged", () => {
    const root = projectRepo();
    insertBefore(root, 'Announcer.cs', '        public void Transfer(Call call)', '        // transfers the call');
    git(root, 'add', 'Announcer.cs');
    expect(commit(root, 'comment').status).not.toBe(0);
    expect(runCli(['check', '--staged'], root).status).toBe(1);

    writeFileSync(join(root, 'ucma-codemod.config.json'), JSON.stringify({ severity: { 'ucma4-api-members/call-forward': 'info' } }));
    expect(runCli(['check', '--staged'], root).status).toBe(0);
    const accepted = commit(root, 'comment, the rule set to info');
    expect(accepted.output).toMatch(/Announcer\.cs:\d+:18: info: Call\.Forward\(String\) is internal/);
    expect(accepted.status).toBe(0);

    // A baseline named in the config: the warning is known, the commit goes through.
    writeFileSync(join(root, 'ucma-codemod.config.json'), JSON.stringify({ baseline: 'ucma-codemod-baseline.jsonl' }));
    expect(runCli(['check', '--write-baseline', 'ucma-codemod-baseline.jsonl'], root).status).toBe(0);
    insertBefore(root, 'Announcer.cs', '        public void Greet(string text)', '        // greets');
    git(root, 'add', 'Announcer.cs');
    expect(runCli(['check', '--staged'], root).status).toBe(0);
    const known = commit(root, 'comment, the finding in the baseline');
    expect(known.output).toContain('(1 known from the baseline)');
    expect(known.status).toBe(0);
  });
});
