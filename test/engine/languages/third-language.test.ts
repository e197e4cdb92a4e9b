// A file type is one entry of the language table: a throwaway language registered here, and
// nowhere else, reaches discovery, `--staged`, the help text, the fix hint, the installed hook
// and the pre-commit framework's hook definitions with no other edit.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { helpText } from '../../../src/cli/help-text.js';
import { preCommitFilesPattern, readFileGlobs } from '../../../src/engine/languages/file-patterns.js';
import { languageForPath, registerLanguage } from '../../../src/engine/languages/index.js';
import type { Language } from '../../../src/engine/languages/language.js';
import { xml } from '../../../src/engine/languages/xml/index.js';
import { discoverFiles } from '../../../src/inputs/discover-files.js';
import { stagedInputs } from '../../../src/inputs/staged-files.js';
import { formatFixHint, MAX_LISTED_FILES } from '../../../src/output/fix-hint.js';
import { hookScript } from '../../../src/tools/install-hook.js';
import { cleanTempDirs, git, initRepo, makeTempDir } from '../../helpers/cli.js';
import { repoRoot } from '../../helpers/paths.js';

/** WiX installer sources: XML, under a file kind no built-in language has. */
const wix: Language = {
  ...xml,
  id: 'wix',
  name: 'WiX',
  fileKinds: [{ id: 'wix-source', description: 'WiX installer sources', extensions: ['.wxs'] }],
};

/** The pre-commit framework's regex (Python syntax, `(?i)` in front) as a JavaScript one. */
function preCommitRegex(pattern: string): RegExp {
  expect(pattern.startsWith('(?i)')).toBe(true);
  return new RegExp(pattern.slice('(?i)'.length), 'i');
}

let unregister: () => void;
beforeAll(() => {
  unregister = registerLanguage(wix);
});
afterAll(() => {
  unregister();
  cleanTempDirs();
});

describe('a third file type, registered only in this test', () => {
  test('is a language of its files, and only of them', () => {
    expect(languageForPath('installer/Product.wxs')?.id).toBe('wix');
    expect(languageForPath('installer/PRODUCT.WXS')?.id).toBe('wix');
    expect(languageForPath('installer/.wxs')).toBeUndefined();
    expect(readFileGlobs()).toContain('*.wxs');
  });

  test('is found in folders by discovery', async () => {
    const root = makeTempDir();
    mkdirSync(join(root, 'installer'));
    writeFileSync(join(root, 'installer', 'Product.wxs'), '<Wix/>\n');
    writeFileSync(join(root, 'installer', 'notes.txt'), 'not read\n');
    const found = await discoverFiles(['.'], root);
    expect(found.files.map((file) => file.displayPath)).toEqual(['installer/Product.wxs']);
  });

  test('is judged by --staged', async () => {
    const root = makeTempDir();
    initRepo(root);
    writeFileSync(join(root, 'Product.wxs'), '<Wix/>\n');
    writeFileSync(join(root, 'readme.txt'), 'not read\n');
    git(root, 'add', '.');
    const { inputs } = await stagedInputs([], root);
    expect(inputs.map((input) => input.displayPath)).toEqual(['Product.wxs']);
  });

  test('is named by the help text, where folders are searched and where --staged is explained', () => {
    const overview = helpText(undefined, 400);
    expect(overview).toMatch(/Folders are searched for [^\n]*\*\.wxs/);
    expect(helpText('check', 400)).toMatch(/--staged[^\n]*\*\.wxs/);
  });

  test('is selected by the fix hint of a staged check of many files, with the same pathspecs git understands', () => {
    const root = makeTempDir();
    initRepo(root);
    mkdirSync(join(root, 'deep', 'er'), { recursive: true });
    for (const name of ['deep/er/Product.wxs', 'Main.cs', 'App.csproj', 'deep/App.config', 'skip.txt'])
      writeFileSync(join(root, name), 'x\n');
    git(root, 'add', '.');
    const files = Array.from({ length: MAX_LISTED_FILES + 1 }, (_, i) => `F${i}.cs`);
    const hint = formatFixHint(files, { staged: true, flags: [], paths: [] });
    const command = /files=\$\((.*?)\); ucma-codemod/.exec(hint)?.[1];
    expect(command).toBeDefined();
    // The hint's own git command, run for real: every read file, at any depth, and nothing else.
    const args = [...command!.matchAll(/'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2]!).slice(1);
    expect(
      git(root, ...args)
        .trim()
        .split('\n')
        .sort(),
    ).toEqual(['App.csproj', 'Main.cs', 'deep/App.config', 'deep/er/Product.wxs']);
  });

  test('is named by the installed hook and matched by the pre-commit framework hook definitions', () => {
    expect(hookScript()).toContain('*.wxs');
    const files = preCommitRegex(preCommitFilesPattern());
    expect(files.test('installer/Product.wxs')).toBe(true);
    expect(files.test('src/Application.cs')).toBe(true);
    expect(files.test('installer/Product.wxs.bak')).toBe(false);
  });
});

describe('the committed pre-commit framework hook definitions', () => {
  test('select exactly the files the language table reads', () => {
    // Every hook's `files:` is the table's pattern (the file is data for pre-commit, so it is checked, not generated).
    unregister();
    try {
      const yaml = readFileSync(join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8');
      const patterns = [...yaml.matchAll(/^\s+files: (.*)$/gm)].map((match) => match[1]);
      expect(patterns.length).toBeGreaterThan(0);
      for (const pattern of patterns) expect(pattern).toBe(preCommitFilesPattern());
    } finally {
      unregister = registerLanguage(wix);
    }
  });
});
