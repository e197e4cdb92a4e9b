// A pre-commit `check` of one file should load only what it uses: ts-morph (half a second and
// ~80 MiB) only to type-check a .ts user transform, never for built-ins or plain JavaScript
// transforms; the fixture runner, scaffolder and interactive review only for their commands; the
// language server's library (vscode-languageserver) only for `lsp`; tree-sitter and each grammar
// only when a file of its language is parsed; the diff package only for a patch its edits cannot make.
// The CLI runs with a preload (--require through NODE_OPTIONS) that writes, at exit, every
// CommonJS module file the process loaded (ts-morph is CommonJS, whether imported or required).
// A worker thread of `-j 2` should load one CommonJS bundle with the built-in transforms inside,
// and import only users' transforms as ES modules: there, a preload records each thread's CommonJS
// modules and a module hook (registered through --import) the ES modules it loads.
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cleanTempDirs, makeTempDir, runCli } from '../helpers/cli.js';
import { repoRoot } from '../helpers/paths.js';

afterAll(cleanTempDirs);

const dir = makeTempDir();
const hook = join(dir, 'record-loads.cjs');
writeFileSync(
  hook,
  "process.on('exit', () => require('node:fs').writeFileSync(process.env.LOADS_FILE, Object.keys(require.cache).join('\\n')));\n",
);
writeFileSync(
  join(dir, 'Small.cs'),
  'namespace Bench\n{\n    public class Small\n    {\n        public int Value { get; set; }\n    }\n}\n',
);

const META = "{ id: 'nothing-to-do', title: 'Test transform', description: 'For tests.', source: { title: 'Tests' }, kind: 'report' }";
writeFileSync(join(dir, 'nothing.mjs'), `export default { meta: ${META}, run() {} };\n`);
// A .mjs transform that imports the API and a helper of its own, in a subfolder.
mkdirSync(join(dir, 'lib'));
writeFileSync(join(dir, 'lib', 'meta.mjs'), `export const META = ${META};\n`);
writeFileSync(
  join(dir, 'with-helper.mjs'),
  'import { defineTransform } from "ucma-codemod";\nimport { META } from \'./lib/meta.mjs\';\n\nexport default defineTransform({ meta: META, run() { return {}; } });\n',
);
writeFileSync(
  join(dir, 'nothing.ts'),
  `import { defineTransform } from 'ucma-codemod';\n\nexport default defineTransform({ meta: ${META}, run() { return {}; } });\n`,
);

// A file the C# transforms change, and a project file the XML transforms change.
const TLS_CASE = join(repoRoot, 'fixtures', 'transforms', 'provisioner-tls-target', 'var-declaration-and-for-loop.input.cs');
writeFileSync(join(dir, 'Changed.cs'), readFileSync(TLS_CASE));
writeFileSync(
  join(dir, 'Old.csproj'),
  readFileSync(join(repoRoot, 'fixtures', 'transforms', 'ucma4-project-target-framework', 'cdata-v40.input.csproj')),
);

/** The CommonJS module files the CLI loaded with these arguments, read from the preload's record. */
function modulesLoadedByCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): string[] {
  const loads = join(dir, `loads-${args.join('-').replace(/[^\w-]/g, '_')}.txt`);
  const run = runCli(args, dir, { env: { NODE_OPTIONS: `--require ${JSON.stringify(hook)}`, LOADS_FILE: loads, ...env } });
  expect(run.status).toBeLessThan(2);
  return readFileSync(loads, 'utf8').split('\n');
}

/** The CommonJS module files a `check` with these arguments loaded (of Small.cs unless files are named). */
function modulesLoadedBy(args: readonly string[], env: NodeJS.ProcessEnv = {}, files: readonly string[] = ['Small.cs']): string[] {
  return modulesLoadedByCli(['check', ...args, ...files], env);
}

const isPackage = (name: string) => (path: string) => new RegExp(`[\\\\/]node_modules[\\\\/]${name}[\\\\/]`).test(path);
const isTreeSitter = isPackage('tree-sitter');
const isCSharpGrammar = isPackage('tree-sitter-c-sharp');
const isXmlGrammar = isPackage('@tree-sitter-grammars[\\\\/]tree-sitter-xml');
const isDiff = isPackage('diff');

const isTsMorph = (path: string) => /[\\/]node_modules[\\/]ts-morph[\\/]/.test(path);
const isLanguageServer = (path: string) => /[\\/]node_modules[\\/]vscode-languageserver[\\/]/.test(path);

describe('what a check loads', () => {
  test('a .ts user transform loads ts-morph to type-check it once; unchanged, it comes from the cache', () => {
    const cache = makeTempDir();
    const env = { UCMA_CODEMOD_CACHE_DIR: cache };
    expect(modulesLoadedBy(['-t', './nothing.ts'], env).some(isTsMorph)).toBe(true);
    expect(modulesLoadedBy(['-t', './nothing.ts'], env).filter(isTsMorph)).toEqual([]);
    // A changed source is checked again.
    writeFileSync(join(dir, 'nothing.ts'), `${readFileSync(join(dir, 'nothing.ts'), 'utf8')}// changed\n`);
    expect(modulesLoadedBy(['-t', './nothing.ts'], env).some(isTsMorph)).toBe(true);
    // With the cache off, every run checks.
    expect(modulesLoadedBy(['-t', './nothing.ts'], { UCMA_CODEMOD_CACHE_DIR: 'off' }).some(isTsMorph)).toBe(true);
  });

  test('built-in transforms and a .mjs transform never load ts-morph', () => {
    const builtIn = modulesLoadedBy([]);
    // The record is not empty: the CLI's bundle, CommonJS too, is there.
    expect(builtIn.some((path) => /[\\/]dist[\\/]cli\.cjs$/.test(path))).toBe(true);
    expect(builtIn.filter(isTsMorph)).toEqual([]);
    expect(modulesLoadedBy(['-t', './nothing.mjs']).filter(isTsMorph)).toEqual([]);
    expect(modulesLoadedBy(['-t', './with-helper.mjs']).filter(isTsMorph)).toEqual([]);
  });

  test("the report's diff renderer (diff2html) is not loaded by a check", () => {
    expect(modulesLoadedBy([]).filter((path) => /[\\/]node_modules[\\/](diff2html|@profoundlogic)[\\/]/.test(path))).toEqual([]);
  });

  test('only lsp loads the language server library', () => {
    expect(modulesLoadedBy([]).filter(isLanguageServer)).toEqual([]);
    // lsp with stdin closed at once: the server ends (exit 1, no shutdown came), and the record sees its library.
    const loads = join(dir, 'loads-lsp.txt');
    const run = runCli(['lsp'], dir, { input: '', env: { NODE_OPTIONS: `--require ${JSON.stringify(hook)}`, LOADS_FILE: loads } });
    expect(run.status).toBe(1);
    expect(run.stdout.length).toBe(0);
    expect(readFileSync(loads, 'utf8').split('\n').some(isLanguageServer)).toBe(true);
  });

  test('--version is answered by the launcher: nothing of dist/ is loaded', () => {
    for (const flag of ['--version', '-v']) {
      expect(modulesLoadedByCli([flag]).filter((path) => /[\\/]dist[\\/]/.test(path))).toEqual([]);
    }
    // With anything else beside it, the CLI reads the arguments (here: the help wins).
    expect(modulesLoadedByCli(['--version', '--help']).some((path) => /[\\/]dist[\\/]cli\.cjs$/.test(path))).toBe(true);
  });

  test('a check of a file that no transform needs opens neither tree-sitter, nor a grammar, nor the diff package', () => {
    const loaded = modulesLoadedBy([]);
    expect(loaded.some((path) => /[\\/]dist[\\/]cli\.cjs$/.test(path))).toBe(true);
    expect(loaded.filter((path) => isTreeSitter(path) || isCSharpGrammar(path) || isXmlGrammar(path) || isDiff(path))).toEqual([]);
  });

  test('a C# file that changes loads tree-sitter and the C# grammar, not the XML grammar, nor the diff package when its edits make the patch', () => {
    const loaded = modulesLoadedBy([], {}, ['Changed.cs']);
    expect([isTreeSitter, isCSharpGrammar].map((is) => loaded.some(is))).toEqual([true, true]);
    expect(loaded.filter((path) => isXmlGrammar(path) || isDiff(path))).toEqual([]);
  });

  test('the diff package loads for a patch the edits cannot make alone (an added line equal to one left as it was)', () => {
    // Copies Small.cs's property line above itself: a line-diff may align the copy either way.
    const line = '        public int Value { get; set; }\n';
    writeFileSync(
      join(dir, 'copy-line.mjs'),
      `export default { meta: { id: 'copy-line', title: 'Test', description: 'For tests.', source: { title: 'Tests' }, kind: 'fix' }, ` +
        `run(context) { const at = context.text.indexOf(${JSON.stringify(line)}); return { edits: [{ start: at, end: at, text: ${JSON.stringify(line)} }] }; } };\n`,
    );
    const loaded = modulesLoadedByCli(['diff', '-t', './copy-line.mjs', 'Small.cs']);
    expect(loaded.some(isDiff)).toBe(true);
  });

  test('a project file loads the XML grammar', () => {
    const loaded = modulesLoadedBy([], {}, ['Old.csproj']);
    expect(loaded.some(isXmlGrammar)).toBe(true);
    expect(loaded.filter(isCSharpGrammar)).toEqual([]);
  });
});

describe('what a worker thread loads', () => {
  // Per thread (threadId; 0 is the main thread): `<thread> cjs <file>` for each CommonJS module it
  // holds at its exit, `<thread> esm <url>` for each ES module it loads.
  const threadLoads = join(dir, 'thread-loads.cjs');
  writeFileSync(
    threadLoads,
    "const { threadId } = require('node:worker_threads');\n" +
      "process.on('exit', () => require('node:fs').appendFileSync(process.env.THREAD_LOADS_FILE, " +
      "Object.keys(require.cache).map((file) => `${threadId} cjs ${file}\\n`).join('')));\n",
  );
  writeFileSync(
    join(dir, 'esm-hooks.mjs'),
    "import { appendFileSync } from 'node:fs';\nlet thread;\nexport function initialize(data) { thread = data.thread; }\n" +
      'export async function load(url, context, next) { appendFileSync(process.env.THREAD_LOADS_FILE, `${thread} esm ${url}\\n`); return next(url, context); }\n',
  );
  const register = join(dir, 'register-hooks.mjs');
  writeFileSync(
    register,
    "import { register } from 'node:module';\nimport { threadId } from 'node:worker_threads';\n" +
      "register('./esm-hooks.mjs', import.meta.url, { data: { thread: threadId } });\n",
  );
  // More files than a handful, each one a transform parses: the pool starts its two workers.
  const many = join(dir, 'many');
  mkdirSync(many);
  for (let i = 0; i < 12; i++) writeFileSync(join(many, `Changed${i}.cs`), readFileSync(TLS_CASE));
  writeFileSync(
    join(dir, 'where.mjs'),
    "export default { meta: { id: 'where', title: 'Test transform', description: 'For tests.', source: { title: 'Tests' }, kind: 'report' }, run() {} };\n",
  );

  /** What each thread of a `check -j 2` of many/ loaded: by thread id, its CommonJS files and ES module URLs. */
  function loadsByThread(args: readonly string[]): Map<number, { cjs: string[]; esm: string[] }> {
    const file = join(dir, `thread-loads-${args.join('-').replace(/[^\w-]/g, '_')}.txt`);
    writeFileSync(file, '');
    const options = `--require ${JSON.stringify(threadLoads)} --import ${JSON.stringify(pathToFileURL(register).href)}`;
    const run = runCli(['check', '-j', '2', ...args, 'many'], dir, { env: { NODE_OPTIONS: options, THREAD_LOADS_FILE: file } });
    expect(run.status).toBeLessThan(2);
    const threads = new Map<number, { cjs: string[]; esm: string[] }>();
    for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
      const [thread, kind, what] = line.split(/ (cjs|esm) /) as [string, 'cjs' | 'esm', string];
      const loads = threads.get(Number(thread)) ?? { cjs: [], esm: [] };
      loads[kind].push(what);
      threads.set(Number(thread), loads);
    }
    return threads;
  }

  const isWorkerBundle = (path: string) => /[\\/]dist[\\/]worker\.cjs$/.test(path);
  /** The threads that run the worker bundle (the file workers; not the main thread, nor a module hooks thread). */
  const fileWorkers = (threads: Map<number, { cjs: string[]; esm: string[] }>) =>
    [...threads].filter(([thread, loads]) => thread !== 0 && loads.cjs.some(isWorkerBundle)).map(([, loads]) => loads);

  test('a worker thread runs the bundle and loads no ES module of the package: the built-in transforms are inside', () => {
    const workers = fileWorkers(loadsByThread([]));
    expect(workers.length).toBeGreaterThan(0);
    // They did the files' work: they parsed them.
    expect(workers.some((loads) => loads.cjs.some(isTreeSitter))).toBe(true);
    for (const loads of workers) {
      expect(loads.esm.filter((url) => /\/dist\/(src|transforms)\//.test(url))).toEqual([]);
    }
  });

  test("a user's transform given by path is still imported in a worker thread, and the built-ins beside it are not", () => {
    const workers = fileWorkers(loadsByThread(['-t', './where.mjs', '-t', 'provisioner-tls-target']));
    expect(workers.length).toBeGreaterThan(0);
    for (const loads of workers) {
      // (The CLI imports a copy of the file, in a folder of its own.)
      expect(loads.esm.filter((url) => url.endsWith('/where.mjs'))).toHaveLength(1);
      expect(loads.esm.filter((url) => /\/dist\/transforms\//.test(url))).toEqual([]);
    }
  });
});
