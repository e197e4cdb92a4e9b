// The cache of type-checked transforms serves an entry only while every file the check read hashes
// as recorded, keeps old versions untouched (a running worker may still import one), and is not
// used from a folder other users could write to.
import { afterAll, describe, expect, test } from '@jest/globals';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cachedEntry, cacheEntryDir, hashFile, storeEntry, transformCacheDir } from '../../src/tools/transform-cache.js';
import { cleanTempDirs, makeTempDir } from '../helpers/cli.js';

afterAll(cleanTempDirs);

/** An emitted folder as the loader makes it, inside the cache. */
function emitted(cacheDir: string, text: string): string {
  const dir = mkdtempSync(join(cacheDir, 'emitting-'));
  writeFileSync(join(dir, 'entry.js'), text);
  return dir;
}

describe('transformCacheDir', () => {
  test('made private (0700) under the configured folder; "off" turns the cache off', () => {
    const base = join(makeTempDir(), 'cache');
    const dir = transformCacheDir({ UCMA_CODEMOD_CACHE_DIR: base });
    expect(dir).toBe(join(base, 'transforms'));
    expect(statSync(dir!).mode & 0o777).toBe(0o700);
    expect(transformCacheDir({ UCMA_CODEMOD_CACHE_DIR: 'off' })).toBeUndefined();
  });

  test('XDG_CACHE_HOME is the default place', () => {
    const xdg = makeTempDir();
    expect(transformCacheDir({ XDG_CACHE_HOME: xdg })).toBe(join(xdg, 'ucma-codemod', 'transforms'));
  });

  test('a folder other users can write to is not used: its modules would be run', () => {
    const base = join(makeTempDir(), 'shared');
    mkdirSync(base);
    chmodSync(base, 0o777);
    expect(transformCacheDir({ UCMA_CODEMOD_CACHE_DIR: base })).toBeUndefined();
  });
});

describe('entries', () => {
  test('served while every source hashes the same; a changed source misses, and its old version stays on disk', () => {
    const cacheDir = transformCacheDir({ UCMA_CODEMOD_CACHE_DIR: makeTempDir() })!;
    const work = makeTempDir();
    const source = join(work, 'mine.ts');
    const helper = join(work, 'helper.ts');
    writeFileSync(source, 'export default 1;\n');
    writeFileSync(helper, 'export const x = 1;\n');
    const entryDir = cacheEntryDir(cacheDir, { entry: source });
    expect(cachedEntry(entryDir)).toBeUndefined();

    const sources = () => [source, helper].map((path) => ({ path, sha256: hashFile(path)! }));
    const first = storeEntry(entryDir, emitted(cacheDir, 'first'), 'entry.js', sources());
    expect(readFileSync(first, 'utf8')).toBe('first');
    expect(cachedEntry(entryDir)).toBe(first);

    // An imported helper changes: the entry is stale, and nothing of the first version is touched.
    writeFileSync(helper, 'export const x: number = "a";\n');
    expect(cachedEntry(entryDir)).toBeUndefined();
    const second = storeEntry(entryDir, emitted(cacheDir, 'second'), 'entry.js', sources());
    expect(second).not.toBe(first);
    expect(cachedEntry(entryDir)).toBe(second);
    expect(readFileSync(first, 'utf8')).toBe('first');

    // A deleted source is a miss too.
    writeFileSync(helper, 'export const x = 1;\n');
    expect(cachedEntry(entryDir)).toBeUndefined();
  });

  test('storing the same sources twice keeps one version and leaves no emitting folder behind', () => {
    const cacheDir = transformCacheDir({ UCMA_CODEMOD_CACHE_DIR: makeTempDir() })!;
    const source = join(makeTempDir(), 'mine.ts');
    writeFileSync(source, 'export default 1;\n');
    const entryDir = cacheEntryDir(cacheDir, { entry: source });
    const sources = [{ path: source, sha256: hashFile(source)! }];
    const a = storeEntry(entryDir, emitted(cacheDir, 'same'), 'entry.js', sources);
    const b = storeEntry(entryDir, emitted(cacheDir, 'same'), 'entry.js', sources);
    expect(b).toBe(a);
    expect(existsSync(a)).toBe(true);
    expect(readFileSync(join(entryDir, 'current'), 'utf8').trim()).toBe(a.split('/').at(-2));
    expect(readdirSync(cacheDir).filter((name) => name.startsWith('emitting-'))).toEqual([]);
  });
});
