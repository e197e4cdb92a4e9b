// readRegularFile, the read under every input: whole bytes whatever the size, the size limit held
// while reading (a file can grow after its size was taken), and an empty file read as empty.
import { afterAll, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { closeFolder, openFolderBelow, readRegularFile } from '../../src/platform/no-follow.js';
import { cleanTempDirs, makeTempDir } from '../helpers/cli.js';

afterAll(cleanTempDirs);

const bytesOf = (read: ReturnType<typeof readRegularFile>) => ('bytes' in read ? read.bytes : read);

test('reads every byte of files of many sizes, and an empty file as empty', () => {
  const dir = makeTempDir();
  const folder = openFolderBelow(dir, dir);
  try {
    for (const size of [0, 1, 4095, 4096, 65_535, 65_536, 65_537, 300_001]) {
      const content = Buffer.alloc(size, 0);
      for (let i = 0; i < size; i++) content[i] = (i * 7 + 3) & 0xff;
      writeFileSync(join(dir, `f${size}`), content);
      expect(bytesOf(readRegularFile(folder, `f${size}`, 1_000_000))).toEqual(content);
      // Exactly at the limit is within it; one byte under is over it.
      expect(bytesOf(readRegularFile(folder, `f${size}`, size))).toEqual(content);
      if (size > 0) expect(readRegularFile(folder, `f${size}`, size - 1)).toEqual({ oversize: size });
    }
  } finally {
    closeFolder(folder);
  }
});

// procfs files report size 0 and hold text: the read past the reported size, as for a file that grew.
test('a file longer than its reported size is read whole, and held to the limit', () => {
  const folder = openFolderBelow('/proc/self', '/proc/self');
  try {
    const read = bytesOf(readRegularFile(folder, 'status', 1_000_000));
    expect(Buffer.isBuffer(read)).toBe(true);
    expect((read as Buffer).toString('latin1')).toMatch(/^Name:/);
    expect((read as Buffer).length).toBeGreaterThan(100);
    expect((read as Buffer).subarray(0, 5)).toEqual(readFileSync('/proc/self/status').subarray(0, 5));
    expect(readRegularFile(folder, 'status', 10)).toMatchObject({ oversize: expect.any(Number) });
    expect((readRegularFile(folder, 'status', 10) as { oversize: number }).oversize).toBeGreaterThan(10);
  } finally {
    closeFolder(folder);
  }
});
