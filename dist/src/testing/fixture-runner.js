// Runs transforms' fixture pairs with the jest harness's checks, without jest, and describes the
// outcome: one PASS/FAIL line per transform, each failed check with a diff, a summary line.
import { relative, sep } from 'node:path';
import { transformShapeProblems } from '../engine/transform-shape.js';
import { checkFixtureCase } from './fixture-checks.js';
import { readFixtureCases } from './fixture-cases.js';
/** Runs every case of every transform and describes the outcome. */
export function runFixtureTests(units, cwd, options = {}) {
    const lines = [];
    let cases = 0;
    let failedCases = 0;
    for (const { transform, fixturesDir } of units) {
        const where = relative(cwd, fixturesDir).split(sep).join('/') || '.';
        const problems = transformShapeProblems(transform);
        const fixtures = readFixtureCases(fixturesDir);
        const failures = problems.map((problem) => `  ✗ metadata: ${problem}`);
        let failedHere = 0;
        let checks = 0;
        for (const fixture of fixtures) {
            const results = checkFixtureCase(transform, fixture, options);
            checks += results.length;
            const failed = results.filter((result) => result.failure !== undefined);
            if (failed.length === 0)
                continue;
            failedHere++;
            for (const result of failed) {
                failures.push(`  ✗ ${fixture.name}: ${result.name}`, ...result.failure.split('\n').map((line) => `      ${line}`));
            }
        }
        cases += fixtures.length;
        failedCases += failedHere;
        const status = failures.length === 0 ? 'PASS' : 'FAIL';
        const counts = failedHere > 0
            ? `${failedHere} of ${fixtures.length} cases failed`
            : `${fixtures.length} ${fixtures.length === 1 ? 'case' : 'cases'}, ${checks} checks`;
        lines.push(`${status} ${transform.meta.id}  ${counts}  (${where})`, ...failures);
        if (problems.length > 0 && failedHere === 0)
            failedCases++;
    }
    lines.push(`ucma-codemod test: ${units.length} ${units.length === 1 ? 'transform' : 'transforms'}, ${cases} ${cases === 1 ? 'case' : 'cases'}, ${failedCases} failed`);
    return { text: `${lines.join('\n')}\n`, cases, failedCases };
}
