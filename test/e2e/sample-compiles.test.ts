// Compile proof: each sample tree builds with Mono's mcs before and after `ucma-codemod apply`, with no new warnings.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanTempDirs, makeTempDir, runCli } from '../helpers/cli.js';
import { listCsFiles, mcs, testWithMcs, type McsBuild } from '../helpers/mcs.js';
import { fixturePath } from '../helpers/paths.js';
import { copySample, listFiles } from '../helpers/tree.js';

interface Variant {
  readonly name: string;
  /** Class library folders to compile, relative to the tree. The first one is the one the forms reference. */
  readonly libraries: readonly string[];
  /** The files `apply` must change, relative to the tree; nothing else may change. */
  readonly changed: readonly string[];
}

const variants: readonly Variant[] = [
  {
    name: 'applicationprovisioner',
    libraries: ['ApplicationProvisioning'],
    changed: ['ApplicationProvisioning/Application.cs'],
  },
  {
    name: 'applicationprovisioner-edited',
    libraries: ['ApplicationProvisioning', 'vendor-copy/ApplicationProvisioning'],
    changed: ['ApplicationProvisioning/Application.cs', 'vendor-copy/ApplicationProvisioning/Application.cs'],
  },
];

const mcsTest = testWithMcs();

const LIBRARY_REFERENCES = ['-r:System.dll', '-r:System.Core.dll', '-r:System.Management.dll', '-r:System.Xml.dll'];
const FORMS_REFERENCES = ['-r:System.dll', '-r:System.Drawing.dll', '-r:System.Windows.Forms.dll', '-r:System.Management.dll'];

/** What a build must look like to pass; compared as one object so a failure shows the errors. */
const outcome = (build: McsBuild) => ({ status: build.status, errors: build.errors, warnings: build.warnings });

/** Compiles every library of the variant and the Windows Forms tool in `tree`; outputs go to `outDir`. */
function buildTree(variant: Variant, tree: string, outDir: string): Map<string, McsBuild> {
  const builds = new Map<string, McsBuild>();
  variant.libraries.forEach((library, index) => {
    const sources = listCsFiles(join(tree, library));
    expect(sources).toContain(join(tree, library, 'Application.cs'));
    mkdirSync(join(outDir, `library${index}`));
    const out = join(outDir, `library${index}`, 'ApplicationProvisioning.dll');
    builds.set(library, mcs(['-nologo', '-target:library', '-warn:4', ...LIBRARY_REFERENCES, `-out:${out}`, ...sources], tree));
  });
  const library = join(outDir, 'library0', 'ApplicationProvisioning.dll');
  const forms = listCsFiles(join(tree, 'ApplicationProvisioner'));
  expect(forms.length).toBeGreaterThan(0);
  const exe = join(outDir, 'ApplicationProvisioner.exe');
  builds.set(
    'ApplicationProvisioner',
    mcs(['-nologo', '-target:winexe', '-warn:4', ...FORMS_REFERENCES, `-r:${library}`, `-out:${exe}`, ...forms], tree),
  );
  return builds;
}

afterAll(cleanTempDirs);

describe.each(variants)('$name', (variant) => {
  const original = fixturePath('samples', variant.name);
  let before: string;
  let after: string;

  beforeAll(() => {
    before = copySample(variant.name);
    after = copySample(variant.name);
    const run = runCli(['apply'], after);
    expect({ status: run.status, stderr: run.stderr }).toMatchObject({ status: 0, stderr: expect.stringMatching(/files? changed/) });
  });

  test('apply changes exactly the expected files, byte for byte against the original', () => {
    const files = listFiles(original);
    expect(listFiles(after)).toEqual(files);
    const changed = files.filter((path) => !readFileSync(join(original, path)).equals(readFileSync(join(after, path))));
    expect(changed).toEqual(variant.changed);
  });

  test('the patched Application.cs files contain the documented TlsTarget.Equals(Fqdn, ...) test', () => {
    for (const path of variant.changed) {
      const text = readFileSync(join(after, path), 'utf8');
      expect(text).toContain('.TlsTarget.Equals(');
      expect(text).toContain('.Fqdn, StringComparison.OrdinalIgnoreCase)');
    }
  });

  mcsTest('compiles with mcs before and after apply, with no new warnings', () => {
    const builds = { before: buildTree(variant, before, makeTempDir()), after: buildTree(variant, after, makeTempDir()) };
    const names = [...variant.libraries, 'ApplicationProvisioner'];
    expect([...builds.before.keys()]).toEqual(names);
    expect([...builds.after.keys()]).toEqual(names);
    for (const name of names) {
      const was = builds.before.get(name);
      const now = builds.after.get(name);
      if (!was || !now) throw new Error(`no build for ${name}`);
      expect({ name, ...outcome(was) }).toEqual({ name, status: 0, errors: [], warnings: [] });
      expect({ name, ...outcome(now) }).toEqual({ name, status: 0, errors: [], warnings: was.warnings });
      expect({ name, warnings: now.warnings }).toEqual({ name, warnings: [] });
    }
  });
});
