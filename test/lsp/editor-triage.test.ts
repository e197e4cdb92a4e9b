// What the editor shows follows the project's triage settings, as the CLI does: a rule set to
// `error` is an LSP Error, a rule set to `off` shows nothing, and the "suppress" action writes the
// comment as the file's language writes it (XML: `<!-- ...: reason -->`, since XML forbids `--`
// inside a comment), which the engine then honours. In-process: the server's own functions.
import { afterAll, describe, expect, test } from '@jest/globals';
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { SeverityPolicy } from '../../src/engine/severity.js';
import { checkDocument } from '../../src/lsp/check-document.js';
import { codeActionsFor } from '../../src/lsp/code-actions.js';
import { findingsOf } from '../../src/lsp/document-findings.js';
import type { WorkspaceSettings } from '../../src/lsp/workspace-settings.js';
import { DEFAULT_MAX_FILE_SIZE } from '../../src/run/run-codemod.js';
import { builtInTransforms } from '../../transforms/index.js';
import { cleanTempDirs, makeTempDir } from '../helpers/cli.js';
import { applyTextEdits } from '../helpers/lsp-client.js';
import { fixturePath } from '../helpers/paths.js';

afterAll(cleanTempDirs);

const byId = new Map(builtInTransforms.map((t) => [t.meta.id, t]));
const SPEECH = /^Microsoft\.Speech 10\.2 is the UCMA 3\.0 speech platform/;

function settings(ids: readonly string[], severities?: SeverityPolicy): WorkspaceSettings {
  return {
    transforms: ids.map((id) => byId.get(id)!),
    transformOptions: {},
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    ignore: undefined,
    knownTransformIds: builtInTransforms.map((t) => t.meta.id),
    severities,
  };
}

/** The speech-announcer project copied, and a checker of one of its files with the given text. */
function project() {
  const root = makeTempDir();
  cpSync(fixturePath('projects', 'speech-announcer'), root, { recursive: true });
  const check = async (name: string, text: string, chosen: WorkspaceSettings) => {
    const file = await checkDocument(text, join(root, name), root, chosen);
    return { file, findings: findingsOf(file, text, byId), text, path: name };
  };
  return { root, check, read: (name: string) => readFileSync(join(root, name), 'utf8') };
}

describe('the configured severities reach the editor', () => {
  test('a transform set to error: its warning and its needed changes are LSP Errors', async () => {
    const { check, read } = project();
    const text = read('SpeechAnnouncer.csproj');
    const plain = await check('SpeechAnnouncer.csproj', text, settings(['ucma4-project-references']));
    const strict = await check(
      'SpeechAnnouncer.csproj',
      text,
      settings(['ucma4-project-references'], { 'ucma4-project-references': 'error' }),
    );
    const severities = (findings: typeof plain.findings) =>
      findings.filter((f) => f.severity !== 'info').map((f) => [f.kind, f.diagnostic.severity]);
    // Two needed changes (the version, the HintPath) and the Microsoft.Speech warning.
    expect(severities(plain.findings)).toEqual([
      ['change', DiagnosticSeverity.Warning],
      ['change', DiagnosticSeverity.Warning],
      ['diagnostic', DiagnosticSeverity.Warning],
    ]);
    expect(severities(strict.findings)).toEqual([
      ['change', DiagnosticSeverity.Error],
      ['change', DiagnosticSeverity.Error],
      ['diagnostic', DiagnosticSeverity.Error],
    ]);
  });

  test('a rule set to off shows nothing; a change says what it does in its own words', async () => {
    const { check, read } = project();
    const text = read('Announcer.cs');
    const all = await check('Announcer.cs', text, settings(['ucma4-api-members']));
    const off = await check('Announcer.cs', text, settings(['ucma4-api-members'], { 'ucma4-api-members/call-forward': 'off' }));
    const rules = (findings: typeof all.findings) => findings.map((f) => f.rule);
    expect(rules(all.findings)).toContain('call-forward');
    expect(rules(off.findings)).not.toContain('call-forward');
    expect(rules(off.findings)).toHaveLength(rules(all.findings).length - 1);
    const change = off.findings.find((f) => f.kind === 'change')!;
    expect(change.diagnostic.message).toMatch(
      /^needs change: InstantMessagingFlow\.BeginSendMessage\(.*\) is removed in UCMA 4\.0: replaced by/,
    );
  });
});

describe('"suppress" in a project file', () => {
  test('writes the XML form above the finding; with a reason the engine keeps the finding as acknowledged', async () => {
    const { check, read } = project();
    const chosen = settings(['ucma4-project-references']);
    const text = read('SpeechAnnouncer.csproj');
    const checked = await check('SpeechAnnouncer.csproj', text, chosen);
    const speech = checked.findings.find((f) => SPEECH.test(f.message))!;
    const buffer = { uri: 'file:///x/SpeechAnnouncer.csproj', version: 1, ...checked, edits: checked.file.edits };
    const request = { range: speech.diagnostic.range, only: ['quickfix'], documentChanges: false };
    const suppress = codeActionsFor(buffer, request, byId).find((a) => a.title.startsWith('Suppress '))!;
    expect(suppress.title).toBe('Suppress ucma4-project-references on this line (then write the reason after :)');
    const [edit] = suppress.edit!.changes![buffer.uri]!;
    expect(edit!.range.start).toEqual({ line: speech.diagnostic.range.start.line, character: 0 });
    // Indented like the line, in the file's CRLF.
    expect(edit!.newText).toBe('    <!-- ucma-codemod-disable-next-line ucma4-project-references:  -->\r\n');

    const inserted = applyTextEdits(text, [edit!]);
    const pending = await check('SpeechAnnouncer.csproj', inserted, chosen);
    expect(pending.file.diagnostics.some((d) => d.origin === 'engine' && d.message.includes('gives no reason'))).toBe(true);
    const reasoned = inserted.replace('references:  -->', 'references: the build image gets the Speech SDK 11 -->');
    const silenced = await check('SpeechAnnouncer.csproj', reasoned, chosen);
    expect(silenced.findings.some((f) => SPEECH.test(f.message))).toBe(false);
    expect(silenced.file.acknowledged.map((a) => [a.state, a.reason])).toEqual([['suppressed', 'the build image gets the Speech SDK 11']]);

    // A second name (a finding of another transform on the same line) goes into the comment that
    // is there, before the colon.
    const other = { ...buffer, text: reasoned, findings: silenced.findings };
    const line = speech.diagnostic.range.start.line + 1;
    const findingBelow = {
      ...speech,
      owner: 'ucma4-project-target-framework',
      start: reasoned.indexOf('<Reference Include="Microsoft.Speech'),
      diagnostic: { ...speech.diagnostic, range: { start: { line, character: 4 }, end: { line, character: 5 } } },
    };
    const add = codeActionsFor({ ...other, findings: [findingBelow] }, { ...request, range: findingBelow.diagnostic.range }, byId).find(
      (a) => a.title.startsWith('Suppress '),
    )!;
    expect(add.title).toBe('Suppress ucma4-project-target-framework on this line: add it to the comment above');
    const added = applyTextEdits(reasoned, add.edit!.changes![buffer.uri]!);
    expect(added).toContain(
      '<!-- ucma-codemod-disable-next-line ucma4-project-references, ucma4-project-target-framework: the build image gets the Speech SDK 11 -->',
    );
  });
});
