// The ucma-codemod command line: parses arguments, runs one command, returns the exit status.
import { ExitCode } from '../run/exit-code.js';
import { packageVersion } from '../platform/package-info.js';
import { formatUserError, UserError } from '../platform/user-error.js';
import { writeAndReturn, type CliIo } from './cli-io.js';
import { fileCommand } from './commands/file-command.js';
import { installHookCommand } from './commands/install-hook-command.js';
import { listCommand } from './commands/list-command.js';
import { newCommand } from './commands/new-command.js';
import { reviewCommand } from './commands/review-command.js';
import { HELP_TEXT } from './help-text.js';
import { parseCliArgs, UsageError } from './parse-args.js';
import { resolveTransforms } from './resolve-transforms.js';

export type { CliIo } from './cli-io.js';

/** Runs the CLI and returns the exit status; never throws. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const options = parseCliArgs(argv);
    if (options.help) return writeAndReturn(io.stdout, HELP_TEXT, ExitCode.Ok);
    if (options.version) return writeAndReturn(io.stdout, `${packageVersion()}\n`, ExitCode.Ok);
    switch (options.command) {
      case undefined:
        throw new UsageError('no command given');
      case 'new':
        return await newCommand(options.paths[0]!, io);
      case 'install-hook':
        return await installHookCommand(io);
      default:
        break;
    }
    const transforms = await resolveTransforms(options.transforms, io.cwd);
    switch (options.command) {
      case 'list':
        return listCommand(transforms, options, io);
      case 'review':
        return await reviewCommand(options, transforms, io);
      default:
        return await fileCommand(options.command, options, transforms, io);
    }
  } catch (thrown) {
    if (thrown instanceof UserError) return writeAndReturn(io.stderr, formatUserError(thrown), thrown.exitCode);
    const detail = thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown);
    return writeAndReturn(io.stderr, `ucma-codemod: internal error: ${detail}\nPlease report it with the command you ran.\n`, ExitCode.Error);
  }
}
