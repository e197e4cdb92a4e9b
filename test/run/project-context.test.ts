// Project context: the pre-pass indexes each project (nearest .csproj, else the run's root) only
// when a transform asks for it, and the real CLI uses it across files and selects single rules.
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineTransform, type Transform } from '../../src/index.js';
import { diskInput, type SourceInput } from '../../src/inputs/source-input.js';
import { indexProjects } from '../../src/run/project-context.js';
import { runCodemod } from '../../src/run/run-codemod.js';
import { transformShapeProblems } from '../../src/engine/transform-shape.js';
import { decodeSource } from '../../src/engine/source-text.js';
import { transformSource } from '../../src/engine/transform-source.js';
import { ProjectIndex } from '../../src/index.js';
import { cleanTempDirs, makeTempDir, runCli } from '../helpers/cli.js';
import { sarifValidatorErrors } from '../helpers/sarif.js';

afterAll(cleanTempDirs);

const C = 'Microsoft.Rtc.Collaboration';

function writeTree(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** A report transform named `probe` with these meta fields. */
const probeWith = (meta: Partial<Transform['meta']>, run: Transform['run'] = () => undefined): Transform =>
  defineTransform({ meta: { id: 'probe', title: 'probe', description: 'probe', source: { title: 'test' }, kind: 'report', ...meta }, run });

const perFile = (needsProject: boolean, requires?: string[]): Transform => probeWith({ needsProject, ...(requires ? { requires } : {}) });

/** Reports `Use(` calls, in projects where some file names Vendor.Sdk (projectRequires). */
const vendorProbe = (run: Transform['run']): Transform =>
  probeWith({ needsProject: true, requires: ['Use('], projectRequires: ['Vendor.Sdk'] }, run);

/** Disk inputs of `paths` under `root`, each counting its reads. */
function countingInputs(root: string, paths: readonly string[]): { inputs: SourceInput[]; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  const inputs = paths.map((path): SourceInput => {
    const disk = diskInput(join(root, path), path, root);
    return { ...disk, read: (max) => (reads.set(path, (reads.get(path) ?? 0) + 1), disk.read(max)) };
  });
  return { inputs, reads };
}

describe('indexProjects', () => {
  test('reads nothing when no transform needs project context', async () => {
    let reads = 0;
    const input: SourceInput = {
      displayPath: 'A.cs',
      absolutePath: '/nonexistent/A.cs',
      read: async () => {
        reads++;
        return { oversize: 0 };
      },
    };
    expect(await indexProjects([input], [perFile(false)], 1024)).toBeUndefined();
    expect(reads).toBe(0);
  });

  test('groups files by the nearest folder with a .csproj, else the run root', async () => {
    const root = makeTempDir();
    writeTree(root, {
      'Bot/Bot.csproj': '<Project />',
      'Bot/Fields.cs': 'namespace Bot { partial class Handler { int a; } }',
      'Bot/Sub/Use.cs': 'namespace Bot { partial class Handler { int b; } }',
      'Other/Other.csproj': '<Project />',
      'Other/Handler.cs': 'namespace Bot { partial class Handler { int c; } }',
      'Loose.cs': 'namespace Loose { class Free { } }',
    });
    const inputs = ['Bot/Fields.cs', 'Bot/Sub/Use.cs', 'Other/Handler.cs', 'Loose.cs'].map((p) => diskInput(join(root, p), p, root));
    const lookup = await indexProjects(inputs, [perFile(true)], 1024 * 1024);
    expect(lookup).toBeDefined();
    const [fields, use, other, loose] = await Promise.all(inputs.map(async (input) => (await lookup!.contextFor(input)).project));
    expect(fields).toBe(use); // one shared index for the project
    expect([...fields!.type('Bot.Handler')!.members.keys()].sort()).toEqual(['a', 'b']);
    expect([...other!.type('Bot.Handler')!.members.keys()]).toEqual(['c']);
    expect(loose!.type('Loose.Free')).toBeDefined();
    expect(loose!.type('Bot.Handler')).toBeUndefined();
  });
});

test("the index carries each file's += names and the project folder's project files (the run's bytes when one is an input)", async () => {
  const root = makeTempDir();
  writeTree(root, {
    'Bot/Bot.csproj': '<Project><PropertyGroup><OutputType>Exe</OutputType></PropertyGroup></Project>',
    'Bot/App.config': '<configuration><appSettings><add key="ApplicationId" value="urn:application:disk" /></appSettings></configuration>',
    'Bot/Start.cs': 'namespace Bot { class Start { void M(P p) { p.ProvisioningFailed += OnFailed; } } }',
    'Bot/Sub/Other.cs': 'namespace Bot { class Other { // Alerts += x\n } }',
    'Loose.cs': 'namespace Loose { class Free { } }',
  });
  const inputs = ['Bot/Start.cs', 'Bot/Sub/Other.cs', 'Loose.cs'].map((p) => diskInput(join(root, p), p, root));
  // The App.config as the run reads it (say, staged) differs from the disk.
  const staged = '<configuration><appSettings><add key="ApplicationId" value="urn:application:staged" /></appSettings></configuration>';
  inputs.push({
    ...diskInput(join(root, 'Bot/App.config'), 'Bot/App.config', root),
    read: async () => ({ bytes: Buffer.from(staged), mode: '100644' }),
  });
  const lookup = await indexProjects(inputs, [perFile(true)], 1024 * 1024);
  const bot = (await lookup!.contextFor(inputs[1]!)).project!;
  expect(bot.hasPlusAssigned('ProvisioningFailed')).toBe(true);
  expect(bot.hasPlusAssigned('Alerts')).toBe(false);
  expect(bot.projectFiles.map((f) => f.path)).toEqual(['Bot/App.config', 'Bot/Bot.csproj']);
  expect(bot.projectFiles[0]!.text).toBe(staged);
  expect(bot.projectFiles[1]!.text).toContain('<OutputType>Exe</OutputType>');
  // The run's root is no project folder: no project files.
  expect((await lookup!.contextFor(inputs[2]!)).project!.projectFiles).toEqual([]);
});

test('parses only projects with a file the transform will see', async () => {
  const root = makeTempDir();
  writeTree(root, {
    'A/A.csproj': '<Project />',
    'A/One.cs': 'namespace A { class One { } } // Needle',
    'A/Two.cs': 'namespace A { class Two { } }',
    'B/B.csproj': '<Project />',
    'B/Three.cs': 'namespace B { class Three { } }',
  });
  const inputs = ['A/One.cs', 'A/Two.cs', 'B/Three.cs'].map((p) => diskInput(join(root, p), p, root));
  const lookup = await indexProjects(inputs, [perFile(true, ['Needle'])], 1024 * 1024);
  const two = await lookup!.contextFor(inputs[1]!);
  expect(two.project?.type('A.Two')).toBeDefined();
  // Built once per project: every file of it gets the same index.
  expect((await lookup!.contextFor(inputs[0]!)).project).toBe(two.project);
  expect(await lookup!.contextFor(inputs[2]!)).toEqual({});
});

test('projectRequires: a project is indexed only when some file names it, and other files are then skipped', async () => {
  const root = makeTempDir();
  writeTree(root, {
    'A/A.csproj': '<Project />',
    'A/One.cs': 'namespace A { class One { } } // Vendor.Sdk',
    'A/Two.cs': 'namespace A { class Two { void M() { Use(); } } }',
    'B/B.csproj': '<Project />',
    'B/Three.cs': 'namespace B { class Three { void M() { Use(); } } }',
  });
  let runs = 0;
  const transform = vendorProbe(() => {
    runs++;
  });
  const inputs = ['A/One.cs', 'A/Two.cs', 'B/Three.cs'].map((p) => diskInput(join(root, p), p, root));
  const lookup = await indexProjects(inputs, [transform], 1024 * 1024);
  const two = await lookup!.contextFor(inputs[1]!);
  expect(two.project?.type('A.Two')).toBeDefined();
  expect(await lookup!.contextFor(inputs[2]!)).toEqual({});
  const text = (path: string) => decodeSource(readFileSync(join(root, path)));
  transformSource('A/Two.cs', text('A/Two.cs'), [transform], {}, two);
  expect(runs).toBe(1);
  // Without a project index, a file must name it itself.
  transformSource('B/Three.cs', text('B/Three.cs'), [transform], {}, {});
  expect(runs).toBe(1);
  transformSource('B/Three.cs', text('B/Three.cs'), [transform], {}, { project: new ProjectIndex([]) });
  expect(runs).toBe(2);
});

describe('the CLI with ucma4-api-members', () => {
  const project = () => {
    const root = makeTempDir();
    writeTree(root, {
      'Bot/Bot.csproj': '<Project />',
      // The field's type is declared in one file; the other file has no Microsoft.Rtc at all.
      'Bot/Handler.Fields.cs': `using ${C};\n\nnamespace Bot\n{\n    partial class Handler\n    {\n        private InstantMessagingFlow flow;\n        private InstantMessagingCall call;\n    }\n}\n`,
      'Bot/Handler.cs':
        'namespace Bot\n{\n    partial class Handler\n    {\n        void Send()\n        {\n            flow.BeginSendMessage("hi", null, null);\n            call.Forward("sip:bob@example.com");\n        }\n    }\n}\n',
      // Another project: the same names, no UCMA declarations.
      'Other/Other.csproj': '<Project />',
      'Other/Handler.cs':
        'namespace Bot\n{\n    partial class Handler\n    {\n        void Send()\n        {\n            flow.BeginSendMessage("hi", null, null);\n        }\n    }\n}\n',
    });
    return root;
  };

  test('a receiver typed in another file of the project is found and fixed', () => {
    const root = project();
    const run = runCli(['apply', '-t', 'ucma4-api-members', '.'], root);
    expect(run.stderr).toContain('Bot/Handler.cs:8:18: warning: Call.Forward(String) is internal in UCMA 4.0');
    expect(readFileSync(join(root, 'Bot/Handler.cs'), 'utf8')).toContain('flow.BeginSendInstantMessage("hi", null, null);');
    // Other/ is its own project: nothing there proves the type.
    expect(readFileSync(join(root, 'Other/Handler.cs'), 'utf8')).toContain('flow.BeginSendMessage("hi", null, null);');
  });

  test('-t transform/rule keeps only that rule', () => {
    const root = project();
    const fix = runCli(['check', '-t', 'ucma4-api-members/instant-messaging-flow-begin-send-message', '.'], root);
    expect(fix.stderr).not.toContain('Forward');
    expect(fix.stdout.toString() + fix.stderr).toContain('1 file');
    const forward = runCli(['diff', '-t', 'ucma4-api-members/call-forward', '.'], root);
    expect(forward.stdout.toString()).toBe('');
    expect(forward.stderr).toContain('[call-forward]');
    const both = runCli(['diff', '-t', 'ucma4-api-members/call-forward', '-t', 'ucma4-api-members', '.'], root);
    expect(both.stdout.toString()).toContain('+            flow.BeginSendInstantMessage');
    expect(both.stderr).toContain('[call-forward]');
  });

  test('rule ids reach the JSON, SARIF and mbox reports', () => {
    const root = project();
    const json = JSON.parse(runCli(['check', '--json', '-t', 'ucma4-api-members', '.'], root).stdout.toString()) as {
      files: Array<{ path: string; diagnostics: Array<{ rule?: string }>; edits: Array<{ rule?: string }> }>;
    };
    const handler = json.files.find((f) => f.path === 'Bot/Handler.cs')!;
    expect(handler.diagnostics.map((d) => d.rule)).toEqual(['call-forward']);
    expect(handler.edits.map((e) => e.rule)).toEqual(['instant-messaging-flow-begin-send-message']);
    const sarifBytes = runCli(['check', '--format', 'sarif', '-t', 'ucma4-api-members', '.'], root).stdout;
    // The API pack's rule descriptors (fullDescription, help) and results (partialFingerprints) pass the GitHub rules.
    const sarifFile = join(makeTempDir(), 'pack.sarif');
    writeFileSync(sarifFile, sarifBytes);
    expect(sarifValidatorErrors(sarifFile)).toEqual([]);
    const sarif = JSON.parse(sarifBytes.toString()) as {
      runs: Array<{ tool: { driver: { rules: Array<{ id: string }> } }; results: Array<{ ruleId: string; ruleIndex: number }> }>;
    };
    const [run] = sarif.runs;
    const ids = run!.tool.driver.rules.map((r) => r.id);
    expect(ids).toContain('ucma4-api-members/call-forward');
    expect(run!.results.map((r) => r.ruleId).sort()).toEqual([
      'ucma4-api-members/call-forward',
      'ucma4-api-members/instant-messaging-flow-begin-send-message',
    ]);
    for (const result of run!.results) expect(ids[result.ruleIndex]).toBe(result.ruleId);
    const mbox = runCli(['diff', '--format', 'mbox', '-t', 'ucma4-api-members', '.'], root).stdout.toString();
    expect(mbox).toContain('\nRules:\n- instant-messaging-flow-begin-send-message: InstantMessagingFlow.BeginSendMessage (removed)\n\n');
  });

  test('an unknown rule is a usage error that lists the rules', () => {
    const run = runCli(['check', '-t', 'ucma4-api-members/no-such-rule', '.'], project());
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('transform ucma4-api-members has no rule "no-such-rule"');
    expect(run.stderr).toContain('call-forward');
  });
});

describe('projectTypes: only files that can declare the named types are indexed', () => {
  const typed = (id: string, projectTypes?: string[]): Transform =>
    defineTransform({
      meta: {
        id,
        title: id,
        description: id,
        source: { title: 'test' },
        kind: 'report',
        needsProject: true,
        ...(projectTypes ? { projectTypes } : {}),
      },
      run: () => undefined,
    });

  // Each file declares (or does not) a type named Entry; the comment says which.
  const files: Record<string, string> = {
    'Class.cs': 'namespace N { public partial class Entry<T> { public string Fqdn; } }',
    'Record.cs': 'namespace N { record class /* a; b { } */ Entry(string Fqdn); }',
    'Verbatim.cs': 'namespace N { struct\n// a comment; with {\n@Entry { } }',
    'Delegate.cs': 'namespace N { delegate (int, string) Entry(int x); }',
    'Uses.cs': 'namespace N { class User { Entry e = new Entry(); void M(Entry x) { } } }',
    'Longer.cs': 'namespace N { class EntryList { } interface IEntry { } enum EntryKind { A } }',
    'Base.cs': 'namespace N { class Derived : Entry<int> { } }',
    'Other.cs': 'namespace N { class Unrelated { } }',
  };

  async function declaredFiles(transforms: Transform[]): Promise<string[]> {
    const root = makeTempDir();
    writeTree(root, files);
    const inputs = Object.keys(files).map((p) => diskInput(join(root, p), p, root));
    const asked: string[] = [];
    const lookup = await indexProjects(inputs, transforms, 1024 * 1024, {
      declare: async (path) => {
        asked.push(path);
        return { path, types: [], namespaces: [] };
      },
    });
    await lookup!.contextFor(inputs[0]!);
    return asked.sort();
  }

  test('a declaration in any spelling is read; a file that only uses the name is not', async () => {
    expect(await declaredFiles([typed('a', ['Entry'])])).toEqual(['Class.cs', 'Delegate.cs', 'Record.cs', 'Verbatim.cs']);
  });

  test('a file the pre-pass read and found no declaration in is not read again for the index', async () => {
    const root = makeTempDir();
    writeTree(root, files);
    // Uses.cs first: the pre-pass always reads the first file (nothing is settled yet).
    const { inputs, reads } = countingInputs(root, ['Uses.cs', ...Object.keys(files).filter((p) => p !== 'Uses.cs')]);
    const lookup = await indexProjects(inputs, [typed('a', ['Entry'])], 1024 * 1024);
    const project = (await lookup!.contextFor(inputs[0]!)).project!;
    expect(project.type('N.Entry')).toBeDefined();
    expect(reads.get('Uses.cs')).toBe(1);
    // A file that can declare Entry is read for the index (and maybe by the pre-pass before).
    expect(reads.get('Class.cs')).toBeGreaterThanOrEqual(1);
  });

  test('the pre-pass tells the declarer once when it finds a file the main pass will work on, and not when it finds none', async () => {
    const prepared = async (transform: Transform) => {
      const root = makeTempDir();
      writeTree(root, files);
      const inputs = Object.keys(files).map((p) => diskInput(join(root, p), p, root));
      let calls = 0;
      await indexProjects(inputs, [transform], 1024 * 1024, { declare: async () => undefined, prepare: () => void calls++ });
      return calls;
    };
    expect(await prepared(typed('a', ['Entry']))).toBe(1);
    const nowhere = defineTransform({ ...typed('b', ['Entry']), meta: { ...typed('b', ['Entry']).meta, requires: ['Nowhere'] } });
    expect(await prepared(nowhere)).toBe(0);
  });

  test('one transform that names no types makes the whole project indexed', async () => {
    expect(await declaredFiles([typed('a', ['Entry']), typed('b')])).toEqual(Object.keys(files).sort());
  });

  test('the index the transform reads holds the declared type', async () => {
    const root = makeTempDir();
    writeTree(root, files);
    const inputs = Object.keys(files).map((p) => diskInput(join(root, p), p, root));
    const lookup = await indexProjects(inputs, [typed('a', ['Entry'])], 1024 * 1024);
    const project = (await lookup!.contextFor(inputs[4]!)).project!;
    expect(project.type('N.Entry')?.members.has('Fqdn')).toBe(true);
    expect(project.type('N.User')).toBeUndefined();
  });

  test('a name that is not an identifier is a problem of the transform shape (what loading a user transform reports)', () => {
    expect(transformShapeProblems(typed('bad', ['Entry|.*']))).toEqual([
      'meta.projectTypes must be a list of simple type names (identifiers) when given',
    ]);
    expect(transformShapeProblems(typed('good', ['Entry', '@Entry']))).toEqual([]);
  });
});

describe('files the pre-pass settles: read once when nothing in them needs work', () => {
  const files = {
    'A/A.csproj': '<Project />',
    'A/Plain.cs': 'namespace A { class Plain { } }',
    'A/Uses.cs': 'namespace A { class Uses { void M() { Use(); } } }',
    'A/Quiet.cs': 'namespace A { class Quiet { } } // ucma-codemod-disable-next-line probe -- kept',
    'B/B.csproj': '<Project />',
    'B/Names.cs': 'namespace B { class Names { } } // Vendor.Sdk',
    'B/Calls.cs': 'namespace B { class Calls { void M() { Use(); } } }',
    'B/Plain.cs': 'namespace B { class Plain { } }',
  };
  const probe = vendorProbe(() => ({ diagnostics: [{ severity: 'info', message: 'seen', range: { start: 0, end: 1 } }] }));
  /** Inputs over a fresh tree, each counting its reads. */
  const counted = () => {
    const root = makeTempDir();
    writeTree(root, files);
    return countingInputs(
      root,
      Object.keys(files).filter((path) => path.endsWith('.cs')),
    );
  };

  test('settled: no work without an index, in a project that is not indexed; never a file with a suppression comment', async () => {
    const { inputs } = counted();
    const lookup = await indexProjects(inputs, [probe], 1024 * 1024);
    const settled = Object.fromEntries(inputs.map((input) => [input.displayPath, lookup!.settledBefore(input)]));
    expect(settled).toEqual({
      'A/Plain.cs': true,
      // Its needle is there, but project A never names Vendor.Sdk: without an index, no work.
      'A/Uses.cs': true,
      'A/Quiet.cs': false,
      // B is indexed (one file names the SDK, another calls Use): an index can add work to any file.
      'B/Names.cs': false,
      'B/Calls.cs': false,
      'B/Plain.cs': false,
    });
  });

  test('check reads a settled file once and says it is unchanged; apply reads every file again', async () => {
    const run = async (write: boolean) => {
      const { inputs, reads } = counted();
      const result = await runCodemod({ inputs, transforms: [probe], maxFileSize: 1024 * 1024, write, patches: !write, jobs: 1 });
      const seen = (file: (typeof result.files)[number]) =>
        `${file.status}${[...file.diagnostics, ...file.acknowledged].map((d) => `, ${d.message}`).join('')}`;
      return { reads: Object.fromEntries(reads), statuses: Object.fromEntries(result.files.map((file) => [file.path, seen(file)])) };
    };
    const check = await run(false);
    const apply = await run(true);
    expect(check.reads['A/Plain.cs']).toBe(1);
    expect(check.reads['A/Uses.cs']).toBe(1);
    expect(check.reads['B/Plain.cs']).toBeGreaterThan(1);
    expect(apply.reads['A/Plain.cs']).toBeGreaterThan(1);
    // The same verdicts either way: only the reads differ.
    expect(check.statuses).toEqual(apply.statuses);
    expect(check.statuses['A/Plain.cs']).toBe('unchanged');
    // The transform ran where its project is indexed, and only there; the suppression comment was judged.
    const said = Object.entries(check.statuses).filter(([, status]) => status !== 'unchanged');
    expect(said.map(([path]) => path)).toEqual(['A/Quiet.cs', 'B/Calls.cs']);
    expect(check.statuses['B/Calls.cs']).toBe('unchanged, seen');
  });
});
