// The patch colours on a terminal, as git's defaults: header lines bold, the hunk range cyan (its
// function context plain), removed lines red, added lines green, context plain; only escape
// codes are added, so taking them out gives back the exact patch bytes.
import { describe, expect, test } from '@jest/globals';
import { colorPatch } from '../../src/terminal/patch-colors.js';

const ESC = '\u001b';
const bold = (text: string) => `${ESC}[1m${text}${ESC}[m`;
const cyan = (text: string) => `${ESC}[36m${text}${ESC}[m`;
const red = (text: string) => `${ESC}[31m${text}${ESC}[m`;
const green = (text: string) => `${ESC}[32m${text}${ESC}[m`;
const stripColors = (bytes: Buffer) => Buffer.from(bytes.toString('latin1').replace(/\u001b\[[0-9;]*m/g, ''), 'latin1');

// Two files; the first deletes a line that itself starts with "--" and one that starts with "++",
// which are hunk lines, not headers. The second has CRLF lines and no newline at its end.
const PATCH = [
  'diff --git a/A.cs b/A.cs\n',
  'index 1111111..2222222 100644\n',
  '--- a/A.cs\n',
  '+++ b/A.cs\n',
  '@@ -1,4 +1,3 @@ class A\n',
  ' int a;\n',
  '--- x;\n',
  '-++ y;\n',
  '+int b;\n',
  'diff --git a/B.cs b/B.cs\n',
  'index 3333333..4444444 100644\n',
  '--- a/B.cs\n',
  '+++ b/B.cs\n',
  '@@ -1 +1 @@\n',
  '-old\r\n',
  '+new\r\n',
  '\\ No newline at end of file\n',
].join('');

describe('colorPatch', () => {
  test('colours each kind of line as git does', () => {
    const expected = [
      `${bold('diff --git a/A.cs b/A.cs')}\n`,
      `${bold('index 1111111..2222222 100644')}\n`,
      `${bold('--- a/A.cs')}\n`,
      `${bold('+++ b/A.cs')}\n`,
      `${cyan('@@ -1,4 +1,3 @@')} class A\n`,
      ' int a;\n',
      `${red('--- x;')}\n`,
      `${red('-++ y;')}\n`,
      `${green('+int b;')}\n`,
      `${bold('diff --git a/B.cs b/B.cs')}\n`,
      `${bold('index 3333333..4444444 100644')}\n`,
      `${bold('--- a/B.cs')}\n`,
      `${bold('+++ b/B.cs')}\n`,
      `${cyan('@@ -1 +1 @@')}\n`,
      // The colour ends before the CR, so CR and LF stay together.
      `${red('-old')}\r\n`,
      `${green('+new')}\r\n`,
      '\\ No newline at end of file\n',
    ].join('');
    expect(colorPatch(Buffer.from(PATCH, 'utf8')).toString('utf8')).toBe(expected);
  });

  test('adds only escape codes: 8-bit bytes and the last line without a newline stay as they are', () => {
    const latin1 = Buffer.concat([Buffer.from(PATCH, 'utf8'), Buffer.from([0x2d, 0xe9, 0xfc, 0x0a, 0x2b, 0xe9])]);
    const colored = colorPatch(latin1);
    expect(colored.equals(latin1)).toBe(false);
    expect(stripColors(colored).equals(latin1)).toBe(true);
    expect(colorPatch(Buffer.alloc(0)).length).toBe(0);
  });
});
