// `ucma-codemod test`: the fixture runner without jest, with the real binary. The built-in
// transform's fixtures pass in this repository; a project made by `new` passes out of the box; a
// wrong expected output, a non-idempotent transform and a CRLF-only difference fail with exit 1
// and a readable diff; a default run over the project leaves the fixtures alone.
import { afterAll, describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanTempDirs, copyTree, makeTempDir, runCli } from '../helpers/cli.js';
import { fixturePath, repoRoot } from '../helpers/paths.js';

afterAll(cleanTempDirs);

const BUILT_IN = 'provisioner-tls-target';

describe('ucma-codemod test', () => {
  test('in this repository: every case of every built-in transform passes (no argument, and by id)', () => {
    const withFixtures = readdirSync(fixturePath('transforms'));
    const all = runCli(['test'], repoRoot);
    const out = all.stdout.toString('utf8');
    expect(all.status).toBe(0);
    for (const id of withFixtures) expect(out).toMatch(new RegExp(`^PASS ${id}  \\d+ cases`, 'm'));
    expect(out).toContain(`ucma-codemod test: ${withFixtures.length} transforms, `);
    expect(out).not.toContain('FAIL');

    const cases = readdirSync(fixturePath('transforms', BUILT_IN)).filter((name) => name.includes('.input.')).length;
    const one = runCli(['test', BUILT_IN], repoRoot);
    expect(one.status).toBe(0);
    expect(one.stdout.toString('utf8')).toContain(`PASS ${BUILT_IN}  ${cases} cases`);
    expect(one.stdout.toString('utf8')).toContain(`ucma-codemod test: 1 transform, ${cases} cases, 0 failed`);
  });

  test('a project made by new: passes out of the box, fails with a diff when the expected output is wrong', () => {
    const project = makeTempDir();
    copyTree(fixturePath('samples', 'applicationprovisioner'), project);
    expect(runCli(['new', 'my-fix'], project).status).toBe(0);
    const pass = runCli(['test'], project);
    expect(pass.stdout.toString('utf8')).toContain('PASS my-fix  1 case');
    expect(pass.status).toBe(0);

    // The default run over the project leaves the fixture inputs alone (the ignore file new wrote).
    const check = runCli(['check', '-t', './transforms/my-fix.ts'], project);
    expect(check.status).toBe(0);
    expect(check.stderr).not.toContain('fixtures/');

    const expectedPath = join(project, 'fixtures', 'my-fix', 'rename-member.output.cs');
    writeFileSync(expectedPath, readFileSync(expectedPath, 'utf8').replace('TrustedDomains', 'TrustedDomainList'));
    const fail = runCli(['test', './transforms/my-fix.ts'], project);
    const out = fail.stdout.toString('utf8');
    expect(fail.status).toBe(1);
    expect(out).toContain('FAIL my-fix  1 of 1 cases failed');
    expect(out).toContain('✗ rename-member: produces the expected output, byte for byte');
    expect(out).toContain('-        settings.TrustedDomainList = domains;');
    expect(out).toContain('+        settings.TrustedDomains = domains;');
    // The automatic LF→CRLF variant fails the same way, and says so.
    expect(out).toContain('✗ rename-member: gives the same result as CRLF');
    expect(out).toContain('ucma-codemod test: 1 transform, 1 case, 1 failed');
  });

  test('a transform that is not idempotent fails the idempotency check', () => {
    const project = makeTempDir();
    expect(runCli(['new', 'append-mark'], project).status).toBe(0);
    const transformPath = join(project, 'transforms', 'append-mark.ts');
    // Every run renames the name again: AllowedDomains -> AllowedDomains2 -> AllowedDomains22 ...
    writeFileSync(
      transformPath,
      readFileSync(transformPath, 'utf8').replace(
        'name && name.text === OLD_NAME ? [replace(name, NEW_NAME)] : []',
        'name && name.text.startsWith(OLD_NAME) ? [replace(name, `${name.text}2`)] : []',
      ),
    );
    const expectedPath = join(project, 'fixtures', 'append-mark', 'rename-member.output.cs');
    writeFileSync(expectedPath, readFileSync(expectedPath, 'utf8').replace('TrustedDomains', 'AllowedDomains2'));
    const run = runCli(['test'], project);
    const out = run.stdout.toString('utf8');
    expect(run.status).toBe(1);
    expect(out).toContain('✗ rename-member: is idempotent: running on its own output changes nothing');
    expect(out).toContain('+        settings.AllowedDomains22 = domains;');
    expect(out).not.toContain('✗ rename-member: produces the expected output');
  });

  test('a transform without fixtures, or an unknown one, is a usage error (exit 2)', () => {
    const empty = makeTempDir();
    const none = runCli(['test'], empty);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('found no transform with fixtures here');
    const unknown = runCli(['test', 'no-such-transform'], repoRoot);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('unknown transform "no-such-transform"');
  });
});
