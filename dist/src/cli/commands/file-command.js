// `diff`, `apply` and `check`: find the files, run the transforms, print the chosen format.
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { builtInTransformIds } from '../built-in-transforms.js';
import { withProjectPeers } from '../../inputs/project-peers.js';
import { isGlobArgument } from '../../inputs/select-files.js';
import { UserError } from '../../platform/user-error.js';
import { selectFiles } from '../../inputs/select-files.js';
import { diskInput } from '../../inputs/source-input.js';
import { stagedInputs } from '../../inputs/staged-files.js';
import { packageVersion } from '../../platform/package-info.js';
import { migrationTargetOf } from '../../platform/migration-target.js';
import { defaultFormatFor, findFormat } from '../../output/formats.js';
import { reportContext, streamContext } from '../../output/output-format.js';
import { formatAuthor } from '../../output/mbox-report.js';
import { gitAuthorIdentity } from '../../platform/git-identity.js';
import { formatQuietReport, formatTextReport, quoteForShell } from '../../output/text-report.js';
import { DEFAULT_MAX_FILE_SIZE, RunStoppedError, runCodemod } from '../../run/run-codemod.js';
import { choosePalette, wantsColor } from '../../terminal/colors.js';
import { ProgressBar, shouldShowProgress } from '../../terminal/progress-bar.js';
import { writeBytes } from '../cli-io.js';
import { fileSink, OutputFailedError, stdoutSink } from '../output-sink.js';
import { removeReportTempsOnSignals, stopWritesOnSignals, writtenFilesReport } from '../interrupts.js';
import { stopWrites } from '../../run/atomic-write.js';
import { choosePager } from '../pager.js';
import { verdictOf } from '../../run/exit-code.js';
import { assertReportDirectoryTarget, assertReportFileTarget, writeReportPart } from '../report-files.js';
import { readStdinFile, stdinApplyOutput } from '../stdin-file.js';
import { invocationOf, loadPlanFile, migrationFacts } from '../migration-facts.js';
import { assertBaselineReadable, settleBaseline } from '../baseline-file.js';
import { fingerprintRootFor, walkedFolders } from '../run-scope.js';
export async function fileCommand(command, options, transforms, io) {
    const started = process.hrtime.bigint();
    const format = options.format === undefined ? defaultFormatFor(command) : findFormat(options.format);
    // Asked of git now (it never fails: outside a work tree the root is the working directory), so
    // that git runs while the files are found.
    const fingerprintRooting = fingerprintRootFor(options, io.cwd);
    let inputs;
    let passedOver;
    let stdin;
    if (options.stdinFilepath !== undefined) {
        stdin = await readStdinFile(options.stdinFilepath, options, transforms, io);
        inputs = stdin.input ? [stdin.input] : [];
        if (stdin.skipped)
            passedOver = { skipped: [stdin.skipped], errors: [] };
    }
    else if (options.staged) {
        const staged = await stagedInputs(options.paths, io.cwd);
        inputs = staged.inputs.filter((input) => !options.ignore?.ignores(input.absolutePath));
        passedOver = { skipped: staged.skipped, errors: [] };
    }
    else {
        if (format?.namesPathsInPatch)
            refuseOutsidePaths(command, options.paths, io.cwd);
        const discovery = await selectFiles(options.paths, io.cwd, options.ignore);
        inputs = discovery.files.map((file) => diskInput(file.absolutePath, file.displayPath, io.cwd));
        passedOver = discovery;
    }
    // Every run reads the project: the other files of the inputs' projects are indexed, not processed.
    if (stdin === undefined && transforms.some((t) => t.meta.needsProject)) {
        inputs = await withProjectPeers(inputs, { cwd: io.cwd, ignore: options.ignore, walkedFolders: walkedFolders(options, io.cwd) });
    }
    if (options.output !== undefined)
        assertReportFileTarget(options.output, io.cwd, inputs.map((input) => input.absolutePath));
    if (options.outputDir !== undefined)
        assertReportDirectoryTarget(options.outputDir, io.cwd);
    assertBaselineReadable(options, io.cwd);
    // The baseline to write is checked like -o: a file, in an existing folder, not one of the inputs.
    for (const target of [options.writeBaseline, options.pruneBaseline ? options.baseline : undefined])
        if (target !== undefined)
            assertReportFileTarget(target, io.cwd, inputs.map((input) => input.absolutePath));
    const fingerprintRoot = await fingerprintRooting;
    // report and plan: a broken plan file stops the run before any work.
    const migrationRun = command === 'report' || command === 'plan';
    const planFile = migrationRun ? loadPlanFile(io.cwd) : undefined;
    // apply writes: a signal stops the writes cleanly and says what was written. Any other command
    // that writes a report file (or the plan file) removes its temp file on a signal.
    const writes = command === 'apply' && stdin === undefined;
    const writesReportFile = options.output !== undefined || options.outputDir !== undefined || migrationRun;
    const stopHandlingSignals = writes ? stopWritesOnSignals(io.cwd) : writesReportFile ? removeReportTempsOnSignals() : () => undefined;
    try {
        return await runFileCommand(command, options, transforms, io, {
            format,
            inputs,
            passedOver,
            stdin,
            started,
            writes,
            planFile,
            fingerprintRoot,
        });
    }
    catch (thrown) {
        if (!(thrown instanceof OutputFailedError || thrown instanceof RunStoppedError) || !writes)
            throw thrown;
        // The record of what apply did could not be written, or the run could not go on: stop, and
        // say on stderr what was written.
        const written = await stopWrites();
        throw new UserError({ reason: `${thrown.reason}; the run was stopped`, details: writtenFilesReport(written, io.cwd) });
    }
    finally {
        stopHandlingSignals();
    }
}
async function runFileCommand(command, options, transforms, io, { format, inputs, passedOver, stdin, started, writes, planFile, fingerprintRoot }) {
    const migrationRun = command === 'report' || command === 'plan';
    const context = {
        command,
        toolVersion: packageVersion(),
        transforms,
        cwd: io.cwd,
        date: reportDate(io.env),
        author: format ? await commitAuthor(format, io) : undefined,
        invocation: migrationRun ? invocationOf(options, io.cwd) : undefined,
        severities: options.severities,
        diagnosticLevel: options.diagnosticLevel,
        migrationTarget: migrationTargetOf(options.transformOptions),
    };
    // A format that can stream writes each file's part as its turn comes; totals-bound ones wait.
    const stream = options.outputDir === undefined ? format?.stream : undefined;
    const sink = format && options.outputDir === undefined ? await openSink(format, command, options, io) : undefined;
    let result;
    let verdict;
    // Lines about files the run wrote besides its product (the baseline), printed before the report.
    const notes = [];
    try {
        // Once the patch streams onto the terminal (or its pager) it shows the progress: the bar goes.
        const streamsOntoTerminal = stream !== undefined && options.output === undefined && io.stdout.isTTY === true;
        let progress = shouldShowProgress({
            stderrIsTTY: io.stderr.isTTY,
            machineReadable: format?.machineReadable ?? false,
            flag: options.progress,
            fileCount: inputs.length,
        })
            ? new ProgressBar(io.stderr, inputs.length + (passedOver?.errors.length ?? 0) + (passedOver?.skipped.length ?? 0))
            : undefined;
        const partContext = streamContext(context);
        result = await runCodemod({
            inputs,
            passedOver,
            transforms,
            knownTransformIds: builtInTransformIds(),
            transformOptions: options.transformOptions,
            maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
            ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
            ...(options.fileTimeoutSeconds !== undefined ? { fileTimeBudgetMs: options.fileTimeoutSeconds * 1000 } : {}),
            ...(options.workerMemory !== undefined ? { workMemoryBytes: options.workerMemory } : {}),
            ...(options.severities !== undefined ? { severities: options.severities } : {}),
            fingerprintRoot,
            // apply --stdin-filepath prints the changed text instead of writing P.
            write: writes,
            // Only a product that names files as a patch does needs paths below the current directory.
            patches: command !== 'apply' && (format?.namesPathsInPatch ?? false),
            // Only a format built from the whole result at the end (or stdin's changed text) needs the changed texts kept.
            keepChanges: (format !== undefined && stream === undefined) || (format === undefined && stdin !== undefined),
            onFile: async (file, done) => {
                progress?.update(done);
                if (!stream || !sink)
                    return;
                const part = stream.file(file, partContext);
                if (part.length > 0 && streamsOntoTerminal) {
                    progress?.finish();
                    progress = undefined;
                }
                try {
                    await sink.write(part);
                }
                catch (thrown) {
                    // Nothing more is written once the record of it cannot be (the caller says what was).
                    if (writes && thrown instanceof OutputFailedError)
                        void stopWrites();
                    throw thrown;
                }
            },
        });
        progress?.finish();
        // A baseline changes findings only (never a patch), so the streamed parts stand as they are.
        result = await settleBaseline(result, {
            baseline: options.baseline,
            writeBaseline: options.writeBaseline,
            prune: options.pruneBaseline,
            root: fingerprintRoot,
            walked: walkedFolders(options, io.cwd),
            transforms,
            severities: options.severities,
        }, (line) => notes.push(line));
        verdict = verdictOf(result, command, { maxWarnings: options.maxWarnings });
        const migration = migrationRun ? await migrationFacts(result, transforms, options, planFile, io) : undefined;
        const fullContext = reportContext({ ...context, exitCode: verdict.code, migration });
        if (stream && sink) {
            if (stream.end)
                await sink.write(stream.end(result, fullContext));
        }
        else if (format) {
            await writeWhole(format.build(result, fullContext), options, sink, io);
        }
        else if (stdin !== undefined) {
            await writeBytes(io.stdout, stdinApplyOutput(result, stdin.bytes)).catch((thrown) => {
                throw new OutputFailedError('stdout', thrown);
            });
        }
    }
    catch (thrown) {
        // A report file of a run that failed is left as it was.
        await sink?.abort();
        throw thrown;
    }
    // The pager is left before the summary, so the summary is not hidden under it.
    await sink?.close();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const hint = {
        staged: options.staged,
        flags: options.rerunFlags ?? [],
        paths: options.paths.map(quoteForShell),
        ...(stdin ? { stdinFilepath: quoteForShell(options.stdinFilepath) } : {}),
    };
    const palette = choosePalette(io.stderr, io.env, options.color);
    if (!options.quiet)
        for (const note of notes)
            io.stderr.write(`${note}\n`);
    io.stderr.write(options.quiet
        ? formatQuietReport(command, result, verdict, palette)
        : formatTextReport(command, result, palette, {
            seconds,
            hint,
            level: options.diagnosticLevel,
            migrationTarget: context.migrationTarget,
        }));
    return verdict.code;
}
/**
 * A patch names paths below the folder it is made in, so `check ../my-app` cannot print one:
 * say at once where to run it instead, and which outputs take any path.
 */
function refuseOutsidePaths(command, paths, cwd) {
    for (const given of paths) {
        const base = isGlobArgument(given, cwd)
            ? given
                .replace(/\\/g, '/')
                .split('/')
                .filter((part) => !/[*?[]/.test(part))
                .join('/') || '.'
            : given;
        const absolute = resolve(cwd, base);
        const relativePath = relative(cwd, absolute);
        if (relativePath !== '..' && !relativePath.startsWith(`..${sep}`) && !isAbsolute(relativePath))
            continue;
        const isFolder = existsSync(absolute) && statSync(absolute).isDirectory();
        const folder = isFolder ? given : dirname(given);
        const rest = isFolder ? '' : ` ${quoteForShell(basename(given))}`;
        throw new UserError({
            path: given,
            reason: `is outside the current directory, and the ${command} patch names files by their path below the folder it is made in.`,
            hint: `Run it there: cd ${quoteForShell(folder)} && ucma-codemod ${command}${rest}   (apply, review, -l, --json and --format sarif|github take any path)`,
        });
    }
}
/** stdout (coloured for the patch on a terminal, paged when the patch is the product) or the -o file. */
async function openSink(format, command, options, io) {
    if (options.output !== undefined)
        return await fileSink(io.cwd, options.output, { streamed: format.stream !== undefined });
    const isPatch = format.name === 'diff';
    return stdoutSink(io.stdout, io.env, {
        closedPipeFails: command === 'apply',
        colorPatch: isPatch && wantsColor(io.stdout, io.env, options.color),
        // apply's product is the write; its patch is not held up in a pager before the summary. git
        // gives a pre-commit hook (check --staged) the terminal: a pager there would stop the commit.
        pager: isPatch && command !== 'apply' && !options.staged ? choosePager(io.stdout, io.env, options.noPager) : undefined,
    });
}
async function writeWhole(parts, options, sink, io) {
    if (options.outputDir !== undefined) {
        for (const part of parts) {
            await writeReportPart(io.cwd, options.outputDir, part.fileName, part.bytes);
            io.stderr.write(`${join(options.outputDir, part.fileName)}\n`);
        }
        return;
    }
    await sink?.write(Buffer.concat(parts.map((part) => part.bytes)));
}
/** The author of the commits a format makes (mbox): the user's git identity. */
async function commitAuthor(format, io) {
    if (format.name !== 'mbox')
        return undefined;
    const identity = await gitAuthorIdentity(io.cwd, io.env);
    return identity && formatAuthor(identity.name, identity.email);
}
/** SOURCE_DATE_EPOCH when set (reproducible output), else now. */
function reportDate(env) {
    const epoch = Number(env.SOURCE_DATE_EPOCH);
    return env.SOURCE_DATE_EPOCH !== undefined && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date();
}
