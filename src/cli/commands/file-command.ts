// `diff`, `apply` and `check`: find the files, run the transforms, print the chosen format.
import { join } from 'node:path';
import { selectFiles } from '../../inputs/select-files.js';
import { diskInput, type SourceInput } from '../../inputs/source-input.js';
import { stagedInputs } from '../../inputs/staged-files.js';
import { packageVersion } from '../../platform/package-info.js';
import { defaultFormatFor, findFormat } from '../../output/formats.js';
import { reportContext, type OutputFormat } from '../../output/output-format.js';
import { formatAuthor } from '../../output/mbox-report.js';
import { gitAuthorIdentity } from '../../platform/git-identity.js';
import { formatTextReport, quoteForShell } from '../../output/text-report.js';
import { DEFAULT_MAX_FILE_SIZE, runCodemod } from '../../run/run-codemod.js';
import type { RunResult } from '../../run/run-result.js';
import { choosePalette } from '../../terminal/colors.js';
import { ProgressBar, shouldShowProgress } from '../../terminal/progress-bar.js';
import type { Transform } from '../../engine/transform.js';
import { writeBytes, type CliIo } from '../cli-io.js';
import { exitCodeWithWarningLimit, formatQuietReport } from '../run-verdict.js';
import { assertReportDirectoryTarget, assertReportFileTarget, writeReportFile, writeReportPart } from '../report-files.js';
import type { CliOptions } from '../parse-args.js';
import { readStdinFile, stdinApplyOutput, type StdinRun } from '../stdin-file.js';

type FileCommandName = 'diff' | 'apply' | 'check';

export async function fileCommand(command: FileCommandName, options: CliOptions, transforms: Transform[], io: CliIo): Promise<number> {
  const started = process.hrtime.bigint();
  const format = options.format === undefined ? defaultFormatFor(command) : findFormat(options.format);

  let inputs: SourceInput[];
  let passedOver;
  let stdin: StdinRun | undefined;
  if (options.stdinFilepath !== undefined) {
    stdin = await readStdinFile(options.stdinFilepath, options, transforms, io);
    inputs = [stdin.input];
  } else if (options.staged) {
    const staged = await stagedInputs(options.paths, io.cwd);
    inputs = staged.inputs.filter((input) => !options.ignore?.ignores(input.absolutePath));
    passedOver = { skipped: staged.skipped, errors: [] };
  } else {
    const discovery = await selectFiles(options.paths, io.cwd, options.ignore);
    inputs = discovery.files.map((file) => diskInput(file.absolutePath, file.displayPath));
    passedOver = discovery;
  }

  if (options.output !== undefined) assertReportFileTarget(options.output, io.cwd, inputs.map((input) => input.absolutePath));
  if (options.outputDir !== undefined) assertReportDirectoryTarget(options.outputDir, io.cwd);

  const progress = shouldShowProgress({ stderrIsTTY: io.stderr.isTTY, machineReadable: format?.machineReadable ?? false, flag: options.progress, fileCount: inputs.length })
    ? new ProgressBar(io.stderr, inputs.length)
    : undefined;
  const result = await runCodemod({
    inputs,
    passedOver,
    transforms,
    transformOptions: options.transformOptions,
    maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
    ...(options.fileTimeoutSeconds !== undefined ? { fileTimeBudgetMs: options.fileTimeoutSeconds * 1000 } : {}),
    // apply --stdin-filepath prints the changed text instead of writing P.
    write: command === 'apply' && stdin === undefined,
    patches: command !== 'apply',
    onFile: progress ? (_file, done) => progress.update(done) : undefined,
  });
  progress?.finish();

  const exitCode = exitCodeWithWarningLimit(result, command, options.maxWarnings);
  if (format) await writeFormat(format, result, command, exitCode, options, transforms, io);
  else if (stdin !== undefined) await writeBytes(io.stdout, stdinApplyOutput(result, stdin.bytes));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const hint = { staged: options.staged, flags: options.rerunFlags ?? [], paths: options.paths.map(quoteForShell), ...(stdin ? { stdinFilepath: quoteForShell(options.stdinFilepath!) } : {}) };
  const palette = choosePalette(io.stderr, io.env, options.color);
  io.stderr.write(options.quiet ? formatQuietReport(result, palette) : formatTextReport(command, result, palette, seconds, hint));
  return exitCode;
}

async function writeFormat(format: OutputFormat, result: RunResult, command: FileCommandName, exitCode: number, options: CliOptions, transforms: Transform[], io: CliIo): Promise<void> {
  const parts = format.build(result, reportContext({ command, toolVersion: packageVersion(), transforms, cwd: io.cwd, date: reportDate(io.env), exitCode, author: await commitAuthor(format, io) }));
  if (options.outputDir !== undefined) {
    for (const part of parts) {
      await writeReportPart(io.cwd, options.outputDir, part.fileName, part.bytes);
      io.stderr.write(`${join(options.outputDir, part.fileName)}\n`);
    }
    return;
  }
  const bytes = Buffer.concat(parts.map((part) => part.bytes));
  if (options.output !== undefined) await writeReportFile(io.cwd, options.output, bytes);
  else await writeBytes(io.stdout, bytes);
}

/** The author of the commits a format makes (mbox): the user's git identity. */
async function commitAuthor(format: OutputFormat, io: CliIo): Promise<string | undefined> {
  if (format.name !== 'mbox') return undefined;
  const identity = await gitAuthorIdentity(io.cwd, io.env);
  return identity && formatAuthor(identity.name, identity.email);
}

/** SOURCE_DATE_EPOCH when set (reproducible output), else now. */
function reportDate(env: NodeJS.ProcessEnv): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return env.SOURCE_DATE_EPOCH !== undefined && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date();
}
