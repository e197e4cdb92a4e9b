// A project (4 .cs files and its .csproj) that only looks like the ApplicationProvisioner sample (a class Application whose
// GetApplication loop tests TlsTarget, over types without Fqdn) still compiles after `apply`,
// because nothing in it is touched; the documented edit itself would break it.
import { afterAll, beforeAll, expect } from '@jest/globals';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanTempDirs, makeTempDir, runCli } from '../helpers/cli.js';
import { listCsFiles, mcs, testWithMcs, type McsBuild } from '../helpers/mcs.js';
import { fixturePath } from '../helpers/paths.js';
import { snapshot } from '../helpers/tree.js';

const PROJECT = fixturePath('projects', 'lookalike-gateways');
const mcsTest = testWithMcs();
const outcome = (build: McsBuild) => ({ status: build.status, errors: build.errors, warnings: build.warnings });

function compile(tree: string): McsBuild {
  const out = join(makeTempDir(), 'Contoso.Gateways.dll');
  return mcs(['-nologo', '-target:library', '-warn:4', '-r:System.dll', `-out:${out}`, ...listCsFiles(tree)], tree);
}

let before: string;
let after: string;
let apply: ReturnType<typeof runCli>;

beforeAll(() => {
  before = join(makeTempDir(), 'lookalike-gateways');
  after = join(makeTempDir(), 'lookalike-gateways');
  cpSync(PROJECT, before, { recursive: true });
  cpSync(PROJECT, after, { recursive: true });
  apply = runCli(['apply'], after);
});

afterAll(cleanTempDirs);

mcsTest('compiles with mcs before and after apply, and apply changes no byte', () => {
  expect({ status: apply.status, stderr: apply.stderr }).toMatchObject({
    status: 0,
    stderr: expect.stringMatching(/0 files changed, 5 unchanged/),
  });
  expect(snapshot(after)).toEqual(snapshot(before));
  expect(outcome(compile(before))).toEqual({ status: 0, errors: [], warnings: [] });
  expect(outcome(compile(after))).toEqual({ status: 0, errors: [], warnings: [] });
});

mcsTest('says why each look-alike was left alone', () => {
  expect(apply.stderr).toContain('Application.cs:17:21: info: the loop\'s entry "gateway" is not a TrustedService');
  expect(apply.stderr).toContain('Legacy/Application.cs:32:59: info: the TrustedService class declared in this file has no Fqdn member');
});

mcsTest('control: the documented edit, made by hand in the look-alike, does not compile', () => {
  const broken = join(makeTempDir(), 'broken');
  mkdirSync(broken);
  cpSync(PROJECT, broken, { recursive: true });
  const file = join(broken, 'Application.cs');
  const text = readFileSync(file, 'utf8');
  const test = 'string.IsNullOrEmpty(gateway.TlsTarget)';
  expect(text).toContain(test);
  writeFileSync(file, text.replace(test, `${test} || gateway.TlsTarget.Equals(gateway.Fqdn, StringComparison.OrdinalIgnoreCase)`));
  const build = compile(broken);
  expect(build.status).not.toBe(0);
  expect(build.errors.join('\n')).toMatch(/error CS1061: Type `Contoso\.Gateways\.Gateway' does not contain a definition for `Fqdn'/);
});
