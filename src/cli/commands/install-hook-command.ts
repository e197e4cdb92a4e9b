// `ucma-codemod install-hook`: installs the git pre-commit hook.
import { describeReadFiles } from '../../engine/languages/file-patterns.js';
import { ExitCode } from '../../run/exit-code.js';
import { installPreCommitHook } from '../../tools/install-hook.js';
import { writeAndReturn, type CliIo } from '../cli-io.js';

export async function installHookCommand(io: CliIo): Promise<number> {
  const { path, action } = await installPreCommitHook(io.cwd);
  const verb = action === 'unchanged' ? 'already installed' : action;
  return writeAndReturn(
    io.stderr,
    `ucma-codemod: pre-commit hook ${verb}: ${path}\nCommits are refused while a staged file (${describeReadFiles('or')}) needs a change (skip once with git commit --no-verify).\n`,
    ExitCode.Ok,
  );
}
