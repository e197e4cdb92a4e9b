// `ucma-codemod test`: runs transforms' fixture pairs with the jest harness's checks, without jest.
// Which transforms: the ones named (built-in ids or files), else every transform of the folder:
// in ucma-codemod's own repository the built-ins with fixtures/transforms/<id>/, in a project
// made by `ucma-codemod new` each transforms/<id>.(ts|mts|js|mjs) with fixtures/<id>/.
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import type { Transform } from '../engine/transform.js';
import type { TransformOptions } from '../engine/transform-source.js';
import { transformShapeProblems } from '../engine/transform-shape.js';
import { UserError } from '../platform/user-error.js';
import { builtInTransforms, findBuiltInTransform } from '../run/registry.js';
import { checkFixtureCase } from '../testing/fixture-checks.js';
import { readFixtureCases } from '../testing/fixture-cases.js';
import { loadUserTransform, looksLikeTransformPath } from './load-user-transform.js';
import { isToolRepository } from './scaffold-transform.js';

const TRANSFORM_FILE_EXTENSIONS = new Set(['.ts', '.mts', '.js', '.mjs']);

export interface TransformUnderTest {
  readonly transform: Transform;
  /** The fixture folder, absolute. */
  readonly fixturesDir: string;
}

export interface FixtureTestReport {
  /** What to print: one PASS/FAIL line per transform, the failures with diffs, a summary line. */
  readonly text: string;
  readonly cases: number;
  readonly failedCases: number;
}

/** Where the fixtures of transform `id` are: the project layout (fixtures/<id>) or the repository's (fixtures/transforms/<id>). */
function findFixturesDir(id: string, cwd: string, transformFile: string | undefined): string | undefined {
  const candidates = [join(cwd, 'fixtures', id), join(cwd, 'fixtures', 'transforms', id)];
  // A transform file in <project>/transforms/ has its fixtures in <project>/fixtures/<id>.
  if (transformFile) candidates.push(join(dirname(dirname(transformFile)), 'fixtures', id), join(dirname(transformFile), 'fixtures', id));
  return candidates.find((dir) => existsSync(dir) && readdirSync(dir).some((name) => name.endsWith('.input.cs')));
}

function noFixtures(id: string, cwd: string): UserError {
  return new UserError({ reason: `transform ${id} has no fixtures: expected <case>.input.cs files in fixtures/${id}/ (or fixtures/transforms/${id}/) under ${cwd}` });
}

/** The transforms to test and their fixture folders. Throws UserError. */
export async function transformsToTest(specs: readonly string[], cwd: string): Promise<TransformUnderTest[]> {
  if (specs.length === 0) return defaultTransforms(cwd);
  const chosen: TransformUnderTest[] = [];
  for (const spec of specs) {
    const file = looksLikeTransformPath(spec) ? resolve(cwd, spec) : undefined;
    const transform = file ? await loadUserTransform(spec, cwd) : findBuiltInTransform(spec);
    if (!transform) throw new UserError({ reason: `unknown transform "${spec}"; give a built-in id (ucma-codemod list) or a path such as ./transforms/my-fix.ts` });
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
  const files = existsSync(folder) ? readdirSync(folder).filter((name) => TRANSFORM_FILE_EXTENSIONS.has(extname(name)) && !name.endsWith('.d.ts')).sort() : [];
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
    throw new UserError({ reason: 'found no transform with fixtures here: expected transforms/<id>.ts with fixtures/<id>/<case>.input.cs', hint: 'Name one: ucma-codemod test ./transforms/my-fix.ts, or create one: ucma-codemod new my-fix' });
  }
  return chosen;
}

/** Runs every case of every transform and describes the outcome. */
export function runFixtureTests(units: readonly TransformUnderTest[], cwd: string, options: TransformOptions = {}): FixtureTestReport {
  const lines: string[] = [];
  let cases = 0;
  let failedCases = 0;
  for (const { transform, fixturesDir } of units) {
    const where = relative(cwd, fixturesDir).split(sep).join('/') || '.';
    const problems = transformShapeProblems(transform);
    const fixtures = readFixtureCases(fixturesDir);
    const failures: string[] = problems.map((problem) => `  ✗ metadata: ${problem}`);
    let failedHere = 0;
    let checks = 0;
    for (const fixture of fixtures) {
      const results = checkFixtureCase(transform, fixture, options);
      checks += results.length;
      const failed = results.filter((result) => result.failure !== undefined);
      if (failed.length === 0) continue;
      failedHere++;
      for (const result of failed) {
        failures.push(`  ✗ ${fixture.name}: ${result.name}`, ...result.failure!.split('\n').map((line) => `      ${line}`));
      }
    }
    cases += fixtures.length;
    failedCases += failedHere;
    const status = failures.length === 0 ? 'PASS' : 'FAIL';
    const counts = failedHere > 0 ? `${failedHere} of ${fixtures.length} cases failed` : `${fixtures.length} ${fixtures.length === 1 ? 'case' : 'cases'}, ${checks} checks`;
    lines.push(`${status} ${transform.meta.id}  ${counts}  (${where})`, ...failures);
    if (problems.length > 0 && failedHere === 0) failedCases++;
  }
  lines.push(`ucma-codemod test: ${units.length} ${units.length === 1 ? 'transform' : 'transforms'}, ${cases} ${cases === 1 ? 'case' : 'cases'}, ${failedCases} failed`);
  return { text: `${lines.join('\n')}\n`, cases, failedCases };
}
