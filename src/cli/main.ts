// The ucma-codemod command line: parses arguments, runs one command, returns the exit status.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { discoverFiles } from '../discover-files.js';
import { ExitCode, exitCodeFor } from '../exit-code.js';
import { packageVersion } from '../package-info.js';
import { choosePalette } from '../reporters/colors.js';
import { buildJsonReport } from '../reporters/json-report.js';
import { buildPatch } from '../reporters/patch-report.js';
import { formatTextReport } from '../reporters/text-report.js';
import { DEFAULT_MAX_FILE_SIZE, diskInput, runCodemod } from '../run-codemod.js';
import type { Transform } from '../transform.js';
import { HELP_TEXT } from './help-text.js';
import { parseCliArgs, UsageError, type CliOptions } from './parse-args.js';
import { resolveTransforms } from './resolve-transforms.js';

/** Where the CLI reads and writes; the real process in production, fakes in tests. */
export interface CliIo {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

/** Runs the CLI and returns the exit status; never throws. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const options = parseCliArgs(argv);
    if (options.help) return write(io.stdout, HELP_TEXT, ExitCode.Ok);
    if (options.version) return write(io.stdout, `${packageVersion()}\n`, ExitCode.Ok);
    if (!options.command) throw new UsageError('no command given');
    const transforms = await resolveTransforms(options.transforms);
    if (options.command === 'list') return listTransforms(transforms, options, io);
    return await runFileCommand(options, transforms, io);
  } catch (thrown) {
    if (thrown instanceof UsageError) {
      return write(io.stderr, `ucma-codemod: ${thrown.message}\nRun "ucma-codemod --help" for usage.\n`, ExitCode.Error);
    }
    const detail = thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown);
    return write(io.stderr, `ucma-codemod: internal error: ${detail}\nPlease report it with the command you ran.\n`, ExitCode.Error);
  }
}

async function runFileCommand(options: CliOptions, transforms: Transform[], io: CliIo): Promise<number> {
  const command = options.command as 'diff' | 'apply' | 'check';
  const started = process.hrtime.bigint();
  const discovery = await discoverFiles(options.paths, io.cwd);
  const result = await runCodemod({
    inputs: discovery.files.map((file) => diskInput(file.absolutePath, file.displayPath)),
    passedOver: discovery,
    transforms,
    transformOptions: options.transformOptions,
    maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    write: command === 'apply',
  });
  const format = options.format ?? (command === 'apply' ? undefined : 'diff');
  const patch = format === 'diff' || format === 'json' ? buildPatch(result) : undefined;
  const exitCode = exitCodeFor(result, command === 'check');

  if (format === 'diff' && patch) {
    if (options.output !== undefined) await writeFile(resolve(io.cwd, options.output), patch.bytes);
    else await writeBytes(io.stdout, patch.bytes);
  } else if (format === 'json') {
    const patches = new Map([...(patch?.perFile ?? new Map<string, Buffer>())].map(([path, bytes]) => [path, bytes.toString('utf8')]));
    if (options.output !== undefined && patch) await writeFile(resolve(io.cwd, options.output), patch.bytes);
    const report = buildJsonReport(result, { command, toolVersion: packageVersion(), transforms, exitCode, patches });
    await writeBytes(io.stdout, Buffer.from(`${JSON.stringify(report, null, 2)}\n`, 'utf8'));
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const palette = choosePalette(io.stderr, io.env, options.color);
  io.stderr.write(formatTextReport(command, result, palette, seconds));
  return exitCode;
}

function listTransforms(transforms: readonly Transform[], options: CliOptions, io: CliIo): number {
  if (options.format === 'json') {
    const list = transforms.map((t) => ({ ...t.meta }));
    return write(io.stdout, `${JSON.stringify(list, null, 2)}\n`, ExitCode.Ok);
  }
  const palette = choosePalette(io.stdout, io.env, options.color);
  const blocks = transforms.map((t) => {
    const lines = [
      `${palette.bold(t.meta.id)} (${t.meta.kind})`,
      `  ${t.meta.title}`,
      `  Source: ${t.meta.source.title}${t.meta.source.url ? ` <${t.meta.source.url}>` : ''}`,
      '',
      ...wrapText(t.meta.description, 96).map((line) => `  ${line}`),
    ];
    if (t.meta.followUp) lines.push('', ...wrapText(`Follow-up: ${t.meta.followUp}`, 96).map((line) => `  ${line}`));
    return lines.join('\n');
  });
  return write(io.stdout, `${blocks.join('\n\n')}\n`, ExitCode.Ok);
}

/** Greedy word wrap for the list output. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

function write(stream: NodeJS.WritableStream, text: string, code: number): number {
  stream.write(text);
  return code;
}

/** Writes bytes and waits until the stream took them, so a piped reader gets everything. */
function writeBytes(stream: NodeJS.WritableStream, bytes: Buffer): Promise<void> {
  if (bytes.length === 0) return Promise.resolve();
  return new Promise((resolvePromise, reject) => {
    stream.write(bytes, (thrown) => (thrown ? reject(thrown) : resolvePromise()));
  });
}
