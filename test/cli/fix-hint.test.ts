// The "To make the changes" line after check: it repeats the run's -t/--option flags, says git add
// after check --staged, and stays one short line however many files need the change.
import { afterAll, describe, expect, test } from '@jest/globals';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanTempDirs, git, makeTempDir, runCli } from '../helpers/cli.js';
import { fixturePath } from '../helpers/paths.js';
import { committedSample, copySample } from '../helpers/tree.js';

afterAll(cleanTempDirs);

const APP = 'ApplicationProvisioning/Application.cs';
const hintOf = (stderr: string) => stderr.split('\n').find((line) => line.startsWith('To make the changes')) ?? '';

describe('the fix hint', () => {
  test('check --staged: apply, then git add the same files', () => {
    const root = committedSample('applicationprovisioner');
    writeFileSync(join(root, APP), Buffer.concat([readFileSync(join(root, APP)), Buffer.from('// touched\r\n')]));
    git(root, 'add', APP);
    const hint = hintOf(runCli(['check', '--staged'], root).stderr);
    expect(hint).toBe(`To make the changes: ucma-codemod apply ${APP} && git add ${APP}`);
  });

  test('-t and --option given to check are repeated for apply and review', () => {
    const root = copySample('applicationprovisioner');
    const hint = hintOf(runCli(['check', '-t', 'provisioner-tls-target', '--option', 'style=long form'], root).stderr);
    expect(hint).toBe(
      `To make the changes: ucma-codemod apply -t provisioner-tls-target --option 'style=long form' ${APP}   (or review them: ucma-codemod review -t provisioner-tls-target --option 'style=long form' ${APP})`,
    );
  });

  test("many files: one short line with the run's own paths, not every file name", () => {
    const root = makeTempDir();
    for (let i = 0; i < 40; i++) {
      mkdirSync(join(root, 'src', `copy${i}`), { recursive: true });
      cpSync(fixturePath('samples', 'applicationprovisioner', APP), join(root, 'src', `copy${i}`, 'Application.cs'));
    }
    const hint = hintOf(runCli(['check', 'src'], root).stderr);
    expect(hint).toBe('To make the changes (40 files, listed above): ucma-codemod apply src   (or review them: ucma-codemod review src)');
  });
});
