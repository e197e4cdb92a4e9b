// -o and --output-dir: refused before the run when they would overwrite an input or cannot be
// written (a folder in the way, a missing folder); a failing write (a full disk: /dev/full) is a
// one-line error with exit 2, never "internal error" with a stack.
import { afterAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanTempDirs, runCli } from '../helpers/cli.js';
import { copySample } from '../helpers/tree.js';

afterAll(cleanTempDirs);

const APP = 'ApplicationProvisioning/Application.cs';
const noStack = (stderr: string) => expect(stderr).not.toMatch(/internal error|\n\s+at /);

describe('report files', () => {
  test('-o naming one of the inputs is refused, and the input is untouched', () => {
    const root = copySample('applicationprovisioner');
    const before = readFileSync(join(root, APP));
    const run = runCli(['diff', '-o', APP], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`ucma-codemod: ${APP} is one of the files being processed`);
    expect(readFileSync(join(root, APP)).equals(before)).toBe(true);
  });

  test.each([
    { output: 'ApplicationProvisioning', message: 'is a folder; -o needs a file name' },
    { output: 'missing/report.patch', message: 'cannot be written: the folder missing does not exist' },
    { output: `${APP}/report.patch`, message: 'is not a folder' },
  ])('-o $output: exit 2, "$message"', ({ output, message }) => {
    const root = copySample('applicationprovisioner');
    const run = runCli(['diff', '-o', output], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    noStack(run.stderr);
  });

  test('-o /dev/full (a full disk): exit 2, "no space left"', () => {
    const root = copySample('applicationprovisioner');
    const run = runCli(['diff', '-o', '/dev/full'], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('ucma-codemod: /dev/full cannot write the report: no space left on the device');
    noStack(run.stderr);
  });

  test('--output-dir that is a file, or inside a file: exit 2 with a message', () => {
    const root = copySample('applicationprovisioner');
    writeFileSync(join(root, 'patches'), 'not a folder\n');
    const file = runCli(['diff', '--format', 'mbox', '--output-dir', 'patches'], root);
    expect(file.status).toBe(2);
    expect(file.stderr).toContain('patches exists and is not a folder');
    const inside = runCli(['diff', '--format', 'mbox', '--output-dir', 'patches/sub'], root);
    expect(inside.status).toBe(2);
    expect(inside.stderr).toContain('patches/sub cannot create the folder: not a directory');
    noStack(inside.stderr);
    mkdirSync(join(root, 'ok'));
    expect(runCli(['diff', '--format', 'mbox', '--output-dir', 'ok'], root).status).toBe(0);
    expect(existsSync(join(root, 'ok', '0001-provisioner-tls-target.patch'))).toBe(true);
  });
});

describe('-l / --list-different', () => {
  test('prints only the paths of the files that change, one per line; check still exits 1', () => {
    const root = copySample('applicationprovisioner-edited');
    const run = runCli(['check', '-l'], root);
    expect(run.status).toBe(1);
    expect(run.stdout.toString('utf8')).toBe(`${APP}\nvendor-copy/${APP}\n`);
    expect(runCli(['diff', '--list-different'], root).stdout.toString('utf8')).toBe(`${APP}\nvendor-copy/${APP}\n`);
    const applied = runCli(['apply', '-l'], root);
    expect(applied.status).toBe(0);
    expect(applied.stdout.toString('utf8')).toBe(`${APP}\nvendor-copy/${APP}\n`);
    expect(runCli(['check', '-l'], root).stdout.toString('utf8')).toBe('');
    expect(runCli(['check', '-l', '--json'], root).status).toBe(2);
  });
});

describe('apply names what it wrote', () => {
  test('one "written" line per file on stderr, none when nothing changed', () => {
    const root = copySample('applicationprovisioner-edited');
    const run = runCli(['apply'], root);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`${APP}: written\nvendor-copy/${APP}: written\n`);
    expect(runCli(['apply'], root).stderr).not.toContain('written');
  });
});
