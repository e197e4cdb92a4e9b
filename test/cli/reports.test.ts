// CI reports with the real binary: `--format sarif` is valid SARIF 2.1.0 for both the 2.1.0 JSON
// schema (ajv) and Microsoft's SARIF validator, with one result per needed change carrying its fix,
// warnings for manual changes and engine errors for unreadable files (and both checks do reject a
// broken log); `--format github` prints Actions annotations; `--json` keeps its documented shape;
// the progress bar appears only on a terminal (checked under util-linux `script`), never in pipes
// and never with machine-readable output.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanTempDirs, makeTempDir, runCli } from '../helpers/cli.js';
import { runOnTerminal } from '../helpers/terminal.js';
import { fixturePath } from '../helpers/paths.js';
import { sarifProblems, sarifSchemaErrors, sarifValidatorErrors } from '../helpers/sarif.js';
import { copySample } from '../helpers/tree.js';

const TITLE = 'ApplicationProvisioner: an entry whose TlsTarget is its own FQDN starts a pool';
const APP = 'ApplicationProvisioning/Application.cs';
const VENDOR_APP = 'vendor-copy/ApplicationProvisioning/Application.cs';
const cases = fixturePath('transforms', 'provisioner-tls-target');

afterAll(cleanTempDirs);

/** A tree with one manual change (warning) and one UTF-16 file (error) besides the Visual Studio sample. */
function troubledTree(): string {
  const root = copySample('applicationprovisioner');
  mkdirSync(join(root, 'Manual'));
  copyFileSync(join(cases, 'manual-negated-test.input.cs'), join(root, 'Manual', 'Application.cs'));
  writeFileSync(join(root, 'Wide.cs'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('class Wide { }\r\n', 'utf16le')]));
  return root;
}

// The parts of a SARIF log these tests read.
interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  kind?: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region?: SarifRegion } }>;
  fixes?: Array<{
    artifactChanges: Array<{
      artifactLocation: { uri: string };
      replacements: Array<{ deletedRegion: SarifRegion; insertedContent: { text: string } }>;
    }>;
  }>;
}
interface SarifLog {
  version: string;
  runs: Array<{ tool: { driver: { name: string; rules: Array<{ id: string }> } }; results: SarifResult[] }>;
}

const parseSarif = (bytes: Buffer) => JSON.parse(bytes.toString('utf8')) as SarifLog;
const resultsOf = (log: SarifLog) => log.runs[0]!.results;
const uriOf = (result: SarifResult) => result.locations[0]!.physicalLocation.artifactLocation.uri;

/** Line (1-based) and column (1-based, UTF-16 units) right after `prefix` in the file's text. */
function positionAfter(text: string, prefix: string): { line: number; column: number } {
  const at = text.indexOf(prefix);
  expect(at).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, at + prefix.length);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: before.length - lineStart + 1 };
}

/** Applies SARIF replacements (line/column regions, UTF-16 columns) to the decoded text. */
function applyReplacements(text: string, replacements: Array<{ deletedRegion: SarifRegion; insertedContent: { text: string } }>): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const offset = (line: number, column: number) => lineStarts[line - 1]! + column - 1;
  const edits = replacements
    .map((r) => ({
      start: offset(r.deletedRegion.startLine, r.deletedRegion.startColumn),
      end: offset(r.deletedRegion.endLine, r.deletedRegion.endColumn),
      text: r.insertedContent.text,
    }))
    .sort((a, b) => b.start - a.start);
  return edits.reduce((result, edit) => result.slice(0, edit.start) + edit.text + result.slice(edit.end), text);
}

const decode = (bytes: Buffer) => bytes.toString('utf8').replace(/^\uFEFF/, '');

describe('--format sarif', () => {
  test('diff on the edited sample: valid SARIF 2.1.0, one result per change with the inserted text at the right place', () => {
    const root = copySample('applicationprovisioner-edited');
    const run = runCli(['diff', '--format', 'sarif'], root);
    expect(run.status).toBe(0);
    expect(sarifProblems(run.stdout)).toEqual({ schema: [], validator: [] });

    const log = parseSarif(run.stdout);
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]!.tool.driver.name).toBe('ucma-codemod');
    // The sample's tool project also gets the provisioning pack's note (the WMI admin tool).
    const results = resultsOf(log).filter((r) => r.ruleId === 'provisioner-tls-target');
    expect(results.map(uriOf).sort()).toEqual([APP, VENDOR_APP]);
    expect(
      resultsOf(log)
        .filter((r) => r.ruleId !== 'provisioner-tls-target')
        .map((r) => [r.ruleId, r.level]),
    ).toEqual([['ucma4-provisioning-config/ucma2-wmi-provisioning', 'none']]);

    const expected = {
      [APP]: {
        prefix: 'if (String.IsNullOrEmpty( entry.TlsTarget )',
        inserted: ' || entry.TlsTarget.Equals(entry.Fqdn, StringComparison.OrdinalIgnoreCase)',
      },
      [VENDOR_APP]: {
        prefix: 'if (string.IsNullOrEmpty(trustedService.TlsTarget)',
        inserted: ' || trustedService.TlsTarget.Equals(trustedService.Fqdn, StringComparison.OrdinalIgnoreCase)',
      },
    };
    const applied = copySample('applicationprovisioner-edited');
    expect(runCli(['apply'], applied).status).toBe(0);
    for (const result of results) {
      const path = uriOf(result) as keyof typeof expected;
      const original = decode(readFileSync(join(root, path)));
      const where = positionAfter(original, expected[path].prefix);
      expect(result).toMatchObject({ ruleId: 'provisioner-tls-target', level: 'warning', kind: 'fail' });
      expect(result.message.text).toContain(TITLE);
      expect(result.locations[0]!.physicalLocation.region).toEqual({
        startLine: where.line,
        startColumn: where.column,
        endLine: where.line,
        endColumn: where.column,
      });
      const replacement = result.fixes![0]!.artifactChanges[0]!.replacements[0]!;
      expect(replacement.insertedContent.text).toBe(expected[path].inserted);
      expect(replacement.deletedRegion).toEqual({
        startLine: where.line,
        startColumn: where.column,
        endLine: where.line,
        endColumn: where.column,
      });
      // The attached fix, applied by a SARIF consumer, gives what apply writes.
      expect(applyReplacements(original, result.fixes![0]!.artifactChanges[0]!.replacements)).toBe(
        decode(readFileSync(join(applied, path))),
      );
    }
  });

  test("check -o FILE on the Visual Studio sample (CRLF, BOM): the file passes Microsoft's validator; the region is line 84", () => {
    const root = copySample('applicationprovisioner');
    const out = join(makeTempDir(), 'check.sarif');
    const run = runCli(['check', '--format', 'sarif', '-o', out], root);
    expect(run.status).toBe(1);
    expect(run.stdout.length).toBe(0);
    expect(sarifValidatorErrors(out)).toEqual([]);
    const log = parseSarif(readFileSync(out));
    expect(sarifSchemaErrors(log)).toEqual([]);
    const [result, ...others] = resultsOf(log).filter((r) => r.ruleId === 'provisioner-tls-target');
    expect(others).toEqual([]);
    const where = positionAfter(decode(readFileSync(join(root, APP))), 'if (string.IsNullOrEmpty(trustedService.TlsTarget)');
    expect(where).toEqual({ line: 84, column: 71 });
    expect(result!.fixes![0]!.artifactChanges[0]!.replacements[0]!.deletedRegion).toEqual({
      startLine: 84,
      startColumn: 71,
      endLine: 84,
      endColumn: 71,
    });
  });

  test('a manual change is a warning result without a fix; a UTF-16 file an error result of rule "engine"', () => {
    const root = troubledTree();
    const run = runCli(['check', '--format', 'sarif'], root);
    expect(run.status).toBe(2);
    expect(sarifProblems(run.stdout)).toEqual({ schema: [], validator: [] });

    const log = parseSarif(run.stdout);
    const rules = log.runs[0]!.tool.driver.rules;
    const results = resultsOf(log);
    const manual = results.filter((r) => uriOf(r) === 'Manual/Application.cs');
    expect(manual).toHaveLength(1);
    expect(manual[0]).toMatchObject({ ruleId: 'provisioner-tls-target', level: 'warning', kind: 'fail' });
    expect(manual[0]!.message.text).toMatch(/^the condition tests TlsTarget for null or empty in a shape other than/);
    expect(manual[0]!.locations[0]!.physicalLocation.region).toMatchObject({ startLine: 25, startColumn: 26 });
    expect(manual[0]!.fixes).toBeUndefined();

    const wide = results.filter((r) => uriOf(r) === 'Wide.cs');
    expect(wide).toHaveLength(1);
    expect(wide[0]).toMatchObject({ ruleId: 'engine', level: 'error' });
    expect(wide[0]!.message.text).toContain('UTF-16 LE');
    // ruleIndex points at the rule named by ruleId.
    for (const result of results) expect(rules[result.ruleIndex!]?.id).toBe(result.ruleId);
    // The sample's own change is still reported with its fix.
    expect(results.filter((r) => uriOf(r) === APP && r.fixes !== undefined)).toHaveLength(1);
  });

  test('apply --format sarif reports the written changes as informational results, still valid', () => {
    const root = copySample('applicationprovisioner-edited');
    const run = runCli(['apply', '--format', 'sarif'], root);
    expect(run.status).toBe(0);
    expect(sarifProblems(run.stdout)).toEqual({ schema: [], validator: [] });
    const results = resultsOf(parseSarif(run.stdout)).filter((r) => r.ruleId === 'provisioner-tls-target');
    expect(results).toHaveLength(2);
    for (const result of results) {
      expect(result).toMatchObject({ level: 'none', kind: 'informational' });
      expect(result.fixes).toBeUndefined();
    }
  });

  test('both checks can fail: a result without "message" is flagged by the schema and by Microsoft\'s validator', () => {
    const root = copySample('applicationprovisioner');
    const log = parseSarif(runCli(['diff', '--format', 'sarif'], root).stdout) as unknown as {
      runs: Array<{ results: Array<Record<string, unknown>> }>;
    };
    delete log.runs[0]!.results[0]!.message;
    const problems = sarifProblems(log);
    expect(problems.schema).toContainEqual(expect.stringMatching(/^\/runs\/0\/results\/0: must have required property 'message'$/));
    expect(problems.validator).toContainEqual(expect.stringMatching(/runs\[0\]\.results\[0\].*message/));
  });
});

describe('--format github', () => {
  test('a needed change is a ::warning annotation with file, line and column', () => {
    const root = copySample('applicationprovisioner');
    const run = runCli(['check', '--format', 'github'], root);
    expect(run.status).toBe(1);
    const lines = run.stdout.toString('utf8').trimEnd().split('\n');
    expect(lines.filter((line) => line.startsWith('::warning'))).toEqual([
      `::warning file=${APP},line=84,col=71,endLine=84,endColumn=71,title=provisioner-tls-target::Needs change: ${TITLE} (run: ucma-codemod apply)`,
    ]);
    // An info (the provisioning pack's note on the sample's tool project) is a ::notice.
    expect(lines.filter((line) => !line.startsWith('::warning'))).toEqual([
      expect.stringMatching(
        /^::notice file=ApplicationProvisioner\/ApplicationProvisioner\.csproj,.*title=ucma4-provisioning-config\/ucma2-wmi-provisioning::/,
      ),
    ]);
  });

  test('a file that cannot be processed is an ::error annotation; a manual change a ::warning', () => {
    const root = troubledTree();
    const run = runCli(['diff', '--format', 'github'], root);
    expect(run.status).toBe(2);
    const lines = run.stdout
      .toString('utf8')
      .trimEnd()
      .split('\n')
      .filter((line) => !line.startsWith('::notice'));
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(/^::(warning|error) file=[^,:]+(,[a-zA-Z]+=[^,:]+)*::\S/);
    expect(lines).toContainEqual(expect.stringMatching(/^::error file=Wide\.cs,title=failed::file is UTF-16 LE \(byte order mark found\)/));
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^::warning file=Manual\/Application\.cs,line=25,col=26,endLine=25,endColumn=\d+,title=provisioner-tls-target::the condition tests TlsTarget/,
      ),
    );
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^::warning file=${APP},line=84,col=71,`)));
  });
});

describe('--json', () => {
  test('keeps the documented shape: reportVersion 1, files[], totals, exitCode', () => {
    const root = troubledTree();
    const run = runCli(['check', '--json'], root);
    expect(run.status).toBe(2);
    const report = JSON.parse(run.stdout.toString('utf8')) as Record<string, unknown> & {
      files: Array<Record<string, unknown>>;
      totals: Record<string, number>;
    };
    expect(Object.keys(report)).toEqual([
      'tool',
      'version',
      'reportVersion',
      'command',
      'transforms',
      'migration',
      'files',
      'totals',
      'exitCode',
    ]);
    // No migration declared: its fields are null, the target server the default.
    expect(report.migration).toEqual({
      from: null,
      legacyApplicationName: null,
      targetServer: 'lync-server-2013',
      targetServerDeclared: false,
    });
    expect(report).toMatchObject({ tool: 'ucma-codemod', reportVersion: 1, command: 'check', exitCode: 2 });
    // The explanation travels with the report.
    expect(report.transforms).toMatchObject([
      {
        id: 'provisioner-tls-target',
        kind: 'fix',
        description: expect.stringContaining('The trusted service entries for this type are corrupted'),
        source: { title: expect.stringContaining('Modifying ApplicationProvisioner.exe sample code') },
        followUp: expect.stringContaining('Move-CsApplicationEndpoint'),
      },
      // The project-file transforms cite their UCMA 4.0 documents the same way.
      { id: 'ucma4-project-references', source: { title: expect.stringContaining('UCMA 4.0 SDK software and hardware requirements') } },
      { id: 'ucma4-project-target-framework', source: { title: expect.stringContaining('UCMA 4.0 Runtime') } },
      { id: 'ucma4-project-64-bit', source: { title: expect.stringContaining('UCMA 4.0 SDK software and hardware requirements') } },
      { id: 'ucma4-config-runtime', source: { title: expect.stringContaining('UCMA 4.0 Runtime') } },
      { id: 'ucma4-api-members', kind: 'fix', source: { title: 'Obsolete or removed API members in UCMA 4.0' } },
      // A transform made of rules lists them, each with its pages.
      {
        id: 'ucma4-provisioning',
        kind: 'report',
        rules: expect.arrayContaining([
          expect.objectContaining({
            id: 'startup-provisioning-failure-uncaught',
            sources: [
              expect.objectContaining({ path: 'docs/ucma-sdk/activating-an-auto-provisioned-application.md' }),
              expect.objectContaining({ path: 'docs/ucma-sdk/server-platforms.md' }),
            ],
          }),
        ]),
      },
      { id: 'ucma4-provisioning-config', kind: 'report' },
    ]);
    expect(Object.keys(report.totals).sort()).toEqual([
      'changed',
      'errors',
      'failed',
      'files',
      'infos',
      'skipped',
      'unchanged',
      'warnings',
    ]);
    expect(report.totals).toMatchObject({ files: report.files.length, changed: 1, failed: 1, warnings: 1 });
    for (const file of report.files) {
      expect(Object.keys(file).filter((key) => key !== 'patch')).toEqual([
        'path',
        'status',
        'written',
        'reason',
        'edits',
        'diagnostics',
        'acknowledged',
      ]);
    }
    expect(report.files.find((f) => f.path === 'Wide.cs')).toMatchObject({ status: 'failed', reason: expect.stringContaining('UTF-16') });
    expect(report.files.find((f) => f.path === APP)).toMatchObject({
      status: 'changed',
      edits: [
        { transform: 'provisioner-tls-target', start: { line: 84, column: 71 }, oldText: '', newText: expect.stringContaining('.Equals(') },
      ],
    });
  });
});

describe('progress bar', () => {
  let root: string;
  beforeAll(() => {
    root = makeTempDir();
    for (let i = 1; i <= 60; i++) writeFileSync(join(root, `File${String(i).padStart(2, '0')}.cs`), `class File${i} { }\n`);
  });

  const progressText = /\r\[|\d+\/60 files/;

  test.each([[['diff']], [['check']], [['apply']], [['diff', '--format', 'github']]])(
    'never when stderr is not a terminal: %j on 60 files',
    (args) => {
      const run = runCli(args, root);
      expect(run.status).toBe(0);
      expect(run.stderr).toMatch(/60 unchanged/);
      expect(run.stderr).not.toMatch(progressText);
    },
  );

  /** Runs the CLI on a pseudo-terminal; returns what the terminal showed. */
  function onTerminal(args: string[]): string {
    const run = runOnTerminal(args, { cwd: root });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    return run.screen;
  }

  test('util-linux script is available (it ships with Debian)', () => {
    expect(spawnSync('script', ['--version'], { encoding: 'utf8' }).stdout).toMatch(/util-linux/);
  });

  test('on a terminal, 60 files show the bar, ending at 60/60 files and cleared before the summary', () => {
    const shown = onTerminal(['diff']);
    expect(shown).toContain('\r[');
    expect(shown).toContain('] 60/60 files');
    expect(shown).toMatch(/60\/60 files\r\u001b\[Kucma-codemod diff: 0 files to change, 60 unchanged/);
  });

  test.each([[['diff', '--json']], [['check', '--format', 'sarif']], [['diff', '--no-progress']]])(
    'on a terminal, %j shows no progress',
    (args) => {
      const shown = onTerminal(args);
      expect(shown).toMatch(/60 unchanged/);
      expect(shown).not.toMatch(progressText);
    },
  );
});
