// `ucma-codemod lsp`: starts the language server on stdin and stdout. Each workspace folder the
// editor names gets the settings the command line would use there (its configuration file, with
// the flags given here winning), read again when the configuration changes.
import { resolve } from 'node:path';
import { runLanguageServer } from '../../lsp/language-server.js';
import { DEFAULT_MAX_FILE_SIZE } from '../../run/run-codemod.js';
import { looksLikeTransformPath } from '../../tools/load-user-transform.js';
import { applyProjectConfig, settleSeverities } from '../apply-config.js';
import { resolveTransforms } from '../resolve-transforms.js';
import { builtInTransformIds } from '../built-in-transforms.js';
/** Runs until the client says `exit` (or closes stdin); the language server ends the process then. */
export async function lspCommand(options, io) {
    // A transform file named on the command line is relative to where the editor started us.
    const flags = {
        ...options,
        transforms: options.transforms.map((spec) => (looksLikeTransformPath(spec) ? resolve(io.cwd, spec) : spec)),
    };
    const loadSettings = async (root) => {
        const configured = applyProjectConfig(flags, root, io.env);
        // What the configuration makes the server run, on stderr (the editor's log for the server).
        if (!configured.quiet)
            for (const notice of configured.notices ?? [])
                io.stderr.write(`${notice}\n`);
        // The config's severities are checked and settled as for a CLI run in that folder.
        const { transforms, severities } = settleSeverities(configured, await resolveTransforms(configured.transforms, root, configured.transformsFromConfig, {
            ...(configured.fileTimeoutSeconds === undefined ? {} : { timeBudgetMs: configured.fileTimeoutSeconds * 1000 }),
            ...(configured.workerMemory === undefined ? {} : { memoryMb: Math.floor(configured.workerMemory / 1024 / 1024) }),
        }));
        return {
            transforms,
            transformOptions: configured.transformOptions,
            maxFileSize: configured.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
            ignore: configured.ignore,
            knownTransformIds: builtInTransformIds(),
            severities,
        };
    };
    runLanguageServer({ input: io.stdin, output: io.stdout, cwd: io.cwd, loadSettings });
    return await new Promise(() => undefined);
}
