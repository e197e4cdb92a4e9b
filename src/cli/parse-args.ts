// Turns argv into a validated command, rejecting unknown and contradictory flags up front.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import type { IgnoreRules } from '../inputs/ignore-rules.js';
import { parseByteSize } from '../platform/parse-size.js';
import { findFormat, OUTPUT_FORMATS } from '../output/formats.js';
import type { OutputFormat } from '../output/output-format.js';
import { UserError } from '../platform/user-error.js';
import { closestName } from './closest-name.js';
import { DIAGNOSTIC_LEVELS, type DiagnosticLevel } from '../config/config-file.js';
import type { SeverityPolicy } from '../engine/severity.js';

export const COMMANDS = ['list', 'diff', 'apply', 'check', 'review', 'report', 'plan', 'new', 'install-hook', 'test', 'lsp'] as const;
export type CommandName = (typeof COMMANDS)[number];

/** A problem with the command line: exit 2, with a hint to `--help`. */
export class UsageError extends UserError {
  constructor(reason: string) {
    super({ reason, hint: 'Run "ucma-codemod --help" for usage.' });
  }
}

export interface CliOptions {
  readonly command: CommandName | undefined;
  readonly paths: string[];
  readonly transforms: string[];
  /** The stdout product (a name from the format table); undefined means the command's default. */
  readonly format: string | undefined;
  readonly output: string | undefined;
  readonly outputDir: string | undefined;
  readonly staged: boolean;
  /** --stdin-filepath P: one file whose bytes come from stdin, taken as the file at P. */
  readonly stdinFilepath: string | undefined;
  readonly maxFileSize: number | undefined;
  /** -j/--jobs: worker threads for the per-file work; undefined means one per core. */
  readonly jobs: number | undefined;
  /** --file-timeout: seconds a worker may spend on one file; undefined means the default. */
  readonly fileTimeoutSeconds: number | undefined;
  /** --worker-memory: bytes one file's work may take (a worker's heap limit, the parse budget); undefined means the default. */
  readonly workerMemory: number | undefined;
  readonly transformOptions: Record<string, string>;
  /** --ignore-pattern values (.gitignore syntax, relative to the working directory). */
  readonly ignorePatterns: string[];
  /** -q: stderr shows errors only. */
  readonly quiet: boolean;
  /** --max-warnings N: more than N warnings make the run exit 1 (default: any; -1, stored as Infinity: no limit). */
  readonly maxWarnings: number | undefined;
  /** --diagnostic-level: the mildest severity the text report and annotations show (default: info, all). */
  readonly diagnosticLevel: DiagnosticLevel | undefined;
  /** --baseline FILE: findings listed there are known; only new ones count. */
  readonly baseline: string | undefined;
  /** check --write-baseline FILE: record the run's findings that need a person. */
  readonly writeBaseline: string | undefined;
  /** check --prune-baseline: rewrite the --baseline file without its stale entries. */
  readonly pruneBaseline: boolean;
  /** The config file, absolute, when there is one; set by applyProjectConfig. */
  readonly configPath?: string | undefined;
  /** The run's per-rule severities, as settled by settleSeverities. */
  readonly severities?: SeverityPolicy | undefined;
  /** The config file's "severity" key; set by applyProjectConfig, settled once the transforms are known (settleSeverities). */
  readonly severityConfig?: {
    readonly path: string;
    readonly severities: SeverityPolicy;
    /** -t replaced a "transforms" list that names files of the user's own: their ids are not known in this run. */
    readonly userTransformsLeftOut: boolean;
  };
  /** True when -t chose the transforms (not the config file or the default); set by applyProjectConfig. */
  readonly transformsFromCommandLine?: boolean;
  /** The ignore rules of the run (config file, ignore file, --ignore-pattern); set by applyProjectConfig. */
  readonly ignore?: IgnoreRules | undefined;
  /** The config file whose "transforms" the run uses (no -t given); set by applyProjectConfig. */
  readonly transformsFromConfig?: string | undefined;
  /** Lines for stderr before the run (unless -q): what the config makes the run do; set by applyProjectConfig. */
  readonly notices?: readonly string[];
  /** The flags given on the command line that change what a run does (for the fix hint); set by applyProjectConfig. */
  readonly rerunFlags?: readonly string[];
  readonly color: boolean | undefined;
  readonly progress: boolean | undefined;
  /** --no-pager: never page the patch on a terminal. */
  readonly noPager: boolean;
  /** plan --done ID: person steps to mark done in the plan file. */
  readonly done: string[];
  /** plan --save: write the plan file (scenario, application id, every person step's mark). */
  readonly save: boolean;
  /** review --line-mode: answers end with Enter on a terminal too (default there: one key each). */
  readonly lineMode: boolean;
  readonly help: boolean;
  readonly version: boolean;
}

const OPTIONS = {
  transform: { type: 'string', short: 't', multiple: true },
  format: { type: 'string', short: 'f' },
  json: { type: 'boolean' },
  'list-different': { type: 'boolean', short: 'l' },
  stat: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  'max-warnings': { type: 'string' },
  'diagnostic-level': { type: 'string' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  'prune-baseline': { type: 'boolean' },
  output: { type: 'string', short: 'o' },
  'output-dir': { type: 'string' },
  staged: { type: 'boolean' },
  'stdin-filepath': { type: 'string' },
  'max-file-size': { type: 'string' },
  jobs: { type: 'string', short: 'j' },
  'file-timeout': { type: 'string' },
  'worker-memory': { type: 'string' },
  option: { type: 'string', multiple: true },
  'ignore-pattern': { type: 'string', multiple: true },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  progress: { type: 'boolean' },
  'no-progress': { type: 'boolean' },
  'no-pager': { type: 'boolean' },
  done: { type: 'string', multiple: true },
  save: { type: 'boolean' },
  stdio: { type: 'boolean' },
  'line-mode': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/** Parses the arguments after `node cli.js`. Throws UsageError. */
export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: joinNegativeCounts(argv), options: OPTIONS, allowPositionals: true, strict: true });
  } catch (thrown) {
    throw argumentError(thrown);
  }
  const { values, positionals } = parsed;
  const [first, ...rest] = positionals;
  let command: CommandName | undefined;
  if (first !== undefined) {
    if (!(COMMANDS as readonly string[]).includes(first)) {
      const near = closestName(first, COMMANDS);
      throw new UsageError(
        `unknown command "${first}"${near ? `; did you mean "${near}"?` : ';'} the commands are: ${COMMANDS.join(', ')}`,
      );
    }
    command = first as CommandName;
  }

  const format = shortFormatFlag(values) ?? values.format;
  const chosen = format === undefined ? undefined : findFormat(format);
  if (format !== undefined && chosen === undefined) {
    throw new UsageError(`unknown format "${format}"; expected one of: ${OUTPUT_FORMATS.map((f) => f.name).join(', ')}`);
  }
  if (values.color && values['no-color']) throw new UsageError('--color contradicts --no-color');
  if (values.progress && values['no-progress']) throw new UsageError('--progress contradicts --no-progress');
  // `<command> --help` shows that command's help, whatever else is on the line.
  if (!values.help) validateForCommand(command, rest, { ...values, format }, chosen);

  const transformOptions: Record<string, string> = {};
  for (const pair of values.option ?? []) {
    const equals = pair.indexOf('=');
    if (equals <= 0) throw new UsageError(`--option needs key=value, got "${pair}"`);
    transformOptions[pair.slice(0, equals)] = pair.slice(equals + 1);
  }

  return {
    command,
    paths: rest,
    transforms: values.transform ?? [],
    format,
    output: values.output,
    outputDir: values['output-dir'],
    staged: values.staged ?? false,
    stdinFilepath: values['stdin-filepath'],
    maxFileSize: values['max-file-size'] === undefined ? undefined : parseSize(values['max-file-size']),
    jobs: values.jobs === undefined ? undefined : parseJobs(values.jobs),
    fileTimeoutSeconds: values['file-timeout'] === undefined ? undefined : parseSeconds(values['file-timeout']),
    workerMemory: values['worker-memory'] === undefined ? undefined : parseWorkerMemory(values['worker-memory']),
    transformOptions,
    ignorePatterns: values['ignore-pattern'] ?? [],
    quiet: values.quiet ?? false,
    maxWarnings: values['max-warnings'] === undefined ? undefined : parseCount(values['max-warnings']),
    diagnosticLevel: values['diagnostic-level'] === undefined ? undefined : parseLevel(values['diagnostic-level']),
    baseline: values.baseline,
    writeBaseline: values['write-baseline'],
    pruneBaseline: values['prune-baseline'] ?? false,
    color: values.color ? true : values['no-color'] ? false : undefined,
    progress: values.progress ? true : values['no-progress'] ? false : undefined,
    noPager: values['no-pager'] ?? false,
    done: values.done ?? [],
    save: values.save ?? false,
    lineMode: values['line-mode'] ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
  };
}

/** Options that take a count where -1 means "no limit" (ESLint's --max-warnings -1). */
const NEGATIVE_COUNT_OPTIONS = new Set(['--max-warnings']);

/**
 * `--max-warnings -1` as `--max-warnings=-1`: parseArgs reads a value that starts with a dash as
 * the next option. Nothing after `--` is touched.
 */
function joinNegativeCounts(argv: readonly string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index]!;
    if (argument === '--') return [...joined, ...argv.slice(index)];
    const next = argv[index + 1];
    if (NEGATIVE_COUNT_OPTIONS.has(argument) && next !== undefined && /^-\d+$/.test(next)) {
      joined.push(`${argument}=${next}`);
      index++;
    } else joined.push(argument);
  }
  return joined;
}

/** parseArgs' complaint in our words, with the nearest option for an unknown one. */
function argumentError(thrown: unknown): UsageError {
  const code = (thrown as { code?: string }).code;
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  const option = /'(-[^' ]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option !== undefined) {
    const names = Object.entries(OPTIONS).flatMap(([name, spec]) => [`--${name}`, ...('short' in spec ? [`-${spec.short}`] : [])]);
    const near = option.startsWith('--') ? closestName(option, names) : undefined;
    return new UsageError(`unknown option "${option}"${near ? `; did you mean "${near}"?` : ''}`);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option !== undefined) {
    const name = option.replace(/^-+/, '');
    const spec = OPTIONS[name as keyof typeof OPTIONS] ?? Object.values(OPTIONS).find((s) => 'short' in s && s.short === name);
    if (spec?.type === 'boolean') return new UsageError(`${option} takes no value`);
    return new UsageError(`${option} needs a value${VALUE_EXAMPLES[option] ? `, e.g. ${VALUE_EXAMPLES[option]}` : ''}`);
  }
  return new UsageError(message.replace(/\. To specify a positional argument.*$/s, ''));
}

/** How a value of an option looks, for the message when it is missing. */
const VALUE_EXAMPLES: Record<string, string> = {
  '--max-warnings': '--max-warnings 10 (-1: no limit)',
  '--format': '--format json',
  '-f': '-f json',
  '--transform': '-t provisioner-tls-target',
  '-t': '-t provisioner-tls-target',
  '--max-file-size': '--max-file-size 16M',
  '--output': '-o changes.patch',
  '-o': '-o changes.patch',
  '--stdin-filepath': '--stdin-filepath src/Application.cs',
  '--option': '--option key=value',
  '--ignore-pattern': "--ignore-pattern 'legacy/**'",
};

/** The flags that are short for a --format (--json, -l, --stat); at most one, and agreeing with --format. */
const FORMAT_FLAGS = [
  ['json', '--json', 'json'],
  ['list-different', '-l/--list-different', 'names'],
  ['stat', '--stat', 'stat'],
] as const;

function shortFormatFlag(values: {
  format?: string | undefined;
  json?: boolean | undefined;
  'list-different'?: boolean | undefined;
  stat?: boolean | undefined;
}): string | undefined {
  const given = FORMAT_FLAGS.filter(([key]) => values[key]);
  if (given.length > 1) throw new UsageError(`${given[0]![1]} contradicts ${given[1]![1]}; give one of them`);
  const [flag] = given;
  if (flag === undefined) return undefined;
  if (values.format !== undefined && values.format !== flag[2])
    throw new UsageError(`${flag[1]} contradicts --format ${values.format}; give one of them`);
  return flag[2];
}

interface FlagValues {
  format?: string | undefined;
  baseline?: string | undefined;
  'write-baseline'?: string | undefined;
  'prune-baseline'?: boolean | undefined;
  output?: string | undefined;
  'output-dir'?: string | undefined;
  staged?: boolean | undefined;
  'line-mode'?: boolean | undefined;
  'stdin-filepath'?: string | undefined;
  transform?: string[] | undefined;
  done?: string[] | undefined;
  save?: boolean | undefined;
  stdio?: boolean | undefined;
}

function validateForCommand(command: CommandName | undefined, paths: string[], values: FlagValues, format: OutputFormat | undefined): void {
  if (values.output !== undefined && values['output-dir'] !== undefined)
    throw new UsageError('-o/--output contradicts --output-dir; give one of them');
  if (values['output-dir'] !== undefined && !(format?.splitsIntoFiles && isFileCommand(command) && format.commands.includes(command))) {
    const splitting = OUTPUT_FORMATS.filter((f) => f.splitsIntoFiles).map((f) => `"${f.commands.join('/')} --format ${f.name}"`);
    throw new UsageError(`--output-dir is only for ${splitting.join(', ')} (one .patch file per transform)`);
  }
  if (values.output !== undefined && command !== 'diff' && command !== 'check' && command !== 'report' && command !== 'plan')
    throw new UsageError('-o/--output is only for diff, check, report and plan');
  if (((values.done?.length ?? 0) > 0 || values.save) && command !== 'plan')
    throw new UsageError('--done and --save are only for plan (they write the plan file)');
  if (values['line-mode'] && command !== 'review') throw new UsageError('--line-mode is only for review');
  if (values.staged && command !== 'check') throw new UsageError('--staged is only for check (it judges what is staged for commit)');
  if (format && isFileCommand(command) && command !== 'review' && !format.commands.includes(command)) {
    throw new UsageError(`--format ${format.name} is only for ${format.commands.join(', ')}`);
  }
  if (command === 'review' && values.format !== undefined)
    throw new UsageError('review is interactive and takes no --format; use diff for reports');
  if (command === 'list' && paths.length > 0) throw new UsageError('list takes no paths');
  if (command === 'list' && values.format !== undefined && values.format !== 'json')
    throw new UsageError('list prints text or --json only');
  if (command === 'new' && paths.length !== 1)
    throw new UsageError('new takes exactly one transform id, e.g.: ucma-codemod new rename-allowed-domains');
  if ((command === 'new' || command === 'install-hook') && values.format !== undefined)
    throw new UsageError(`${command} takes no --format`);
  if (command === 'install-hook' && paths.length > 0) throw new UsageError('install-hook takes no paths');
  if (command === 'test' && (values.format !== undefined || (values.transform?.length ?? 0) > 0))
    throw new UsageError('test takes the transforms as arguments (ids or files), and no --format or -t');
  if ((command === 'new' || command === 'install-hook') && (values.transform?.length ?? 0) > 0)
    throw new UsageError(`${command} takes no -t`);
  if (values['stdin-filepath'] !== undefined) validateStdinFilepath(command, paths, values);
  validateBaselineFlags(command, values);
  if (command === 'lsp') validateLsp(paths, values);
  else if (values.stdio) throw new UsageError('--stdio is only for lsp (the language server talks over stdin and stdout)');
}

/** lsp: the editor starts it; it takes the flags that choose what runs, and `--stdio`, which LSP clients add. */
function validateLsp(paths: string[], values: FlagValues): void {
  if (paths.length > 0) throw new UsageError('lsp takes no paths: the editor sends the files it opens');
  if (values.format !== undefined) throw new UsageError('lsp talks LSP on stdout and takes no --format');
}

/** --baseline for the commands that judge files; writing and pruning one only for check. */
function validateBaselineFlags(command: CommandName | undefined, values: FlagValues): void {
  if (values.baseline !== undefined && !isFileCommand(command))
    throw new UsageError('--baseline is only for diff, apply, check, review, report and plan');
  if (values['write-baseline'] !== undefined && command !== 'check')
    throw new UsageError('--write-baseline is only for check (it records what check finds)');
  if (values['prune-baseline'] && command !== 'check') throw new UsageError('--prune-baseline is only for check');
  if (values['prune-baseline'] && values['write-baseline'] !== undefined)
    throw new UsageError(
      '--prune-baseline contradicts --write-baseline: one drops stale entries of --baseline FILE, the other records everything anew',
    );
  for (const [flag, value] of [
    ['--baseline', values.baseline],
    ['--write-baseline', values['write-baseline']],
  ] as const)
    if (value !== undefined && value.trim() === '') throw new UsageError(`${flag} needs a file, e.g. ${flag} ucma-codemod-baseline.json`);
}

/** --stdin-filepath: one file from stdin, for diff, apply and check (review asks about files on disk). */
function validateStdinFilepath(command: CommandName | undefined, paths: string[], values: FlagValues): void {
  if (command === 'review')
    throw new UsageError('review steps through files on disk and takes no --stdin-filepath; use diff --stdin-filepath to see the changes');
  if (command !== 'diff' && command !== 'apply' && command !== 'check')
    throw new UsageError('--stdin-filepath is only for diff, apply and check');
  if (values['stdin-filepath']!.trim() === '')
    throw new UsageError('--stdin-filepath needs the path the text on stdin belongs to, e.g. --stdin-filepath src/Application.cs');
  if (paths.length > 0)
    throw new UsageError(
      `--stdin-filepath reads one file from stdin and takes no paths (got ${paths.map((path) => `"${path}"`).join(', ')})`,
    );
  if (values.staged) throw new UsageError('--stdin-filepath contradicts --staged: one reads stdin, the other the git index');
  if (command === 'apply' && values.format !== undefined)
    throw new UsageError(
      'apply --stdin-filepath prints the changed text on stdout and takes no --format; use diff --stdin-filepath for a report',
    );
}

function isFileCommand(command: CommandName | undefined): command is 'diff' | 'apply' | 'check' | 'review' | 'report' | 'plan' {
  return (
    command === 'diff' || command === 'apply' || command === 'check' || command === 'review' || command === 'report' || command === 'plan'
  );
}

/** --max-warnings: a whole number from 0, or -1 for no limit (ESLint's default), kept as Infinity. */
function parseCount(text: string): number {
  const trimmed = text.trim();
  if (trimmed === '-1') return Infinity;
  if (!/^\d+$/.test(trimmed))
    throw new UsageError(`--max-warnings needs a whole number of warnings such as 0 or 10, or -1 for no limit, got "${text}"`);
  return Number(trimmed);
}

function parseLevel(text: string): DiagnosticLevel {
  if (!(DIAGNOSTIC_LEVELS as readonly string[]).includes(text))
    throw new UsageError(`--diagnostic-level needs one of ${DIAGNOSTIC_LEVELS.join(', ')}, got "${text}"`);
  return text as DiagnosticLevel;
}

/**
 * The most worker threads -j takes: twice the processor cores (at least 4). Each thread holds its
 * own tree-sitter and its own trees, so threads past the cores only add memory and switching (-j
 * 32 on 2 cores ran 3 times slower in 700 MB).
 */
function maxJobs(): number {
  return Math.max(4, 2 * availableParallelism());
}

/** Parses the -j/--jobs count: a whole number from 1 to maxJobs(). */
function parseJobs(text: string): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1)
    throw new UsageError(`-j/--jobs needs a whole number of threads from 1, got "${text}"`);
  const jobs = Number(text);
  if (jobs > maxJobs())
    throw new UsageError(
      `-j/--jobs ${text} is more threads than this machine can use (${availableParallelism()} processor cores); give at most ${maxJobs()}`,
    );
  return jobs;
}

/** Longest --file-timeout: a day (Node's timers overflow past about 24.8 days, and no file takes a day). */
export const MAX_FILE_TIMEOUT_SECONDS = 24 * 60 * 60;

/** Parses --file-timeout: seconds from 0.001 to a day. */
function parseSeconds(text: string): number {
  const seconds = Number(text);
  if (text.trim() === '' || !Number.isFinite(seconds) || seconds < 0.001 || seconds > MAX_FILE_TIMEOUT_SECONDS)
    throw new UsageError(`--file-timeout needs a number of seconds from 0.001 to ${MAX_FILE_TIMEOUT_SECONDS} (a day), got "${text}"`);
  return seconds;
}

/** Smallest --worker-memory: below this a worker cannot even load the transforms and tree-sitter. */
const MIN_WORKER_MEMORY = 128 * 1024 * 1024;

/** Parses --worker-memory: a size such as 2G or 512M, from 128M. */
function parseWorkerMemory(text: string): number {
  const size = parseByteSize(text);
  if (size === undefined || size < MIN_WORKER_MEMORY)
    throw new UsageError(`--worker-memory needs a size from 128M, such as 512M or 4G, got "${text}"`);
  return size;
}

/** Parses `500000`, `512k`, `4M` (powers of 1024). */
export function parseSize(text: string): number {
  const size = parseByteSize(text);
  if (size === undefined || size === 0)
    throw new UsageError(`--max-file-size needs a size above 0 such as 4M or 500000 (0 would skip every file), got "${text}"`);
  return size;
}
