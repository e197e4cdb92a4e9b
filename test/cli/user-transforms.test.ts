// Transforms that users write themselves, loaded with -t from folders outside this repository:
// TypeScript type-checked against the public API first, plain JavaScript as is, clear errors for
// every way a transform file can be unusable, and a transform's own failure confined to one file.
import { afterAll, describe, expect, test } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cleanTempDirs, git, gitBytes, initRepo, makeTempDir, runCli } from '../helpers/cli.js';
import { repoRoot } from '../helpers/paths.js';

afterAll(cleanTempDirs);

const BOM = '\ufeff';

// A file as the real sample keeps them: UTF-8 with BOM, CRLF. The one line to change is line 7.
const STARTUP_BEFORE = [
  'using Microsoft.Rtc.Collaboration;',
  '',
  'class Startup',
  '{',
  '    static void Configure(ServerPlatformSettings settings, string[] domains)',
  '    {',
  '        settings.AllowedDomains = domains;',
  '    }',
  '}',
];
const STARTUP_AFTER = STARTUP_BEFORE.map((line) => line.replace('settings.AllowedDomains', 'settings.TrustedDomains'));
const crlfWithBom = (lines: readonly string[]) => Buffer.from(`${BOM}${lines.map((line) => `${line}\r\n`).join('')}`, 'utf8');

// The name appears only in a comment and a string: nothing to change (LF, no BOM).
const NOTES = Buffer.from(
  '// AllowedDomains was renamed in UCMA 4.0.\nclass Notes\n{\n    const string Text = "AllowedDomains";\n}\n',
  'utf8',
);

// A file on which the throwing transform below fails; it would otherwise be changed too.
const BOOM = Buffer.from('class Boom\n{\n    void F(ServerPlatformSettings s) { s.AllowedDomains = null; } // boom\n}\n', 'utf8');

const HELPERS_TS = `// Names shared by the user's transforms.
export const OLD_NAME = 'AllowedDomains';
export const NEW_NAME = 'TrustedDomains';

export function isOldName(text: string): boolean {
  return text === OLD_NAME;
}
`;

// The user's transform: public API only, and a relative import of a helper (NodeNext ".js" spelling).
const RENAME_TS = `import { defineTransform, query, replace } from 'ucma-codemod';
import { NEW_NAME, isOldName } from './helpers.js';

export default defineTransform({
  meta: {
    id: 'rename-allowed-domains',
    title: 'Rename AllowedDomains to TrustedDomains',
    description: 'UCMA 4.0 marks ServerPlatformSettings.AllowedDomains obsolete; TrustedDomains replaces it.',
    source: { title: 'Obsolete or removed API members in UCMA 4.0' },
    kind: 'fix',
  },
  run({ tree }) {
    const edits = query(tree.rootNode, '(member_access_expression name: (identifier) @name)').flatMap(({ name }) =>
      name && isOldName(name.text) ? [replace(name, NEW_NAME)] : [],
    );
    return { edits };
  },
});
`;

const META = (id: string, kind = 'fix') =>
  `{ id: '${id}', title: 'Test transform', description: 'For tests.', source: { title: 'Tests' }, kind: '${kind}' }`;

// A .ts transform that throws on files whose text contains "boom" and renames elsewhere.
const THROWS_TS = `import { defineTransform, findAll, replace } from 'ucma-codemod';

export default defineTransform({
  meta: ${META('throws-on-boom')},
  run({ text, tree }) {
    if (text.includes('boom')) throw new Error('cannot handle boom');
    const names = findAll(tree.rootNode, 'identifier').filter((node) => node.text === 'AllowedDomains');
    return { edits: names.map((node) => replace(node, 'TrustedDomains')) };
  },
});
`;

// Plain JavaScript with no imports at all: edits computed from the text.
const PLAIN_JS = `export default {
  meta: ${META('plain-rename')},
  run({ text }) {
    const at = text.indexOf('settings.AllowedDomains');
    if (at < 0) return {};
    const start = at + 'settings.'.length;
    return { edits: [{ start, end: start + 'AllowedDomains'.length, text: 'TrustedDomains' }] };
  },
};
`;

// Plain JavaScript that uses the public API, as a compiled TypeScript transform would.
const API_MJS = `import { defineTransform, query, replace } from 'ucma-codemod';

export default defineTransform({
  meta: ${META('mjs-rename')},
  run({ tree }) {
    const edits = query(tree.rootNode, '(member_access_expression name: (identifier) @name)').flatMap(({ name }) =>
      name && name.text === 'AllowedDomains' ? [replace(name, 'TrustedDomains')] : [],
    );
    return { edits };
  },
});
`;

/** Git's blob id of `bytes`, as in a patch's index line. */
function blobId(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** Every .cs file under `root` (path to bytes), for before/after comparisons. */
function csFiles(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.cs')) files.set(relative(root, path), readFileSync(path));
    }
  };
  walk(root);
  return files;
}

/** A working folder with the C# tree under App/ and the given transform files under transforms/. */
function workspace(transforms: Record<string, string> = {}, extraCs: Record<string, Buffer> = {}): string {
  const root = makeTempDir('ucma-codemod-user-');
  mkdirSync(join(root, 'App', 'Configuration'), { recursive: true });
  writeFileSync(join(root, 'App', 'Configuration', 'Startup.cs'), crlfWithBom(STARTUP_BEFORE));
  writeFileSync(join(root, 'App', 'Notes.cs'), NOTES);
  for (const [path, bytes] of Object.entries(extraCs)) writeFileSync(join(root, 'App', path), bytes);
  mkdirSync(join(root, 'transforms'), { recursive: true });
  for (const [path, text] of Object.entries(transforms)) writeFileSync(join(root, 'transforms', path), text);
  return root;
}

/** The exact patch for Startup.cs under `dir`: headers, blob ids, one hunk with CRLF content lines. */
function expectedStartupPatch(path: string): string {
  const before = crlfWithBom(STARTUP_BEFORE);
  const after = crlfWithBom(STARTUP_AFTER);
  return [
    `diff --git a/${path} b/${path}\n`,
    `index ${blobId(before)}..${blobId(after)} 100644\n`,
    `--- a/${path}\n`,
    `+++ b/${path}\n`,
    '@@ -4,6 +4,6 @@ class Startup\n',
    ' {\r\n',
    '     static void Configure(ServerPlatformSettings settings, string[] domains)\r\n',
    '     {\r\n',
    '-        settings.AllowedDomains = domains;\r\n',
    '+        settings.TrustedDomains = domains;\r\n',
    '     }\r\n',
    ' }\r\n',
  ].join('');
}

/** Runs diff, apply and check with `-t spec` and checks that each is refused and no file changes; returns diff's stderr. */
function expectRefused(root: string, spec: string, message: string | RegExp): string {
  const before = csFiles(root);
  const stderrs = ['diff', 'apply', 'check'].map((command) => {
    const run = runCli([command, '-t', spec, 'App'], root);
    expect(run.status).toBe(2);
    expect(run.stdout.length).toBe(0);
    if (typeof message === 'string') expect(run.stderr).toContain(message);
    else expect(run.stderr).toMatch(message);
    // No file report: the run stopped before any file was read.
    expect(run.stderr).not.toMatch(/ucma-codemod (diff|apply|check): /);
    return run.stderr;
  });
  expect(csFiles(root)).toEqual(before);
  return stderrs[0]!;
}

describe('a TypeScript transform from a folder outside the repository', () => {
  // The transform and its helper live in their own temp folder; the C# tree in another.
  const transformDir = makeTempDir('ucma-codemod-transform-src-');
  writeFileSync(join(transformDir, 'helpers.ts'), HELPERS_TS);
  writeFileSync(join(transformDir, 'rename-allowed-domains.ts'), RENAME_TS);
  const transformPath = join(transformDir, 'rename-allowed-domains.ts');

  test('diff -t <absolute path> prints exactly the rename, and leaves comments and strings alone', () => {
    const root = workspace();
    const run = runCli(['diff', '-t', transformPath, 'App'], root);
    expect(run.stderr).toMatch(/^ucma-codemod diff: 1 file to change, 1 unchanged, 0 skipped, 0 failed in \d+\.\d\ds\n$/);
    expect(run.status).toBe(0);
    expect(run.stdout.toString('utf8')).toBe(expectedStartupPatch('App/Configuration/Startup.cs'));
  });

  test('apply writes what git sees as the same patch; the comment-and-string file keeps its bytes', () => {
    const root = workspace();
    initRepo(root);
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'before');
    const patch = runCli(['diff', '-t', transformPath, 'App'], root).stdout;

    const applied = runCli(['apply', '-t', transformPath, 'App'], root);
    expect(applied.status).toBe(0);
    // apply names the file it wrote, then the summary.
    expect(applied.stderr).toMatch(/^App\/Configuration\/Startup\.cs: written\nucma-codemod apply: 1 file changed, 1 unchanged/);
    expect(readFileSync(join(root, 'App', 'Configuration', 'Startup.cs')).equals(crlfWithBom(STARTUP_AFTER))).toBe(true);
    expect(readFileSync(join(root, 'App', 'Notes.cs')).equals(NOTES)).toBe(true);
    expect(gitBytes(root, 'diff', '--full-index', '--no-color', '--no-ext-diff').toString('latin1')).toBe(patch.toString('latin1'));

    // Idempotent: a second run finds nothing to do.
    const again = runCli(['check', '-t', transformPath, 'App'], root);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/0 files need changes, 2 unchanged/);
  });

  test('a relative path from the working directory works as well, and list shows the user transform', () => {
    const root = workspace({ 'helpers.ts': HELPERS_TS, 'rename-allowed-domains.ts': RENAME_TS });
    const run = runCli(['diff', '-t', './transforms/rename-allowed-domains.ts', 'App'], root);
    expect(run.status).toBe(0);
    expect(run.stdout.toString('utf8')).toBe(expectedStartupPatch('App/Configuration/Startup.cs'));

    const list = JSON.parse(runCli(['list', '--json', '-t', './transforms/rename-allowed-domains.ts'], root).stdout.toString()) as Array<{
      id: string;
      kind: string;
    }>;
    expect(list.map((t) => [t.id, t.kind])).toEqual([['rename-allowed-domains', 'fix']]);
  });

  test('an extensionless relative import resolves too', () => {
    const root = workspace({ 'helpers.ts': HELPERS_TS, 'rename.ts': RENAME_TS.replace("'./helpers.js'", "'./helpers'") });
    const run = runCli(['diff', '-t', './transforms/rename.ts', 'App'], root);
    expect(run.stderr).toMatch(/^ucma-codemod diff: 1 file to change/);
    expect(run.status).toBe(0);
    expect(run.stdout.toString('utf8')).toBe(expectedStartupPatch('App/Configuration/Startup.cs'));
  });
});

describe('type errors: nothing is run', () => {
  // Line 7, column 84 is the 42.
  const BAD_TYPE_TS = [
    '// replace() takes the new text as a string.',
    "import { defineTransform, findAll, replace } from 'ucma-codemod';",
    '',
    'export default defineTransform({',
    `  meta: ${META('bad-type')},`,
    '  run({ tree }) {',
    "    const edits = findAll(tree.rootNode, 'identifier').map((node) => replace(node, 42));",
    '    return { edits };',
    '  },',
    '});',
    '',
  ].join('\n');

  test('replace(node, 42) is refused with file:line:col and TS2345; the C# files keep their bytes even with apply', () => {
    expect(BAD_TYPE_TS.split('\n')[6]!.indexOf('42') + 1).toBe(84);
    const root = workspace({ 'bad-type.ts': BAD_TYPE_TS });
    const stderr = expectRefused(
      root,
      './transforms/bad-type.ts',
      'ucma-codemod: transform file transforms/bad-type.ts does not type-check; nothing was run:\n',
    );
    expect(stderr).toMatch(
      /^transforms\/bad-type\.ts:7:84: error TS2345: Argument of type 'number' is not assignable to parameter of type 'string'\.$/m,
    );
  });

  test('a type error in an imported helper is reported at the helper', () => {
    const badHelper = HELPERS_TS.replace("export const NEW_NAME = 'TrustedDomains';", 'export const NEW_NAME: string = 7;');
    const root = workspace({ 'helpers.ts': badHelper, 'rename.ts': RENAME_TS });
    const stderr = expectRefused(
      root,
      './transforms/rename.ts',
      'transform file transforms/rename.ts does not type-check; nothing was run',
    );
    // Line 3, column 14 is NEW_NAME.
    expect(stderr).toMatch(/^transforms\/helpers\.ts:3:14: error TS2322: /m);
  });

  test('a helper broken after a good run is caught: the cache of type-checked transforms never serves stale code', () => {
    const root = workspace({ 'helpers.ts': HELPERS_TS, 'rename.ts': RENAME_TS });
    expect(runCli(['check', '-t', './transforms/rename.ts', 'App'], root).status).toBe(1);
    writeFileSync(
      join(root, 'transforms', 'helpers.ts'),
      HELPERS_TS.replace("export const NEW_NAME = 'TrustedDomains';", 'export const NEW_NAME: string = 7;'),
    );
    const stderr = expectRefused(
      root,
      './transforms/rename.ts',
      'transform file transforms/rename.ts does not type-check; nothing was run',
    );
    expect(stderr).toMatch(/^transforms\/helpers\.ts:3:14: error TS2322: /m);
  });

  test('transforms are pure: Node modules and globals are not declared for them (deliberately), so using them is a type error', () => {
    // The loader type-checks with `types: []` and `lib: es2022` only: no @types/node, no DOM.
    // A transform gets the file's text and tree and returns edits; it must not read or write files,
    // log, or look at the environment, so these are refused before anything runs.
    const usesNode = [
      "import fs from 'node:fs';",
      "import { defineTransform } from 'ucma-codemod';",
      '',
      'export default defineTransform({',
      `  meta: ${META('uses-node', 'report')},`,
      '  run({ path }) {',
      "    fs.writeFileSync(path + '.bak', '');",
      '    if (process.env.DEBUG) return {};',
      '    return {};',
      '  },',
      '});',
      '',
    ].join('\n');
    const root = workspace({ 'uses-node.ts': usesNode });
    const stderr = expectRefused(
      root,
      './transforms/uses-node.ts',
      'transform file transforms/uses-node.ts does not type-check; nothing was run',
    );
    // The module specifier on line 1 and `process` on line 8.
    expect(stderr).toMatch(/^transforms\/uses-node\.ts:1:16: error TS\d+: .*node:fs/m);
    expect(stderr).toMatch(/^transforms\/uses-node\.ts:8:9: error TS\d+: Cannot find name 'process'/m);
    // Nothing was written beside the C# files either.
    expect(readdirSync(join(root, 'App', 'Configuration'))).toEqual(['Startup.cs']);
  });
});

describe('transform files that cannot be used: exit 2 with a clear message', () => {
  test('a missing file', () => {
    const root = workspace();
    expectRefused(root, './transforms/missing.ts', 'ucma-codemod: transform file transforms/missing.ts not found\n');
  });

  test('a file that is not a transform module', () => {
    const root = workspace({ 'notes.txt': 'hello' });
    expectRefused(root, './transforms/notes.txt', 'ucma-codemod: transform file transforms/notes.txt must end in .ts, .mts, .js or .mjs\n');
  });

  test('a .mjs with no default export', () => {
    const root = workspace({ 'no-default.mjs': 'export const meta = {};\nexport function run() {}\n' });
    expectRefused(
      root,
      './transforms/no-default.mjs',
      'ucma-codemod: transform file transforms/no-default.mjs has no default export; end it with "export default defineTransform({ meta, run })"\n',
    );
  });

  test('a default export of the wrong shape lists every problem', () => {
    const wrong =
      "export default { meta: { id: 'Bad_Id', title: '', description: 'd', source: {}, kind: 'rewrite' }, run: 'not a function' };\n";
    const root = workspace({ 'wrong-shape.mjs': wrong });
    expectRefused(
      root,
      './transforms/wrong-shape.mjs',
      [
        'ucma-codemod: transform file transforms/wrong-shape.mjs does not export a valid transform:',
        '  - run must be a function (context) => ({ edits, diagnostics })',
        '  - meta.id must be a kebab-case id such as "rename-allowed-domains", got "Bad_Id"',
        '  - meta.title must be a non-empty string',
        '  - meta.source.title must name the document the transform implements',
        '  - meta.kind must be "fix" or "report", got "rewrite"',
        '',
      ].join('\n'),
    );
  });

  test('a .mjs that throws while loading', () => {
    const root = workspace({ 'throws-on-load.mjs': "throw new Error('not today');\n" });
    expectRefused(
      root,
      './transforms/throws-on-load.mjs',
      'ucma-codemod: transform file transforms/throws-on-load.mjs failed to load: not today\n',
    );
  });
});

describe('a transform that throws at run time on one file', () => {
  test('that file fails with a message naming the transform and the file; the others are still processed; exit 2', () => {
    const root = workspace({ 'throws.ts': THROWS_TS }, { 'Boom.cs': BOOM });
    const run = runCli(['diff', '-t', './transforms/throws.ts', 'App'], root);
    expect(run.status).toBe(2);
    expect(run.stdout.toString('utf8')).toBe(expectedStartupPatch('App/Configuration/Startup.cs'));
    expect(run.stderr).toContain(
      'App/Boom.cs:1:1: error: transform throws-on-boom threw while processing App/Boom.cs: cannot handle boom [throws-on-boom]\n',
    );
    expect(run.stderr).toMatch(/ucma-codemod diff: 1 file to change, 1 unchanged, 0 skipped, 1 failed; 1 error, 0 warnings in /);

    // apply writes the good file and leaves the failed one as it was.
    const applied = runCli(['apply', '-t', './transforms/throws.ts', 'App'], root);
    expect(applied.status).toBe(2);
    expect(readFileSync(join(root, 'App', 'Configuration', 'Startup.cs')).equals(crlfWithBom(STARTUP_AFTER))).toBe(true);
    expect(readFileSync(join(root, 'App', 'Boom.cs')).equals(BOOM)).toBe(true);
  });
});

describe('JavaScript transforms load without a type check', () => {
  test('a .mjs with no imports', () => {
    const root = workspace({ 'plain.mjs': PLAIN_JS });
    const run = runCli(['diff', '-t', './transforms/plain.mjs', 'App'], root);
    expect(run.status).toBe(0);
    expect(run.stdout.toString('utf8')).toBe(expectedStartupPatch('App/Configuration/Startup.cs'));
  });

  test('a .js in an ES module package', () => {
    const root = workspace({ 'plain.js': PLAIN_JS, 'package.json': '{ "type": "module" }\n' });
    const run = runCli(['diff', '-t', './transforms/plain.js', 'App'], root);
    expect(run.status).toBe(0);
    expect(run.stdout.toString('utf8')).toBe(expectedStartupPatch('App/Configuration/Startup.cs'));
  });

  test('a .mjs that imports ucma-codemod, in a project that has it installed', () => {
    const root = workspace({ 'api.mjs': API_MJS });
    mkdirSync(join(root, 'node_modules'));
    symlinkSync(repoRoot, join(root, 'node_modules', 'ucma-codemod'), 'dir');
    const run = runCli(['diff', '-t', './transforms/api.mjs', 'App'], root);
    expect(run.stderr).toMatch(/^ucma-codemod diff: 1 file to change/);
    expect(run.status).toBe(0);
    expect(run.stdout.toString('utf8')).toBe(expectedStartupPatch('App/Configuration/Startup.cs'));
  });

  test('a .mjs that imports ucma-codemod, in a folder where it is not installed (like a .ts transform)', () => {
    // A .ts transform's "ucma-codemod" import is pointed at the running tool wherever the file is;
    // the same transform compiled to JavaScript should load from the same folder.
    const root = workspace({ 'api.mjs': API_MJS });
    const run = runCli(['diff', '-t', './transforms/api.mjs', 'App'], root);
    expect(run.stderr).toMatch(/^ucma-codemod diff: 1 file to change/);
    expect(run.status).toBe(0);
    expect(run.stdout.toString('utf8')).toBe(expectedStartupPatch('App/Configuration/Startup.cs'));
  });
});

describe('ids are unique in one run', () => {
  const clash = RENAME_TS.replace("id: 'rename-allowed-domains'", "id: 'provisioner-tls-target'");

  test('a user transform with a built-in id is refused when both are selected', () => {
    const root = workspace({ 'helpers.ts': HELPERS_TS, 'clash.ts': clash });
    for (const order of [
      ['-t', 'provisioner-tls-target', '-t', './transforms/clash.ts'],
      ['-t', './transforms/clash.ts', '-t', 'provisioner-tls-target'],
    ]) {
      const before = csFiles(root);
      const run = runCli(['apply', ...order, 'App'], root);
      expect(run.status).toBe(2);
      expect(run.stdout.length).toBe(0);
      expect(run.stderr).toBe(
        'ucma-codemod: two transforms have the id "provisioner-tls-target"; ids must be unique in one run\nRun "ucma-codemod --help" for usage.\n',
      );
      expect(csFiles(root)).toEqual(before);
    }
  });

  test('alone, the same user transform runs (only it, not the built-ins)', () => {
    const root = workspace({ 'helpers.ts': HELPERS_TS, 'clash.ts': clash });
    const run = runCli(['diff', '-t', './transforms/clash.ts', 'App'], root);
    expect(run.status).toBe(0);
    expect(run.stdout.toString('utf8')).toBe(expectedStartupPatch('App/Configuration/Startup.cs'));
  });

  test('the same .ts file given twice runs once (as the same .mjs given twice does)', () => {
    const root = workspace({ 'helpers.ts': HELPERS_TS, 'rename.ts': RENAME_TS });
    const run = runCli(['diff', '-t', './transforms/rename.ts', '-t', './transforms/rename.ts', 'App'], root);
    expect(run.stderr).toMatch(/^ucma-codemod diff: 1 file to change, 1 unchanged/);
    expect(run.status).toBe(0);
    expect(run.stdout.toString('utf8')).toBe(expectedStartupPatch('App/Configuration/Startup.cs'));
  });
});
