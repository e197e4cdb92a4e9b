// When output is coloured: the flag beats NO_COLOR (no-color.org), FORCE_COLOR colours a pipe,
// TERM=dumb and a pipe get none, a terminal gets colour by default.
import { describe, expect, test } from '@jest/globals';
import { wantsColor } from '../../src/terminal/colors.js';

const tty = { isTTY: true };
const pipe = { isTTY: false };

describe('wantsColor', () => {
  test.each([
    { stream: tty, env: {}, flag: undefined, want: true },
    { stream: pipe, env: {}, flag: undefined, want: false },
    { stream: tty, env: { NO_COLOR: '1' }, flag: undefined, want: false },
    { stream: tty, env: { NO_COLOR: '' }, flag: undefined, want: true },
    { stream: pipe, env: { NO_COLOR: '1' }, flag: true, want: true },
    { stream: tty, env: {}, flag: false, want: false },
    { stream: pipe, env: { FORCE_COLOR: '1' }, flag: undefined, want: true },
    { stream: pipe, env: { FORCE_COLOR: '' }, flag: undefined, want: true },
    { stream: tty, env: { FORCE_COLOR: '0' }, flag: undefined, want: false },
    { stream: tty, env: { FORCE_COLOR: 'false' }, flag: undefined, want: false },
    { stream: pipe, env: { FORCE_COLOR: '1' }, flag: false, want: false },
    { stream: tty, env: { TERM: 'dumb' }, flag: undefined, want: false },
    { stream: tty, env: { TERM: 'dumb' }, flag: true, want: true },
    { stream: tty, env: { TERM: 'dumb', FORCE_COLOR: '1' }, flag: undefined, want: true },
    { stream: tty, env: { NO_COLOR: '1', FORCE_COLOR: '1' }, flag: undefined, want: false },
  ])('$stream.isTTY $env --color=$flag: $want', ({ stream, env, flag, want }) => {
    expect(wantsColor(stream, env as NodeJS.ProcessEnv, flag)).toBe(want);
  });
});
