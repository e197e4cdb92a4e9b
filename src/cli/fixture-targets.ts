// Which transforms `ucma-codemod test` runs and where their fixtures are: the ones named (built-in
// ids or files), else every transform of the folder:
// in ucma-codemod's own repository the built-ins with fixtures/transforms/<id>/, in a project
// made by `ucma-codemod new` each transforms/<id>.(ts|mts|js|mjs) with fixtures/<id>/.
import { fixtureExtensions } from '../engine/languages/file-patterns.js';
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { UserError } from '../platform/user-error.js';
import { builtInTransforms, findBuiltInTransform } from './built-in-transforms.js';
import type { TransformUnderTest } from '../testing/fixture-runner.js';
import { loadUserTransform, looksLikeTransformPath } from '../tools/load-user-transform.js';
import { isToolRepository } from '../tools/scaffold-transform.js';

const TRANSFORM_FILE_EXTENSIONS = new Set(['.ts', '.mts', '.js', '.mjs']);

/** Where the fixtures of transform `id` are: the project layout (fixtures/<id>) or the repository's (fixtures/transforms/<id>). */
function findFixturesDir(id: string, cwd: string, transformFile: string | undefined): string | undefined {
  const candidates = [join(cwd, 'fixtures', id), join(cwd, 'fixtures', 'transforms', id)];
  // A transform file in <project>/transforms/ has its fixtures in <project>/fixtures/<id>.
  if (transformFile) candidates.push(join(dirname(dirname(transformFile)), 'fixtures', id), join(dirname(transformFile), 'fixtures', id));
  return candidates.find((dir) => existsSync(dir) && readdirSync(dir).some((name) => /\.input\.[A-Za-z0-9.]+$/.test(name)));
}

function noFixtures(id: string, cwd: string): UserError {
  return new UserError({
    reason: `transform ${id} has no fixtures: expected <case>.input.<${fixtureExtensions().join('|')}> files in fixtures/${id}/ (or fixtures/transforms/${id}/) under ${cwd}`,
  });
}

/** The transforms to test and their fixture folders. Throws UserError. */
export async function transformsToTest(specs: readonly string[], cwd: string): Promise<TransformUnderTest[]> {
  if (specs.length === 0) return defaultTransforms(cwd);
  const chosen: TransformUnderTest[] = [];
  for (const spec of specs) {
    const file = looksLikeTransformPath(spec) ? resolve(cwd, spec) : undefined;
    const transform = file ? await loadUserTransform(spec, cwd) : findBuiltInTransform(spec);
    if (!transform)
      throw new UserError({
        reason: `unknown transform "${spec}"; give a built-in id (ucma-codemod list) or a path such as ./transforms/my-fix.ts`,
      });
    const fixturesDir = findFixturesDir(transform.meta.id, cwd, file);
    if (!fixturesDir) throw noFixtures(transform.meta.id, cwd);
    chosen.push({ transform, fixturesDir });
  }
  return chosen;
}

async function defaultTransforms(cwd: string): Promise<TransformUnderTest[]> {
  if (isToolRepository(cwd)) {
    return builtInTransforms.flatMap((transform) => {
      const fixturesDir = findFixturesDir(transform.meta.id, cwd, undefined);
      return fixturesDir ? [{ transform, fixturesDir }] : [];
    });
  }
  const folder = join(cwd, 'transforms');
  const files = existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => TRANSFORM_FILE_EXTENSIONS.has(extname(name)) && !name.endsWith('.d.ts'))
        .sort()
    : [];
  const chosen: TransformUnderTest[] = [];
  for (const name of files) {
    const id = basename(name, extname(name));
    // Only files with fixtures are transforms under test; helpers beside them are not.
    if (!findFixturesDir(id, cwd, join(folder, name))) continue;
    const transform = await loadUserTransform(join('transforms', name), cwd);
    const fixturesDir = findFixturesDir(transform.meta.id, cwd, join(folder, name)) ?? findFixturesDir(id, cwd, join(folder, name))!;
    chosen.push({ transform, fixturesDir });
  }
  if (chosen.length === 0) {
    throw new UserError({
      reason: `found no transform with fixtures here: expected transforms/<id>.ts with fixtures/<id>/<case>.input.<${fixtureExtensions().join('|')}>`,
      hint: 'Name one: ucma-codemod test ./transforms/my-fix.ts, or create one: ucma-codemod new my-fix',
    });
  }
  return chosen;
}
