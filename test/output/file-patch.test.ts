// Patch bytes: git headers, quoting, CRLF/BOM/8-bit bytes kept, refused paths, git diff's own bytes.
import { afterAll, describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFilePatch, gitBlobId, quotePath } from '../../src/output/file-patch.js';
import { UnsafePatchPathError } from '../../src/run/patch-path.js';
import { decodeSource, encodeSource } from '../../src/engine/source-text.js';
import { cleanTempDirs, git, gitBytes, initRepo, makeTempDir } from '../helpers/cli.js';

const patchFor = (path: string, bytes: Buffer, edit: (text: string) => string) => {
  const source = decodeSource(bytes);
  return createFilePatch({ path, source, newText: edit(source.text) });
};

describe('createFilePatch', () => {
  test('writes git headers with blob ids and one hunk', () => {
    const before = Buffer.from('a\nb\nc\n');
    const patch = patchFor('src/A.cs', before, (text) => text.replace('b', 'B')).toString('utf8');
    expect(patch).toBe(
      'diff --git a/src/A.cs b/src/A.cs\n' +
        `index ${gitBlobId(before)}..${gitBlobId(Buffer.from('a\nB\nc\n'))} 100644\n` +
        '--- a/src/A.cs\n+++ b/src/A.cs\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n',
    );
  });

  test('keeps CR bytes and the BOM on the first line', () => {
    const before = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a\r\nb\r\n')]);
    const patch = patchFor('A.cs', before, (text) => text.replace('a', 'A'));
    expect(patch.includes(Buffer.from('-\u{feff}a\r\n+\u{feff}A\r\n b\r\n', 'utf8'))).toBe(true);
  });

  test('keeps 8-bit bytes as they were', () => {
    const before = Buffer.from([0x2f, 0x2f, 0xe9, 0x0a, 0x78, 0x0a]); // "//é\nx\n" in Windows-1252
    const patch = patchFor('A.cs', before, (text) => text.replace('x', 'y'));
    expect(patch.includes(Buffer.from([0x20, 0x2f, 0x2f, 0xe9, 0x0a, 0x2d, 0x78, 0x0a, 0x2b, 0x79, 0x0a]))).toBe(true);
  });

  test('marks a missing final newline', () => {
    const patch = patchFor('A.cs', Buffer.from('a\nb'), (text) => text.replace('b', 'c')).toString();
    expect(patch).toContain('-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n');
  });

  test('ends ---/+++ names with a tab when the path has a space, like git', () => {
    const patch = patchFor('my dir/A.cs', Buffer.from('a\n'), () => 'b\n').toString();
    expect(patch).toContain('diff --git a/my dir/A.cs b/my dir/A.cs\n');
    expect(patch).toContain('--- a/my dir/A.cs\t\n+++ b/my dir/A.cs\t\n');
  });

  test.each(['../A.cs', '/etc/A.cs', 'a/../../A.cs', 'C:/A.cs', 'a\\A.cs'])('refuses the unsafe path %s', (path) => {
    expect(() => patchFor(path, Buffer.from('a\n'), () => 'b\n')).toThrow(UnsafePatchPathError);
  });
});

describe('quotePath', () => {
  test.each([
    ['a/b.cs', 'a/b.cs'],
    ['a/b c.cs', 'a/b c.cs'],
    ['a/é.cs', '"a/\\303\\251.cs"'],
    ['a/"q".cs', '"a/\\"q\\".cs"'],
    ['a/tab\there.cs', '"a/tab\\there.cs"'],
  ])('%s -> %s', (path, quoted) => {
    expect(quotePath(path)).toBe(quoted);
  });
});

describe('hunk headers for empty sides, like git', () => {
  test.each([
    ['', 'x\n', '@@ -0,0 +1 @@'],
    ['x\n', '', '@@ -1 +0,0 @@'],
  ])('%j to %j', (before, after, header) => {
    const source = decodeSource(Buffer.from(before));
    expect(createFilePatch({ path: 'A.cs', source, newText: after }).toString()).toContain(`${header}\n`);
  });
});

describe('the same bytes as git diff', () => {
  const dir = makeTempDir();
  afterAll(cleanTempDirs);
  initRepo(dir);
  // A function line of more than 80 bytes with 2-byte characters, a BOM on the first line, and an
  // 8-bit file: the text after "@@ ... @@" comes from those lines.
  const long = `void Gr\u00fc\u00dfe${'\u00e9'.repeat(40)}(int a)\n{\n`;
  test.each([
    ['a long non-ASCII function line', Buffer.from(`${long}  one();\n  two();\n  three();\n  four();\n}\n`, 'utf8'), 'three', 'THREE'],
    ['a BOM', Buffer.from(`\u{feff}class A\r\n{\r\n  one();\r\n  two();\r\n  three();\r\n  four();\r\n}\r\n`, 'utf8'), 'four', 'FOUR'],
    ['8-bit bytes', Buffer.from(`Cafe\n  one();\n  two(\u00e9);\n  three();\n  four(\u00e9);\n`, 'latin1'), 'four', 'FOUR'],
  ])('%s, with and without edits', (_name, before, from, to) => {
    const source = decodeSource(before);
    const start = source.text.indexOf(from);
    const edits = [{ start, end: start + from.length, text: to }];
    const newText = source.text.slice(0, start) + to + source.text.slice(start + from.length);
    writeFileSync(join(dir, 'A.cs'), before);
    git(dir, 'add', 'A.cs');
    writeFileSync(join(dir, 'A.cs'), encodeSource(source, newText));
    const gitPatch = gitBytes(dir, 'diff', '--full-index', '--no-color', '--no-ext-diff', 'A.cs');
    expect(gitPatch.includes(Buffer.from('@@ -'))).toBe(true);
    expect(createFilePatch({ path: 'A.cs', source, newText, edits }).equals(gitPatch)).toBe(true);
    expect(createFilePatch({ path: 'A.cs', source, newText }).equals(gitPatch)).toBe(true);
  });
});
