// -j/--jobs: worker threads change nothing in the output; a transform that runs too long fails its
// file by name and the run goes on.
import { afterAll, expect, test } from '@jest/globals';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanTempDirs, copyTree, makeTempDir, runCli } from '../helpers/cli.js';
import { fixturePath } from '../helpers/paths.js';
import { treeDifferences } from '../helpers/tree.js';

afterAll(cleanTempDirs);

/** 12 copies of both sample trees, some with CRLF, a BOM or 8-bit bytes: well over a handful of files. */
function sampleTree(): string {
  const root = makeTempDir();
  for (let i = 0; i < 12; i++) {
    for (const variant of ['applicationprovisioner', 'applicationprovisioner-edited'])
      copyTree(fixturePath('samples', variant), join(root, `copy${i}`, variant));
  }
  writeFileSync(join(root, 'copy0', 'Wide.cs'), Buffer.from([0xff, 0xfe, 0x41, 0x00]));
  writeFileSync(join(root, 'copy0', 'Latin1.cs'), Buffer.from('class Caf\xe9 { }\r\n', 'latin1'));
  return root;
}

test('diff, check and apply give the same bytes with --jobs 1 and --jobs 2', () => {
  const root = sampleTree();
  for (const args of [['diff'], ['diff', '--json'], ['check', '--format', 'sarif'], ['diff', '--format', 'mbox']]) {
    // mbox carries a date: fix it, as reproducible builds do.
    const env = { SOURCE_DATE_EPOCH: '1700000000' };
    const one = runCli([...args, '--jobs', '1'], root, { env });
    const two = runCli([...args, '--jobs', '2'], root, { env });
    expect(two.status).toBe(one.status);
    expect(two.stdout.equals(one.stdout)).toBe(true);
    expect(one.stdout.length).toBeGreaterThan(1000);
    // The summary ends with the run's duration; everything before it is the same.
    expect(two.stderr.replace(/ in [\d.]+s/g, '')).toBe(one.stderr.replace(/ in [\d.]+s/g, ''));
  }
  const appliedOne = makeTempDir();
  const appliedTwo = makeTempDir();
  copyTree(root, appliedOne);
  copyTree(root, appliedTwo);
  const one = runCli(['apply', '-j', '1'], appliedOne);
  const two = runCli(['apply', '-j', '2'], appliedTwo);
  expect([one.status, two.status]).toEqual([2, 2]); // Wide.cs cannot be read as text
  expect(treeDifferences(appliedOne, appliedTwo)).toEqual([]);
  expect(treeDifferences(root, appliedTwo).length).toBeGreaterThan(0);
});

test('worker threads see what the engine sees: project files beside an App.config, XML transforms, suppression comments', () => {
  const root = sampleTree();
  // An App.config judged by the project file beside it, in a worker as in this thread.
  const configs = fixturePath('transforms', 'ucma4-config-runtime');
  for (let i = 0; i < 4; i++) {
    const folder = join(root, `copy${i}`, 'applicationprovisioner', 'ApplicationProvisioner');
    copyTree(join(configs, 'client-profile-sku.beside.csproj'), join(folder, 'Beside.csproj'));
    copyTree(join(configs, 'client-profile-sku.input.exe.config'), join(folder, 'App.config'));
  }
  // A suppression comment in a file that no selected transform requires: still judged (a stale one is a warning).
  writeFileSync(join(root, 'copy1', 'Quiet.cs'), '// ucma-codemod-disable-next-line provisioner-tls-target -- reviewed\nclass Quiet { }\n');
  const transforms = [
    'provisioner-tls-target',
    'ucma4-config-runtime',
    'ucma4-project-64-bit',
    'ucma4-project-references',
    'ucma4-project-target-framework',
  ].flatMap((id) => ['-t', id]);
  const one = runCli(['diff', '--json', ...transforms, '--jobs', '1'], root);
  const two = runCli(['diff', '--json', ...transforms, '--jobs', '2'], root);
  expect(two.status).toBe(one.status);
  expect(two.stdout.equals(one.stdout)).toBe(true);
  const json = one.stdout.toString('utf8');
  expect(json).toContain('App.config');
  expect(json).toContain('.csproj');
  expect(json).toContain('Quiet.cs');
});

test('a transform that never returns fails its file, named, after --file-timeout; the other files are done', () => {
  const root = sampleTree();
  writeFileSync(join(root, 'copy3', 'Spin.cs'), 'class SpinHere { }\n');
  writeFileSync(
    join(root, 'spins.mjs'),
    "export default { meta: { id: 'spins-on-marker', title: 't', description: 'Never returns on SpinHere.', source: { title: 't' }, kind: 'report' },\n" +
      "  run(context) { while (context.text.includes('SpinHere')) {} } };\n",
  );
  // The time budget is the pool's, and transforms that read their project (provisioner-tls-target,
  // ucma4-api-members) keep the work in this thread; a project-file transform goes to the pool.
  for (const copy of ['copy1', 'copy2', 'copy3']) {
    copyFileSync(
      fixturePath('transforms', 'ucma4-project-references', 'ucma3-collaboration-and-persistent-chat.input.csproj'),
      join(root, copy, 'Bot.csproj'),
    );
  }
  const expected = runCli(['check', '-t', 'ucma4-project-references', '-j', '1'], root);
  const run = runCli(['check', '-j', '2', '-t', './spins.mjs', '-t', 'ucma4-project-references', '--file-timeout', '1'], root);
  expect(run.status).toBe(2);
  expect(run.stderr).toContain('copy3/Spin.cs');
  expect(run.stderr).toContain('transform spins-on-marker ran longer than the per-file time budget of 1 s');
  // Every other file still got its verdict from the other transform.
  expect(run.stdout.toString('utf8').match(/^diff --git a\/copy\d\/Bot\.csproj /gm)?.length).toBe(3);
  expect(run.stdout.equals(expected.stdout)).toBe(true);
});

test('--jobs, --file-timeout and --worker-memory refuse values that are not sane counts, seconds or sizes', () => {
  const root = makeTempDir();
  expect(runCli(['check', '-j', '0'], root).stderr).toContain('-j/--jobs needs a whole number of threads from 1, got "0"');
  expect(runCli(['check', '-j', '1000'], root).stderr).toMatch(
    /-j\/--jobs 1000 is more threads than this machine can use \(\d+ processor cores\); give at most \d+/,
  );
  for (const value of ['soon', '0', '3000000000'])
    expect(runCli(['check', '--file-timeout', value], root).stderr).toContain(
      `--file-timeout needs a number of seconds from 0.001 to 86400 (a day), got "${value}"`,
    );
  expect(runCli(['check', '--worker-memory', '1M'], root).stderr).toContain('--worker-memory needs a size from 128M');
});
