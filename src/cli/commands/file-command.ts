// `diff`, `apply` and `check`: find the files, run the transforms, print the chosen report.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { discoverFiles } from '../../inputs/discover-files.js';
import { exitCodeFor } from '../../run/exit-code.js';
import { packageVersion } from '../../platform/package-info.js';
import { choosePalette } from '../../terminal/colors.js';
import { buildGithubAnnotations } from '../../output/github-report.js';
import { buildJsonReport } from '../../output/json-report.js';
import { buildMboxMessages, formatAuthor } from '../../output/mbox-report.js';
import { gitAuthorIdentity } from '../../platform/git-identity.js';
import { buildPatch } from '../../output/patch-report.js';
import { ProgressBar, shouldShowProgress } from '../../terminal/progress-bar.js';
import { buildSarifLog } from '../../output/sarif-report.js';
import { formatTextReport } from '../../output/text-report.js';
import { DEFAULT_MAX_FILE_SIZE, diskInput, runCodemod, type RunResult, type SourceInput } from '../../run/run-codemod.js';
import { stagedInputs } from '../../inputs/staged-files.js';
import type { Transform } from '../../engine/transform.js';
import { writeBytes, type CliIo } from '../cli-io.js';
import type { CliOptions, ReportFormat } from '../parse-args.js';

type RunCommand = 'diff' | 'apply' | 'check';

/** Default stdout product per command: the patch for diff and check, nothing for apply. */
function defaultFormat(command: RunCommand): ReportFormat | undefined {
  return command === 'apply' ? undefined : 'diff';
}

export async function fileCommand(command: RunCommand, options: CliOptions, transforms: Transform[], io: CliIo): Promise<number> {
  const started = process.hrtime.bigint();
  const format = options.format ?? defaultFormat(command);

  let inputs: SourceInput[];
  let passedOver;
  if (options.staged) {
    const staged = await stagedInputs(options.paths, io.cwd);
    inputs = staged.inputs;
    passedOver = { skipped: staged.skipped, errors: [] };
  } else {
    const discovery = await discoverFiles(options.paths, io.cwd);
    inputs = discovery.files.map((file) => diskInput(file.absolutePath, file.displayPath));
    passedOver = discovery;
  }

  const progress = shouldShowProgress({ stderrIsTTY: io.stderr.isTTY, format, flag: options.progress, fileCount: inputs.length })
    ? new ProgressBar(io.stderr, inputs.length)
    : undefined;
  const result = await runCodemod({
    inputs,
    passedOver,
    transforms,
    transformOptions: options.transformOptions,
    maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    write: command === 'apply',
    onFile: progress ? (_report, done) => progress.update(done) : undefined,
  });
  progress?.finish();

  await writeReport(command, format, result, options, transforms, io);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  io.stderr.write(formatTextReport(command, result, choosePalette(io.stderr, io.env, options.color), seconds));
  return exitCodeFor(result, command === 'check');
}

async function writeReport(command: RunCommand, format: ReportFormat | undefined, result: RunResult, options: CliOptions, transforms: Transform[], io: CliIo): Promise<void> {
  if (format === undefined) return;
  // Formats that carry patches build them first: a file that a patch cannot name becomes a
  // failure before the report (and its exit code) is made.
  const toOutput = async (bytes: Buffer) => {
    if (options.output !== undefined) await writeFile(resolve(io.cwd, options.output), bytes);
    else await writeBytes(io.stdout, bytes);
  };
  const version = packageVersion();
  switch (format) {
    case 'diff':
      return toOutput(buildPatch(result).bytes);
    case 'json': {
      const patch = buildPatch(result);
      const exitCode = exitCodeFor(result, command === 'check');
      // A patch of an 8-bit file is not UTF-8: in JSON its bytes appear as the characters U+0000-U+00FF.
      const encodingOf = new Map(result.files.map((file) => [file.path, file.change?.source.encoding === 'latin1' ? 'latin1' : 'utf8'] as const));
      const patches = new Map([...patch.perFile].map(([path, bytes]) => [path, bytes.toString(encodingOf.get(path) ?? 'utf8')]));
      const report = buildJsonReport(result, { command, toolVersion: version, transforms, exitCode, patches });
      return toOutput(Buffer.from(`${JSON.stringify(report, null, 2)}\n`, 'utf8'));
    }
    case 'sarif': {
      const log = buildSarifLog(result, { toolVersion: version, transforms, cwd: io.cwd, command });
      return toOutput(Buffer.from(`${JSON.stringify(log, null, 2)}\n`, 'utf8'));
    }
    case 'github':
      return toOutput(Buffer.from(buildGithubAnnotations(result, transforms), 'utf8'));
    case 'mbox': {
      const epoch = Number(io.env.SOURCE_DATE_EPOCH);
      const date = Number.isFinite(epoch) && io.env.SOURCE_DATE_EPOCH !== undefined ? new Date(epoch * 1000) : new Date();
      const identity = await gitAuthorIdentity(io.cwd, io.env);
      const author = identity && formatAuthor(identity.name, identity.email);
      const messages = buildMboxMessages(result, transforms, { toolVersion: version, date, ...(author ? { author } : {}) });
      if (options.outputDir === undefined) return toOutput(Buffer.concat(messages.map((m) => m.bytes)));
      const directory = resolve(io.cwd, options.outputDir);
      await mkdir(directory, { recursive: true });
      for (const message of messages) {
        await writeFile(join(directory, message.fileName), message.bytes);
        io.stderr.write(`${join(options.outputDir, message.fileName)}\n`);
      }
      return;
    }
  }
}
