// `ucma-codemod lsp` driven by a scripted client over stdio (the real binary): the findings of an
// open CRLF+BOM buffer equal the CLI's JSON for the same text; quick fixes exist only where asked
// and carry the tool's own edits; "fix all" applied by the client gives exactly the bytes
// `apply --stdin-filepath` prints; a change on disk to another file of the project makes the
// buffer's finding go and come back; the configuration's severities decide the diagnostics'; the
// workspace command sends one annotated WorkspaceEdit; the server shuts down and exits with 0. Every wait is for a message, never for time.
import { afterAll, describe, expect, jest, test } from '@jest/globals';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findingCode } from '../../src/engine/finding-codes.js';
import { builtInTransforms } from '../../transforms/index.js';
import { cleanTempDirs, copyTree, makeTempDir, runCli } from '../helpers/cli.js';
import { applyTextEdits, LspClient, stopLeftoverServers } from '../helpers/lsp-client.js';
import { fixturePath } from '../helpers/paths.js';

afterAll(cleanTempDirs);
afterAll(stopLeftoverServers);

// Each test starts the server and runs the CLI beside it: room for a loaded machine.
jest.setTimeout(300000);

const FILE = 'notifier/Notifier.cs';
const PEER = 'notifier/Channel.cs';
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const RENAME_CODE = 'UCMA4011'; // ucma4-api-members/instant-messaging-flow-begin-send-message (rows 11, 12)
const byId = new Map(builtInTransforms.map((t) => [t.meta.id, t]));

interface JsonPosition {
  line: number;
  column: number;
}
interface JsonReport {
  files: Array<{
    path: string;
    edits: Array<{ transform: string; rule?: string; start: JsonPosition; end: JsonPosition; newText: string }>;
    diagnostics: Array<{
      transform: string;
      rule?: string;
      severity: 'error' | 'warning' | 'info';
      message: string;
      start: JsonPosition;
      end: JsonPosition;
    }>;
  }>;
}

const lsp = (p: JsonPosition) => ({ line: p.line - 1, character: p.column - 1 });
const SEVERITY = { error: 1, warning: 2, info: 3 } as const;

/** A copy of the fixture project, the client started in it and initialized, the buffer opened and its first diagnostics in. */
async function openSession(prepare: (root: string) => void = () => undefined) {
  const root = makeTempDir();
  copyTree(fixturePath('lsp'), root);
  prepare(root);
  const bytes = readFileSync(join(root, FILE));
  // The fixture is what the test claims: a BOM and CRLF line endings.
  expect(bytes.subarray(0, 3).equals(BOM)).toBe(true);
  expect(bytes.toString('utf8')).toContain('\r\n');
  const text = bytes.subarray(3).toString('utf8');
  const client = new LspClient(root);
  const uri = pathToFileURL(join(root, FILE)).href;
  const init = await client.request('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'fixture' }],
    capabilities: {
      workspace: {
        workspaceEdit: { documentChanges: true, changeAnnotationSupport: { groupsOnLabel: true } },
        didChangeWatchedFiles: { dynamicRegistration: true },
        applyEdit: true,
      },
      textDocument: {
        publishDiagnostics: { versionSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } },
      },
    },
  });
  client.notify('initialized', {});
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'csharp', version: 1, text } });
  const first = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 1);
  return { root, bytes, text, client, uri, init, first };
}

async function shutdown(client: LspClient): Promise<void> {
  expect(await client.request('shutdown', null)).toBeNull();
  client.notify('exit', null);
  expect(await client.exit()).toBe(0);
}

describe('the language server with a scripted client', () => {
  test('diagnostics equal the CLI JSON; quick fixes only where asked; fix all equals apply --stdin-filepath', async () => {
    const { root, bytes, text, client, uri, init, first } = await openSession();
    expect(init.capabilities.hoverProvider).toBe(true);
    expect(init.capabilities.textDocumentSync.change).toBe(2);
    // The server asks the client to watch the project's files.
    const registration = await client.waitForRequest('client/registerCapability');
    expect(registration.registrations[0].method).toBe('workspace/didChangeWatchedFiles');

    const cli = runCli(['check', '--stdin-filepath', FILE, '--format', 'json'], root, { input: bytes });
    expect(cli.status).toBe(1);
    const [file] = (JSON.parse(cli.stdout.toString('utf8')) as JsonReport).files;
    expect(file!.edits.length).toBe(3);
    expect(file!.diagnostics.length).toBeGreaterThan(0);

    // The CLI's diagnostics, one for one (positions in UTF-16 units, 0-based).
    const messages = first.diagnostics.filter((d: { message: string }) => !d.message.startsWith('needs change: '));
    expect(messages).toEqual(
      file!.diagnostics.map((d) => ({
        range: { start: lsp(d.start), end: lsp(d.end) },
        severity: SEVERITY[d.severity],
        code: findingCode(d.transform, d.rule, byId.get(d.transform)),
        // The code links to the transform's source document, when it has an address.
        ...(byId.get(d.transform)?.meta.source.url ? { codeDescription: { href: byId.get(d.transform)!.meta.source.url } } : {}),
        source: 'ucma-codemod',
        message: d.message,
      })),
    );
    // Each needed change is one diagnostic, and its quick fix carries exactly its own edits: together, the CLI's edits.
    const changes = first.diagnostics.filter((d: { message: string }) => d.message.startsWith('needs change: '));
    expect(changes.length).toBe(2);
    const fixEdits = [];
    for (const change of changes) {
      const actions = await client.request('textDocument/codeAction', {
        textDocument: { uri },
        range: change.range,
        context: { diagnostics: [] },
      });
      const fixes = actions.filter((a: { kind: string; title: string }) => a.kind === 'quickfix' && a.title.startsWith('Fix: '));
      expect(fixes.length).toBe(1);
      expect(fixes[0].diagnostics).toEqual([change]);
      const [documentEdit] = fixes[0].edit.documentChanges;
      expect(documentEdit.textDocument).toEqual({ uri, version: 1 });
      fixEdits.push(...documentEdit.edits);
    }
    const cliEdits = file!.edits.map((e) => ({ range: { start: lsp(e.start), end: lsp(e.end) }, newText: e.newText }));
    const byStart = (a: { range: { start: { line: number; character: number } } }, b: typeof a) =>
      a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
    expect(fixEdits.sort(byStart)).toEqual(cliEdits.sort(byStart));
    // The two-edit change (SetProxyInformation wrapped in a ConnectionContext) is one fix.
    const wrap = changes.find((d: { code: string }) => d.code === 'UCMA4001');
    expect(wrap.range.start.line).toBe(wrap.range.end.line);

    // A line without a finding gets no quick fix, only the file- and workspace-wide source actions.
    const quiet = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] },
    });
    expect(quiet.map((a: { kind: string }) => a.kind)).toEqual(['source.fixAll.ucma-codemod', 'source.applyWorkspace.ucma-codemod']);

    // Fix all, applied to the buffer as the editor applies it: the bytes apply --stdin-filepath prints.
    const [fixAll] = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    expect(fixAll.kind).toBe('source.fixAll.ucma-codemod');
    const fixed = applyTextEdits(text, fixAll.edit.documentChanges[0].edits);
    const applied = runCli(['apply', '--stdin-filepath', FILE], root, { input: bytes });
    expect(applied.status).toBe(1); // the warning is still there to fix by hand
    expect(Buffer.concat([BOM, Buffer.from(fixed, 'utf8')]).equals(applied.stdout)).toBe(true);
    expect(applied.stdout.equals(bytes)).toBe(false);

    // The fixed text, sent as an incremental change: only the warning is left.
    const mark = client.mark();
    // Changes apply one after another: from the end of the file, each leaves the earlier positions as they were.
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: fixAll.edit.documentChanges[0].edits
        .map((e: { range: object; newText: string }) => ({ range: e.range, text: e.newText }))
        .reverse(),
    });
    const after = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 2, mark);
    expect(after.diagnostics).toEqual(messages);
    await shutdown(client);
  });

  test('a change on disk to another file of the project: the finding goes, then comes back', async () => {
    const { root, client, uri, first } = await openSession();
    const codes = (p: { diagnostics: Array<{ code: string }> }) => p.diagnostics.map((d) => d.code);
    expect(codes(first)).toContain(RENAME_CODE);
    const peer = join(root, PEER);
    const original = readFileSync(peer, 'utf8');
    const notifyChanged = () => client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(peer).href, type: 2 }] });

    // The field is no longer an InstantMessagingFlow: nothing proves the old member any more.
    writeFileSync(peer, original.replace('public InstantMessagingFlow Flow;', 'public object Flow;'));
    let mark = client.mark();
    notifyChanged();
    const gone = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && !codes(p).includes(RENAME_CODE), mark);
    expect(gone.version).toBe(1);
    expect(codes(gone).length).toBe(codes(first).length - 1);

    writeFileSync(peer, original);
    mark = client.mark();
    notifyChanged();
    const back = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && codes(p).includes(RENAME_CODE), mark);
    expect(back.diagnostics).toEqual(first.diagnostics);
    await shutdown(client);
  });

  test('a project file changed to name its peer through a linked folder: the peer is not read through the link (the finding goes)', async () => {
    const { root, client, uri, first } = await openSession();
    const codes = (p: { diagnostics: Array<{ code: string }> }) => p.diagnostics.map((d) => d.code);
    expect(codes(first)).toContain(RENAME_CODE);
    const project = join(root, 'notifier', 'Notifier.csproj');
    const peer = readFileSync(join(root, PEER));
    const notifyChanged = (path: string) =>
      client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path).href, type: 2 }] });

    // The peer moves outside the tree, and the project names it through a link in the tree.
    const outside = makeTempDir();
    writeFileSync(join(outside, 'Channel.cs'), peer);
    rmSync(join(root, PEER));
    symlinkSync(outside, join(root, 'notifier', 'Shared'));
    writeFileSync(project, readFileSync(project, 'utf8').replace('Include="Channel.cs"', 'Include="Shared\\Channel.cs"'));
    let mark = client.mark();
    notifyChanged(project);
    const gone = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && !codes(p).includes(RENAME_CODE), mark);
    expect(gone.version).toBe(1);

    // The same file in a real folder there is read.
    rmSync(join(root, 'notifier', 'Shared'));
    mkdirSync(join(root, 'notifier', 'Shared'));
    writeFileSync(join(root, 'notifier', 'Shared', 'Channel.cs'), peer);
    mark = client.mark();
    notifyChanged(join(root, 'notifier', 'Shared', 'Channel.cs'));
    const back = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && codes(p).includes(RENAME_CODE), mark);
    expect(back.diagnostics).toEqual(first.diagnostics);
    await shutdown(client);
  });

  test('a broken configuration file is an error on the buffer until it is fixed on disk', async () => {
    const config = (root: string) => join(root, 'ucma-codemod.config.json');
    const { root, client, uri, first } = await openSession((dir) => writeFileSync(config(dir), '{ "transfroms": [] }\n'));
    expect(first.diagnostics).toHaveLength(1);
    expect(first.diagnostics[0]).toMatchObject({ severity: 1, code: 'UCMA0001', range: { start: { line: 0, character: 0 } } });
    expect(first.diagnostics[0].message).toContain('transfroms');
    const shown = await client.waitForRequest('window/showMessageRequest');
    expect(shown.type).toBe(1);
    expect(shown.message).toContain('ucma-codemod.config.json');

    writeFileSync(config(root), '{ "transforms": ["ucma4-api-members"] }\n');
    const mark = client.mark();
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(config(root)).href, type: 2 }] });
    const fixed = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.diagnostics.length > 1, mark);
    expect(fixed.diagnostics.map((d: { code: string }) => d.code).sort()).toEqual(['UCMA4001', 'UCMA4006', RENAME_CODE]);
    await shutdown(client);
  });

  test("the configuration's severities: a rule set to error is an Error, a rule set to off is not shown", async () => {
    const config = {
      severity: {
        'ucma4-api-members/conference-admission-policy': 'error',
        'ucma4-api-members/instant-messaging-flow-begin-send-message': 'off',
      },
    };
    const { client, first } = await openSession((dir) => writeFileSync(join(dir, 'ucma-codemod.config.json'), JSON.stringify(config)));
    const shown = first.diagnostics.map((d: { code: string; severity: number }) => [d.code, d.severity]);
    expect(shown).toContainEqual(['UCMA4006', SEVERITY.error]);
    expect(shown.map(([code]: [string]) => code)).not.toContain(RENAME_CODE);
    expect(shown).toContainEqual(['UCMA4001', SEVERITY.warning]);
    await shutdown(client);
  });

  test('hover, suppression with a reason, the workspace command, and close', async () => {
    const { text, client, uri, first } = await openSession();
    const warning = first.diagnostics.find((d: { severity: number; code: string }) => d.severity === 2 && d.code === 'UCMA4006');
    expect(warning).toBeDefined();

    // Hover: the rule, its code, the documented row, the replacement and why the receiver is a Conference.
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: warning.range.start });
    const shown: string = hover.contents.value;
    expect(shown).toContain('`UCMA4006`');
    expect(shown).toMatch(/Obsolete or removed API members in UCMA 4\.0(\]\((?:[^()]|\([^()]*\))*\))?, row 6/);
    expect(shown).toContain('**Use instead:** Conference.ConferenceAccessLevel');
    expect(shown).toContain('**Why:** \\`conference\\` is declared as Microsoft.Rtc.Collaboration.Conference');
    expect(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } })).toBeNull();
    // A change's hover: why the receiver is an InstantMessagingFlow (a field declared in the other file), and the edit.
    const rename = first.diagnostics.find((d: { code: string }) => d.code === RENAME_CODE);
    const changeHover: string = (await client.request('textDocument/hover', { textDocument: { uri }, position: rename.range.end })).contents
      .value;
    expect(changeHover).toContain(
      '**Why:** \\`channel.Flow\\` is a field or property declared as Microsoft.Rtc.Collaboration.InstantMessagingFlow.',
    );
    expect(changeHover).toContain('`BeginSendMessage` → `BeginSendInstantMessage`');
    expect(changeHover).toContain('rows 11, 12');

    // Suppress: a comment line above, indented like the line, in the file's CRLF, the reason left to write.
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri },
      range: warning.range,
      context: { diagnostics: [warning], only: ['quickfix'] },
    });
    const suppress = actions.find((a: { title: string }) => a.title.startsWith('Suppress '));
    expect(suppress.title).toBe('Suppress ucma4-api-members/conference-admission-policy on this line (then write the reason after --)');
    const [edit] = suppress.edit.documentChanges[0].edits;
    expect(edit.range.start).toEqual({ line: warning.range.start.line, character: 0 });
    expect(edit.newText).toBe('            // ucma-codemod-disable-next-line ucma4-api-members/conference-admission-policy -- \r\n');
    // Until a reason is written the engine says so on the comment; with one, the warning goes.
    const inserted = applyTextEdits(text, [edit]);
    let mark = client.mark();
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: inserted }] });
    const pending = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 2, mark);
    expect(
      pending.diagnostics.some((d: { code: string; message: string }) => d.code === 'UCMA0001' && d.message.includes('gives no reason')),
    ).toBe(true);
    const reasoned = inserted.replace(
      'conference-admission-policy -- \r\n',
      'conference-admission-policy -- checked by hand: only read for logging\r\n',
    );
    mark = client.mark();
    client.notify('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: reasoned }] });
    const silenced = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri && p.version === 3, mark);
    expect(silenced.diagnostics.map((d: { code: string }) => d.code).sort()).toEqual(['UCMA4001', RENAME_CODE]);

    // The workspace command: one WorkspaceEdit, every edit annotated and asking for confirmation.
    client.answers.set('workspace/applyEdit', () => ({ applied: true }));
    const outcome = await client.request('workspace/executeCommand', { command: 'ucma-codemod.applyWorkspace', arguments: [] });
    expect(outcome).toEqual({ files: 1, edits: 3, applied: true });
    const request = await client.waitForRequest('workspace/applyEdit');
    const { documentChanges, changeAnnotations } = request.edit;
    expect(documentChanges.map((c: { textDocument: object }) => c.textDocument)).toEqual([{ uri, version: 3 }]);
    expect(documentChanges[0].edits.length).toBe(3);
    for (const e of documentChanges[0].edits) expect(changeAnnotations[e.annotationId].needsConfirmation).toBe(true);
    expect(Object.values(changeAnnotations).map((a) => (a as { label: string }).label)).toEqual([
      byId.get('ucma4-api-members')!.meta.title,
    ]);

    // Closing the buffer clears its diagnostics.
    mark = client.mark();
    client.notify('textDocument/didClose', { textDocument: { uri } });
    const cleared = await client.waitFor('textDocument/publishDiagnostics', (p) => p.uri === uri, mark);
    expect(cleared.diagnostics).toEqual([]);
    await shutdown(client);
  });
});
