// Atomic writes: temp file + rename, mode kept, refusal when the file changed or is read-only,
// and clean-up of temp files left by a killed run.
import { afterAll, describe, expect, test } from '@jest/globals';
import { chmodSync, chownSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileChangedError, ReadOnlyFileError, removeStaleTempFiles, writeFileAtomic } from '../../src/run/atomic-write.js';
import { cleanTempDirs, makeTempDir } from '../helpers/cli.js';

afterAll(cleanTempDirs);

describe('writeFileAtomic', () => {
  test('replaces the content, keeps the mode and leaves no temp file', async () => {
    const dir = makeTempDir();
    const path = join(dir, 'A.cs');
    writeFileSync(path, 'old');
    chmodSync(path, 0o750);
    await writeFileAtomic(path, Buffer.from('new'), Buffer.from('old'));
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(statSync(path).mode & 0o777).toBe(0o750);
    expect(readdirSync(dir)).toEqual(['A.cs']);
  });

  test('many concurrent writes into one directory (sharing its fsync) all land, with their modes', async () => {
    const dir = makeTempDir();
    const names = Array.from({ length: 60 }, (_, i) => `F${i}.cs`);
    names.forEach((name, i) => {
      writeFileSync(join(dir, name), `old ${i}`);
      chmodSync(join(dir, name), i % 2 ? 0o640 : 0o755);
    });
    await Promise.all(names.map((name, i) => writeFileAtomic(join(dir, name), Buffer.from(`new ${i}`), Buffer.from(`old ${i}`))));
    names.forEach((name, i) => {
      expect(readFileSync(join(dir, name), 'utf8')).toBe(`new ${i}`);
      expect(statSync(join(dir, name)).mode & 0o777).toBe(i % 2 ? 0o640 : 0o755);
    });
    expect(readdirSync(dir).sort()).toEqual([...names].sort());
  });

  test("keeps the owner (another user's file, when running as root)", async () => {
    const dir = makeTempDir();
    const path = join(dir, 'A.cs');
    writeFileSync(path, 'old');
    const owner = process.getuid?.() === 0 ? 65534 : statSync(path).uid;
    if (process.getuid?.() === 0) chownSync(path, 65534, 65534);
    await writeFileAtomic(path, Buffer.from('new'), Buffer.from('old'));
    expect(statSync(path).uid).toBe(owner);
    expect(readFileSync(path, 'utf8')).toBe('new');
  });

  test('refuses when the file changed since it was read, and leaves it alone', async () => {
    const dir = makeTempDir();
    const path = join(dir, 'A.cs');
    writeFileSync(path, 'edited by someone else');
    await expect(writeFileAtomic(path, Buffer.from('new'), Buffer.from('old'))).rejects.toThrow(FileChangedError);
    expect(readFileSync(path, 'utf8')).toBe('edited by someone else');
    expect(readdirSync(dir)).toEqual(['A.cs']);
  });

  test('refuses a read-only file (no write bit), even for root', async () => {
    const dir = makeTempDir();
    const path = join(dir, 'A.cs');
    writeFileSync(path, 'old');
    chmodSync(path, 0o444);
    await expect(writeFileAtomic(path, Buffer.from('new'), Buffer.from('old'))).rejects.toThrow(ReadOnlyFileError);
    expect(readFileSync(path, 'utf8')).toBe('old');
  });
});

describe('removeStaleTempFiles', () => {
  test('removes temp files of dead processes only', async () => {
    const dir = makeTempDir();
    const stale = join(dir, '.A.cs.ucma-codemod-999999999-0badc0de.tmp');
    const live = join(dir, `.B.cs.ucma-codemod-${process.pid}-0badc0de.tmp`);
    const other = join(dir, '.C.cs.something-else.tmp');
    for (const path of [stale, live, other]) writeFileSync(path, 'x');
    expect(await removeStaleTempFiles(dir)).toEqual([stale]);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(existsSync(other)).toBe(true);
  });
});
