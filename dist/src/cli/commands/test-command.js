// `ucma-codemod test [transform...]`: runs transforms' fixture pairs without jest (see
// testing/fixture-runner.ts, cli/fixture-targets.ts). Exit 0 when every check passes, 1 when one fails.
import { ExitCode } from '../../run/exit-code.js';
import { runFixtureTests } from '../../testing/fixture-runner.js';
import { transformsToTest } from '../fixture-targets.js';
import { writeAndReturn } from '../cli-io.js';
export async function testCommand(specs, options, io) {
    const units = await transformsToTest(specs, io.cwd);
    const report = runFixtureTests(units, io.cwd, options.transformOptions);
    return writeAndReturn(io.stdout, report.text, report.failedCases > 0 ? ExitCode.ChangeNeeded : ExitCode.Ok);
}
