// The layers stay visible: each folder of src/ imports only the layers below it, nothing below the
// CLI imports the CLI, and no module imports itself back through a cycle.
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { repoRoot } from '../helpers/paths.js';

/** What each layer may import (besides itself and npm/node modules). */
const ALLOWED: Record<string, readonly string[]> = {
  platform: [],
  engine: ['platform'],
  authoring: ['engine', 'platform'],
  inputs: ['engine', 'platform'],
  run: ['engine', 'inputs', 'platform'],
  output: ['run', 'engine', 'platform', 'terminal'],
  terminal: ['engine', 'platform'],
  tools: ['engine', 'platform'],
  config: ['inputs', 'platform'],
  testing: ['engine', 'platform'],
  index: ['engine', 'authoring'],
  transforms: ['index'],
  cli: ['engine', 'authoring', 'inputs', 'run', 'output', 'terminal', 'tools', 'platform', 'transforms', 'index', 'config', 'testing'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The layer of a repository file: the folder under src/, `index` for src/index.ts, or `transforms`. */
function layerOf(file: string): string {
  const parts = relative(repoRoot, file).split(/[\\/]/);
  if (parts[0] === 'transforms') return 'transforms';
  return parts.length === 2 ? parts[1]!.replace(/\.ts$/, '') : parts[1]!;
}

/** Relative imports of a file (static, dynamic and type-only), resolved to .ts paths; TypeScript's own scanner skips template strings. */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((imported) => imported.fileName)
    .filter((specifier) => specifier.startsWith('./') || specifier.startsWith('../'))
    .map((specifier) => resolve(dirname(file), specifier.replace(/\.js$/, '.ts')));
}

const files = [...sourceFiles(join(repoRoot, 'src')), ...sourceFiles(join(repoRoot, 'transforms'))];
const graph = new Map(files.map((file) => [file, importsOf(file)]));

describe('layers', () => {
  test('every import goes to the same layer or one it may use', () => {
    expect([...graph.values()].flat().length).toBeGreaterThan(50);
    const violations: string[] = [];
    for (const [file, imports] of graph) {
      const from = layerOf(file);
      for (const target of imports) {
        const to = layerOf(target);
        if (to !== from && !(ALLOWED[from] ?? []).includes(to))
          violations.push(`${relative(repoRoot, file)} -> ${relative(repoRoot, target)}`);
      }
    }
    expect(violations).toEqual([]);
  });

  test('there are no import cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].map((f) => relative(repoRoot, f)).join(' -> '));
        return;
      }
      state.set(file, 'open');
      for (const target of graph.get(file) ?? []) visit(target, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });

  test('a language is one folder: it imports no other language, and only the language table imports it', () => {
    const languagesDir = join(repoRoot, 'src', 'engine', 'languages');
    const folders = readdirSync(languagesDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(languagesDir, entry.name));
    expect(folders.length).toBeGreaterThanOrEqual(2);
    const folderOf = (file: string) => folders.find((folder) => file.startsWith(`${folder}/`));
    const violations: string[] = [];
    for (const [file, imports] of graph) {
      for (const target of imports) {
        const to = folderOf(target);
        if (to === undefined || to === folderOf(file)) continue;
        // The table (languages/index.ts) takes each language object from its folder's index.
        const table = file === join(languagesDir, 'index.ts') && target === join(to, 'index.ts');
        // Code outside the languages (authoring helpers, C# declarations) may use a language's
        // parser or dialects, but never its object: that comes from the table.
        const helper = !file.startsWith(`${languagesDir}/`) && target !== join(to, 'index.ts');
        if (!table && !helper) violations.push(`${relative(repoRoot, file)} -> ${relative(repoRoot, target)}`);
      }
    }
    expect(violations).toEqual([]);
  });

  test('src/ keeps only a handful of files at its top level', () => {
    const top = readdirSync(join(repoRoot, 'src'), { withFileTypes: true }).filter((entry) => entry.isFile());
    expect(top.map((entry) => entry.name)).toEqual(['index.ts']);
  });
});
