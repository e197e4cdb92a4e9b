// A pre-commit `check` of one file should load only what it uses: ts-morph (half a second and
// ~80 MiB) only to type-check a .ts user transform, never for built-ins or plain JavaScript
// transforms; the fixture runner, scaffolder and interactive review only for their commands.
// The CLI runs with a preload (--require through NODE_OPTIONS) that writes, at exit, every
// CommonJS module file the process loaded (ts-morph is CommonJS, whether imported or required).
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanTempDirs, makeTempDir, runCli } from '../helpers/cli.js';

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

/** The CommonJS module files a `check` with these arguments loaded, read from the preload's record. */
function modulesLoadedBy(args: readonly string[], env: NodeJS.ProcessEnv = {}): string[] {
  const loads = join(dir, `loads-${args.join('-').replace(/[^\w-]/g, '_')}.txt`);
  const run = runCli(['check', ...args, 'Small.cs'], dir, {
    env: { NODE_OPTIONS: `--require ${JSON.stringify(hook)}`, LOADS_FILE: loads, ...env },
  });
  expect(run.stderr).toContain('ucma-codemod check:');
  expect(run.status).toBe(0);
  return readFileSync(loads, 'utf8').split('\n');
}

const isTsMorph = (path: string) => /[\\/]node_modules[\\/]ts-morph[\\/]/.test(path);

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
    // The record is not empty: tree-sitter, CommonJS too, is there.
    expect(builtIn.some((path) => /[\\/]node_modules[\\/]tree-sitter[\\/]/.test(path))).toBe(true);
    expect(builtIn.filter(isTsMorph)).toEqual([]);
    expect(modulesLoadedBy(['-t', './nothing.mjs']).filter(isTsMorph)).toEqual([]);
    expect(modulesLoadedBy(['-t', './with-helper.mjs']).filter(isTsMorph)).toEqual([]);
  });
});
