// Every run reads the project: a run on one file, a folder, a glob or the staged files indexes the
// declarations of the projects those files belong to (the nearest folder with a .csproj, and the
// files it compiles), and reports only what it was given. The pre-commit run (`check --staged`)
// indexes the staged content of staged files and the work tree's content of the rest.
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ProjectFinder, withProjectPeers } from '../../src/inputs/project-peers.js';
import { diskInput } from '../../src/inputs/source-input.js';
import { cleanTempDirs, git, initRepo, makeTempDir, runCli } from '../helpers/cli.js';

afterAll(cleanTempDirs);

const C = 'Microsoft.Rtc.Collaboration';

function writeTree(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

const oldStyleProject = (...items: string[]) =>
  `<Project ToolsVersion="4.0" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">\n  <ItemGroup>\n${items
    .map((item) => `    <Compile Include="${item}" />\n`)
    .join('')}  </ItemGroup>\n</Project>\n`;

// A bot whose field is declared in one part of a partial class and used in the other, in a sub-folder.
const BOT = {
  'Bot/Bot.csproj': oldStyleProject('State.cs', 'Send\\Sender.cs'),
  'Bot/State.cs': `using ${C};\nnamespace Bot\n{\n    public partial class Agent\n    {\n        private InstantMessagingFlow flow;\n    }\n}\n`,
  'Bot/Send/Sender.cs':
    'namespace Bot\n{\n    public partial class Agent\n    {\n        public void Say(string text)\n        {\n            flow.BeginSendMessage(text, null, null);\n        }\n    }\n}\n',
};

interface Report {
  readonly files: ReadonlyArray<{ readonly path: string; readonly edits: ReadonlyArray<{ readonly rule?: string }> }>;
}

const reportOf = (stdout: Buffer): Report => JSON.parse(stdout.toString('utf8')) as Report;

describe('the project of a run on part of it', () => {
  test('check FILE and check FOLDER find the use whose receiver is declared in a file they were not given, and report only their files', () => {
    const root = makeTempDir();
    writeTree(root, BOT);
    for (const target of ['Bot/Send/Sender.cs', 'Bot/Send']) {
      const run = runCli(['check', '-t', 'ucma4-api-members', '--format', 'json', target], root);
      expect({ target, status: run.status }).toEqual({ target, status: 1 });
      const report = reportOf(run.stdout);
      expect(report.files.map((f) => f.path)).toEqual(['Bot/Send/Sender.cs']);
      expect(report.files[0]!.edits.map((e) => e.rule)).toEqual(['instant-messaging-flow-begin-send-message']);
    }
  });

  test('check --staged on one staged file of a partial class finds the use whose receiver is declared in the other, unstaged part', () => {
    const root = makeTempDir();
    initRepo(root);
    // Committed without the field; the field is then added in the work tree and left unstaged.
    writeTree(root, { ...BOT, 'Bot/State.cs': 'namespace Bot\n{\n    public partial class Agent\n    {\n    }\n}\n' });
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'bot');
    writeTree(root, { 'Bot/State.cs': BOT['Bot/State.cs'] });
    // The staged change: a new use in Sender.cs.
    writeTree(root, { 'Bot/Send/Sender.cs': BOT['Bot/Send/Sender.cs'].replace('(text, null, null);', '(text + "!", null, null);') });
    git(root, 'add', 'Bot/Send/Sender.cs');
    const run = runCli(['check', '--staged', '-t', 'ucma4-api-members', '--format', 'json'], root);
    expect(run.status).toBe(1);
    const report = reportOf(run.stdout);
    expect(report.files.map((f) => f.path)).toEqual(['Bot/Send/Sender.cs']);
    expect(report.files[0]!.edits.map((e) => e.rule)).toEqual(['instant-messaging-flow-begin-send-message']);
  });
});

// A file that a project compiles from outside its own folder: linked from a folder without a
// project, or the file of a project nested in an SDK-style one (which compiles its folder whole).
const sdkProject = '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net45</TargetFramework></PropertyGroup></Project>\n';
const holder = (name: string) =>
  `using ${C};\nnamespace Demo\n{\n    public static class ${name}\n    {\n        public static InstantMessagingFlow Flow;\n    }\n}\n`;
const sender = (name: string) =>
  `namespace Demo\n{\n    class Use${name}\n    {\n        void Send()\n        {\n            ${name}.Flow.BeginSendMessage("hi", null, null);\n        }\n    }\n}\n`;
const TWO_PROJECTS = {
  // App links a file from Shared, which has no project of its own.
  'App/App.csproj': oldStyleProject('Main.cs', 'Holder.cs', '..\\Shared\\Channel.cs', '..\\Shared\\Relay.cs'),
  'App/Main.cs': sender('Channel'),
  'App/Holder.cs': holder('Holder'),
  'Shared/Channel.cs': holder('Channel'),
  'Shared/Relay.cs': sender('Holder'),
  // Outer is SDK-style: it compiles Inner's files too.
  'Outer/Outer.csproj': sdkProject,
  'Outer/Use.cs': sender('Kept'),
  'Outer/Inner/Inner.csproj': sdkProject,
  'Outer/Inner/Kept.cs': holder('Kept'),
};

describe('a file that a project compiles from outside its folder', () => {
  test('a run over the whole tree indexes it with that project, whatever files it is given; the linked file is judged with its own (none)', () => {
    const root = makeTempDir();
    writeTree(root, TWO_PROJECTS);
    // Not Shared/Relay.cs: App's Holder is not in its own project (it has none), and App may not be the only project that links it.
    const expected = ['App/Main.cs', 'Outer/Use.cs'];
    for (const target of ['.', 'App/Main.cs Outer/Use.cs Shared/Relay.cs App/Holder.cs Shared/Channel.cs Outer/Inner/Kept.cs']) {
      const run = runCli(['check', '-t', 'ucma4-api-members', '--format', 'json', ...target.split(' ')], root);
      expect({ target, status: run.status }).toEqual({ target, status: 1 });
      const report = reportOf(run.stdout);
      expect(report.files.filter((f) => f.edits.length > 0).map((f) => f.path)).toEqual(expected);
    }
  });

  test('check --staged with every file staged finds them too (the pre-commit run of a first commit)', () => {
    const root = makeTempDir();
    initRepo(root);
    writeTree(root, TWO_PROJECTS);
    git(root, 'add', '-A');
    const run = runCli(['check', '--staged', '-t', 'ucma4-api-members', '--format', 'json'], root);
    expect(run.status).toBe(1);
    expect(
      reportOf(run.stdout)
        .files.filter((f) => f.edits.length > 0)
        .map((f) => f.path),
    ).toEqual(['App/Main.cs', 'Outer/Use.cs']);
  });

  test('a file two projects link is judged with its own project only: no edit proven by one of theirs, which the other might break', () => {
    const root = makeTempDir();
    const ownFlow = `namespace Demo\n{\n    public static class Holder\n    {\n        public static MyFlow Flow;\n    }\n    public class MyFlow\n    {\n        public void BeginSendMessage(string text, object callback, object state) { }\n    }\n}\n`;
    writeTree(root, {
      'ProjA/ProjA.csproj': oldStyleProject('Holder.cs', 'Use.cs', '..\\Shared\\UseHolder.cs'),
      'ProjA/Holder.cs': holder('Holder'),
      'ProjB/ProjB.csproj': oldStyleProject('Holder.cs', '..\\Shared\\UseHolder.cs'),
      'ProjB/Holder.cs': ownFlow,
      'Shared/UseHolder.cs': sender('Holder'),
    });
    const edited = (run: ReturnType<typeof runCli>) =>
      reportOf(run.stdout)
        .files.filter((f) => f.edits.length > 0)
        .map((f) => f.path);
    expect(edited(runCli(['check', '-t', 'ucma4-api-members', '--format', 'json', '.'], root))).toEqual([]);
    expect(edited(runCli(['check', '-t', 'ucma4-api-members', '--format', 'json', 'ProjA', 'Shared'], root))).toEqual([]);
    // A use in ProjA's own folder is judged with ProjA, the linked file included.
    writeTree(root, { 'ProjA/Use.cs': sender('Holder').replace('UseHolder', 'UseInA') });
    expect(edited(runCli(['check', '-t', 'ucma4-api-members', '--format', 'json', '.'], root))).toEqual(['ProjA/Use.cs']);
  });

  test('the id finding names the App.config it read', () => {
    const root = makeTempDir();
    writeTree(root, {
      'App/App.csproj': oldStyleProject('Startup.cs'),
      'App/App.config':
        '<?xml version="1.0"?>\n<configuration>\n  <appSettings>\n    <add key="Other" value="x" />\n  </appSettings>\n</configuration>\n',
      'App/Startup.cs': `using System.Configuration;\nusing ${C};\nnamespace Demo\n{\n    static class Startup\n    {\n        static CollaborationPlatform Start()\n        {\n            return new CollaborationPlatform(new ProvisionedApplicationPlatformSettings("Bot", ConfigurationManager.AppSettings["ApplicationID"]));\n        }\n    }\n}\n`,
    });
    const run = runCli(['check', '-t', 'ucma4-provisioning', '--format', 'json', '.'], root);
    const startup = (
      JSON.parse(run.stdout.toString('utf8')) as { files: Array<{ path: string; diagnostics: Array<{ message: string }> }> }
    ).files.find((file) => file.path === 'App/Startup.cs');
    expect(startup?.diagnostics.map((d) => d.message).filter((m) => m.includes('appSettings'))).toEqual([
      expect.stringContaining('the appSettings value "ApplicationID", which App/App.config does not set'),
    ]);
  });

  test('withProjectPeers marks it with every project that compiles it besides its own', async () => {
    const root = makeTempDir();
    writeTree(root, { ...TWO_PROJECTS, 'Other/Other.csproj': oldStyleProject('..\\Shared\\Channel.cs') });
    const paths = ['App/Main.cs', 'Other/Other.csproj', 'Outer/Inner/Kept.cs', 'Outer/Use.cs', 'Shared/Channel.cs', 'Shared/Relay.cs'];
    const inputs = await withProjectPeers(
      paths.map((path) => diskInput(join(root, path), path, root)),
      { cwd: root, ignore: undefined },
    );
    expect(inputs.map((input) => [input.displayPath, input.projectRoot, input.alsoCompiledBy])).toEqual([
      ['App/Main.cs', undefined, undefined],
      ['Other/Other.csproj', undefined, undefined],
      ['Outer/Inner/Kept.cs', undefined, [join(root, 'Outer')]],
      ['Outer/Use.cs', undefined, undefined],
      // Linked by App and by Other (a project folder with no C# file of its own, named by its project file).
      ['Shared/Channel.cs', undefined, [join(root, 'App'), join(root, 'Other')]],
      ['Shared/Relay.cs', undefined, [join(root, 'App')]],
    ]);
  });
});

describe('ProjectFinder and withProjectPeers', () => {
  test("an old-style project's Compile items (a linked file outside its folder included, commented-out items not) are the peers; the given files are not", async () => {
    const root = makeTempDir();
    writeTree(root, {
      'App/App.csproj': oldStyleProject('Program.cs', 'Parts\\Part.cs', '..\\Shared\\Common.cs', 'Missing.cs').replace(
        '</ItemGroup>',
        '  <!-- <Compile Include="NotCompiled.cs" /> -->\n    <Compile Include=\'Quoted.cs\'><SubType>Code</SubType></Compile>\n  </ItemGroup>',
      ),
      'App/Quoted.cs': 'class Quoted { }',
      'App/Program.cs': 'class Program { }',
      'App/Parts/Part.cs': 'partial class P { }',
      'App/NotCompiled.cs': 'class Left { }',
      'Shared/Common.cs': 'class Common { }',
    });
    const finder = new ProjectFinder(root);
    expect(await finder.projectFolderOf(join(root, 'App/Parts/Part.cs'))).toBe(join(root, 'App'));
    const [program] = await withProjectPeers([diskInput(join(root, 'App/Program.cs'), 'App/Program.cs', root)], {
      cwd: root,
      ignore: undefined,
    });
    expect(program!.projectPeers!.map((p) => [p.displayPath, p.projectRoot])).toEqual([
      ['App/Parts/Part.cs', join(root, 'App')],
      ['App/Quoted.cs', join(root, 'App')],
      ['Shared/Common.cs', join(root, 'App')],
    ]);
  });

  test('a project file without Compile items (SDK style) compiles its folder, which a run that walked it does not walk again', async () => {
    const root = makeTempDir();
    writeTree(root, {
      'Sdk/Sdk.csproj': '<Project Sdk="Microsoft.NET.Sdk" />',
      'Sdk/A.cs': 'class A { }',
      'Sdk/Deep/B.cs': 'class B { }',
      'Sdk/bin/Generated.cs': 'class Generated { }',
      'Loose/C.cs': 'class C { }',
    });
    const a = diskInput(join(root, 'Sdk/A.cs'), 'Sdk/A.cs', root);
    const loose = diskInput(join(root, 'Loose/C.cs'), 'Loose/C.cs', root);
    const [withPeers, alone] = await withProjectPeers([a, loose], { cwd: root, ignore: undefined });
    expect(withPeers!.projectPeers!.map((p) => p.displayPath)).toEqual(['Sdk/Deep/B.cs']);
    expect(alone!.projectPeers).toBeUndefined();
    const [walked] = await withProjectPeers([a], { cwd: root, ignore: undefined, walkedFolders: [root] });
    expect(walked!.projectPeers).toBeUndefined();
  });
});
