// Every built-in transform keeps the project's conventions (as ESLint checks its rule files): the id
// is the file name, it has a fixture folder and a test file, and its metadata is valid.
import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { transformModuleUrl } from '../../src/engine/transform-origin.js';
import { transformShapeProblems } from '../../src/engine/transform-shape.js';
import { builtInTransforms } from '../../transforms/index.js';
import { repoRoot } from '../helpers/paths.js';

describe('the built-in registry', () => {
  test('is not empty and has unique ids', () => {
    const ids = builtInTransforms.map((t) => t.meta.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const transform of builtInTransforms) {
    const { id } = transform.meta;
    describe(id, () => {
      test('has valid metadata', () => {
        expect(transformShapeProblems(transform)).toEqual([]);
      });

      test('is the default export of transforms/<id>.ts', async () => {
        const file = join(repoRoot, 'transforms', `${id}.ts`);
        expect(existsSync(file)).toBe(true);
        const module = (await import(pathToFileURL(file).href)) as { default: unknown };
        expect(module.default).toBe(transform);
      });

      test('records its module, so worker threads load it as they load a user transform', () => {
        expect(transformModuleUrl(transform)).toBe(pathToFileURL(join(repoRoot, 'transforms', `${id}.ts`)).href);
      });

      test('has a reference page in docs/transforms/', () => {
        expect(existsSync(join(repoRoot, 'docs', 'transforms', `${id}.md`))).toBe(true);
      });

      test('has fixture cases and a test file', () => {
        const fixtures = join(repoRoot, 'fixtures', 'transforms', id);
        expect(existsSync(fixtures)).toBe(true);
        expect(readdirSync(fixtures).some((name) => name.includes('.input.'))).toBe(true);
        expect(existsSync(join(repoRoot, 'test', 'transforms', `${id}.test.ts`))).toBe(true);
      });
    });
  }
});
