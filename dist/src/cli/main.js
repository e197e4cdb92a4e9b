// The ucma-codemod command line: parses arguments, runs one command, returns the exit status.
import { ExitCode } from '../run/exit-code.js';
import { packageVersion } from '../platform/package-info.js';
import { formatUserError, UserError } from '../platform/user-error.js';
import { writeAndReturn } from './cli-io.js';
import { fileCommand } from './commands/file-command.js';
import { helpText, helpWidth } from './help-text.js';
import { parseCliArgs } from './parse-args.js';
import { resolveTransforms } from './resolve-transforms.js';
import { applyProjectConfig, settleSeverities } from './apply-config.js';
// Commands other than diff/apply/check are loaded when run: a pre-commit `check` of one file
// should not pay for the fixture runner, the scaffolder or the interactive review.
/** Runs the CLI and returns the exit status; never throws. */
export async function main(argv, io) {
    try {
        const parsed = parseCliArgs(argv);
        // new and install-hook never read the project's files, so a broken config file does not block them;
        // lsp reads the configuration of the workspace folder the editor names.
        const options = parsed.command === 'new' || parsed.command === 'install-hook' || parsed.command === 'lsp' || parsed.help || parsed.version
            ? parsed
            : applyProjectConfig(parsed, io.cwd, io.env);
        if (!options.quiet)
            for (const notice of options.notices ?? [])
                io.stderr.write(`${notice}\n`);
        if (options.help)
            return writeAndReturn(io.stdout, helpText(options.command, helpWidth(io.stdout)), ExitCode.Ok);
        if (options.version)
            return writeAndReturn(io.stdout, `${packageVersion()}\n`, ExitCode.Ok);
        switch (options.command) {
            case undefined:
                // No command (`ucma-codemod` alone): the usage, as git prints it, on stderr since nothing ran.
                return writeAndReturn(io.stderr, `${helpText(undefined, helpWidth(io.stderr))}\nucma-codemod: no command given\n`, ExitCode.Error);
            case 'new':
                return await (await import('./commands/new-command.js')).newCommand(options.paths[0], io);
            case 'install-hook':
                return await (await import('./commands/install-hook-command.js')).installHookCommand(io);
            case 'test':
                return await (await import('./commands/test-command.js')).testCommand(options.paths, options, io);
            case 'lsp':
                // The language server and its library load only for this command.
                return await (await import('./commands/lsp-command.js')).lspCommand(options, io);
            default:
                break;
        }
        // A transform file's top-level code loads within the same budget as a file's work; severities
        // from the config file are checked against the transforms the tool knows, and `off` ones leave the run.
        const { transforms, severities } = settleSeverities(options, await resolveTransforms(options.transforms, io.cwd, options.transformsFromConfig, {
            ...(options.fileTimeoutSeconds === undefined ? {} : { timeBudgetMs: options.fileTimeoutSeconds * 1000 }),
            ...(options.workerMemory === undefined ? {} : { memoryMb: Math.floor(options.workerMemory / 1024 / 1024) }),
        }));
        const settled = { ...options, severities };
        switch (options.command) {
            case 'list':
                return await (await import('./commands/list-command.js')).listCommand(transforms, settled, io);
            case 'review':
                return await (await import('./commands/review-command.js')).reviewCommand(settled, transforms, io);
            default:
                return await fileCommand(options.command, settled, transforms, io);
        }
    }
    catch (thrown) {
        if (thrown instanceof UserError)
            return writeAndReturn(io.stderr, formatUserError(thrown), thrown.exitCode);
        const detail = thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown);
        return writeAndReturn(io.stderr, `ucma-codemod: internal error: ${detail}\nPlease report it with the command you ran.\n`, ExitCode.Error);
    }
}
