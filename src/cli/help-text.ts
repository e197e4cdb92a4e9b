// The --help texts: the overview, and one per command (`ucma-codemod <command> --help`), wrapped to
// the terminal's width (80 columns into a pipe), never inside a word.
import { describeReadFiles, describeSuppressionComments, fixtureExtensions } from '../engine/languages/file-patterns.js';
import { OUTPUT_FORMATS } from '../output/formats.js';
import { DEFAULT_FILE_TIME_BUDGET_MS, DEFAULT_JOBS_DESCRIPTION, HANDFUL_OF_FILES } from '../run/file-runner.js';
import { DEFAULT_WORK_MEMORY_BYTES, MEMORY_PER_SOURCE_BYTE } from '../run/file-work.js';
import { DEFAULT_MAX_FILE_SIZE } from '../run/run-codemod.js';
import { TIMEOUTS_IN_A_ROW } from '../run/worker-pool.js';
import { PROGRESS_MIN_FILES } from '../terminal/progress-bar.js';
import { wrapText } from '../terminal/text-wrap.js';
import { MAX_FILE_TIMEOUT_SECONDS, type CommandName } from './parse-args.js';

interface CommandHelp {
  readonly usage: readonly string[];
  readonly summary: string;
  readonly description: string;
  /** Keys of optionHelp() that apply. */
  readonly options: readonly string[];
}

const FILE_OPTIONS = [
  'transform',
  'ignore-pattern',
  'max-file-size',
  'jobs',
  'file-timeout',
  'worker-memory',
  'option',
  'quiet',
  'max-warnings',
  'diagnostic-level',
  'baseline',
  'color',
  'progress',
];

// Functions, not constants: the lists they name come from the tables at the time of asking.
const commandHelp = (): Record<CommandName, CommandHelp> => ({
  list: {
    usage: ['list'],
    summary: 'list the transforms and what they change',
    description:
      'Lists the transforms that a run would use (the built-ins, or -t and the config file\'s "transforms"), with what they change and why; -t <transform>/<rule> shows only that rule. On a terminal the list goes through the pager.',
    options: ['transform', 'json', 'pager'],
  },
  diff: {
    usage: ['diff [paths...]', 'diff --stdin-filepath P < text'],
    summary: 'print one unified diff of every change (stdout)',
    description:
      'Prints the changes as git-style patches on stdout; nothing is written. Paths are files, folders or quoted globs (default: the current folder).',
    options: ['stdin-filepath', 'format', 'json', 'list-different', 'stat', 'output', 'output-dir', 'pager', ...FILE_OPTIONS],
  },
  apply: {
    usage: ['apply [paths...]', 'apply --stdin-filepath P < text'],
    summary: 'write the changes in place',
    description:
      'Writes the changes into the files, atomically, keeping encodings, BOMs and line endings. With --stdin-filepath P it writes nothing and prints the whole text of P as apply would write it (the input unchanged when nothing changes).',
    options: ['stdin-filepath', 'format', 'json', 'list-different', ...FILE_OPTIONS],
  },
  check: {
    usage: ['check [paths...]', 'check --staged', 'check --stdin-filepath P < text'],
    summary: 'exit 1 if any file would change or needs a manual change',
    description: `Like diff, but exits 1 when a change is needed. With --staged it judges the staged content of the staged files it reads (${describeReadFiles()}): what a pre-commit hook needs.`,
    options: [
      'staged',
      'stdin-filepath',
      'format',
      'json',
      'list-different',
      'stat',
      'output',
      'pager',
      ...FILE_OPTIONS,
      'write-baseline',
      'prune-baseline',
    ],
  },
  review: {
    usage: ['review [paths...]'],
    summary: 'step through the changes; write the accepted ones',
    description:
      "Shows each change (a hunk, as git add -p does) with its explanation and the file's warnings, and asks: y accept, n skip, a accept this and all remaining, q skip this and all remaining, d skip the rest of this file, A/D accept/skip the rest of this transform, e edit the change in $EDITOR, s split it, ? help. On a terminal one key answers (no Enter); answers can be piped, one per line.",
    options: ['line-mode', ...FILE_OPTIONS],
  },
  report: {
    usage: ['report [paths...] -o migration.html', 'report [paths...] --format markdown'],
    summary: 'the migration at a glance: one self-contained HTML page',
    description:
      "Runs like diff (nothing is written) and prints one HTML page that opens from disk with no network: the plan, totals, each project's starting point and retarget, every finding with its page, what remains by hand, and side-by-side diffs. --format markdown gives the totals and what remains by hand; --format json the result model with the projects and the plan.",
    options: ['format', 'output', ...FILE_OPTIONS],
  },
  plan: {
    usage: ['plan [paths...]', 'plan --done ID [--done ID...]', 'plan --save'],
    summary: 'the migration as ordered steps, with what is done',
    description:
      "The steps of the migration the tree shows (or the config declares): code steps take their state from a dry run; a developer's or an administrator's step stays open until you mark it done in ucma-migration-plan.json (--done ID writes it; --save writes it with every step and pins the scenario). Output: text, --format markdown, --json.",
    options: ['done', 'save', 'format', 'json', 'output', ...FILE_OPTIONS],
  },
  new: {
    usage: ['new <id>'],
    summary: 'scaffold a transform, a fixture pair and a test',
    description:
      'Writes transforms/<id>.ts, a fixture pair and a test (in this repository: registers the transform too). In a project it also adds /fixtures/ to .ucma-codemodignore.',
    options: [],
  },
  'install-hook': {
    usage: ['install-hook'],
    summary: 'install a git pre-commit hook running check --staged',
    description:
      'Writes a pre-commit hook (honouring core.hooksPath) that runs the ucma-codemod on PATH or the one installed in the repository; never overwrites a hook it did not write.',
    options: [],
  },
  lsp: {
    usage: ['lsp'],
    summary: 'language server over stdio, for editors',
    description:
      'Speaks the Language Server Protocol on stdin and stdout: findings of open files as diagnostics (as check --stdin-filepath finds them), quick fixes, fix all, suppressions, hovers, and a command that applies every change of the workspace. The editor starts it; see docs/editors.md.',
    options: ['transform', 'option', 'ignore-pattern', 'max-file-size'],
  },
  test: {
    usage: ['test [transform...]'],
    summary: "run transforms' fixture pairs (no jest needed)",
    description: `Runs each transform's fixture pairs (<case>.input.<ext>, <case>.output.<ext>, <case>.diagnostics.txt; <ext>: ${fixtureExtensions().join(', ')}) with the automatic idempotency, syntax, CRLF/LF and BOM checks, and shows a diff of what differed. Transforms are built-in ids or files; default: every transforms/<id>.ts with fixtures/<id>/ (in this repository: the built-ins).`,
    options: ['option'],
  },
});

const optionHelp = (): Record<string, readonly [string, string]> => ({
  transform: [
    '-t, --transform ID|FILE',
    'run only this transform (repeatable; default: all built-in); a path (./my-transform.ts, .js, .mjs) loads a transform of your own',
  ],
  format: ['-f, --format FORMAT', `what stdout carries: ${formatList()}`],
  json: ['--json', 'same as --format json'],
  'list-different': ['-l, --list-different', 'print only the paths of the files that change, one per line (--format names)'],
  stat: ['--stat', "diff, check: print git's diffstat (lines changed per file, and a total) instead of the patch (--format stat)"],
  output: ['-o, --output FILE', 'diff, check, report, plan: write the report to FILE instead of stdout'],
  done: ['--done ID', "plan: mark a developer's or an administrator's step done in the plan file (repeatable)"],
  save: ['--save', 'plan: write the plan file with the scenario and every step, keeping the marks it has'],
  'output-dir': ['--output-dir DIR', 'diff --format mbox: one .patch file per transform in DIR'],
  pager: [
    '--no-pager',
    'diff, check, list: on a terminal the output goes through UCMA_CODEMOD_PAGER, else PAGER, else less (LESS=FRX unless set); this writes it straight to stdout',
  ],
  staged: ['--staged', 'check: judge the index content of staged files'],
  'line-mode': ['--line-mode', 'review: on a terminal too, each answer is a line ended by Enter (default there: one key)'],
  'stdin-filepath': [
    '--stdin-filepath P',
    'diff, apply, check: read the text of one file from stdin and take it as the file at P (its language, patch path and project on disk; P itself is not read); apply prints the changed text instead of writing',
  ],
  'max-file-size': ['--max-file-size SIZE', `skip larger files (default ${byteSize(DEFAULT_MAX_FILE_SIZE)}; e.g. 500k, 16M)`],
  jobs: [
    '-j, --jobs N',
    `worker threads that parse and transform (default: ${DEFAULT_JOBS_DESCRIPTION}, at most twice as many; 1 keeps everything in this thread; runs of ${HANDFUL_OF_FILES} files or fewer stay in this thread, except a transform of your own, which gets one worker)`,
  ],
  'file-timeout': [
    '--file-timeout SECONDS',
    `with worker threads, a file whose transforms run longer fails, and so does loading a transform file; ${TIMEOUTS_IN_A_ROW} such files in a row stop the run (at most ${MAX_FILE_TIMEOUT_SECONDS}, a day; default ${DEFAULT_FILE_TIME_BUDGET_MS / 1000})`,
  ],
  'worker-memory': [
    '--worker-memory SIZE',
    `memory one file may take (default ${byteSize(DEFAULT_WORK_MEMORY_BYTES)}): each worker thread's heap limit, and a file needing more to parse (about ${MEMORY_PER_SOURCE_BYTE} bytes per byte) is refused before it is read`,
  ],
  option: ['--option KEY=VALUE', 'pass an option to the transforms (repeatable)'],
  'ignore-pattern': ['--ignore-pattern PAT', 'leave out files matching PAT (.gitignore syntax; repeatable)'],
  quiet: ['-q, --quiet', 'stderr shows errors only, and one line saying why the run does not exit 0: no warnings, infos, summary or hint'],
  'max-warnings': [
    '--max-warnings N',
    'up to N warnings (changes to make by hand) do not make the run exit 1 (default: any warning does; -1: no limit); a rule set to error in the config always does',
  ],
  'diagnostic-level': [
    '--diagnostic-level LEVEL',
    'info (default), warning or error: the mildest findings the text report and GitHub annotations show (JSON and SARIF keep all)',
  ],
  baseline: ['--baseline FILE', 'findings listed in FILE are known: only new ones count; its stale entries are listed'],
  'write-baseline': ['--write-baseline FILE', 'check: record the findings that need a person in FILE (never a change the tool can make)'],
  'prune-baseline': ['--prune-baseline', 'check: drop the stale entries of the --baseline file'],
  color: [
    '--color, --no-color',
    'force or suppress colour (default: only on a terminal; the flag wins over NO_COLOR; FORCE_COLOR and TERM=dumb are honoured)',
  ],
  progress: [
    '--progress, --no-progress',
    `progress bar on stderr, only on a terminal (default: runs of ${PROGRESS_MIN_FILES}+ files; --progress: any run; never with ${machineReadableFormats()})`,
  ],
  help: ['-h, --help', 'show this help (ucma-codemod <command> --help: that command only)'],
  version: ['-v, --version', 'show the version'],
});

const overview = (): string[] => [
  `Paths are files, folders or quoted globs (default: the current folder). Folders are searched for ${describeReadFiles()} files, skipping .git/, node_modules/, bin/, obj/ and, inside a git work tree, what .gitignore ignores. Symbolic links are not followed.`,
  'Settings shared by the CLI, the hook and CI: ucma-codemod.config.json (the nearest one upwards: transforms, options, ignore, maxFileSize, severity per transform or transform/rule, maxWarnings, diagnosticLevel, baseline) and .ucma-codemodignore; flags win over the file.',
  `A finding a person keeps: ${describeSuppressionComments()} on the line before it, a severity in the config, or a baseline (check --write-baseline FILE).`,
];

const EXIT_STATUS =
  'Exit status: 0 nothing left to do (or changes printed/written); 1 a change is still needed (check: any change that is not an info; every command: a change that must be made by hand, or a finding of a rule set to error; review: a skipped change); findings suppressed in the code or known from the baseline do not count; 2 usage error or a file could not be processed (after processing the other files).';

const STREAMS =
  'stdout carries only the product (the output format); the patch and names are written file by file as the run goes, in file order; diagnostics and the summary go to stderr as path:line:col: severity: message, after the product.';

/** Each format of the table with its summary and commands, the default named. */
function formatList(): string {
  return OUTPUT_FORMATS.map((format) => {
    const notes = [format.summary, ...(format.defaultFor?.length ? [`default of ${format.defaultFor.join(' and ')}`] : [])];
    return `${format.name} (${format.commands.join(', ')}: ${notes.join('; ')})`;
  }).join(', ');
}

/** The formats that a program reads, as a phrase. */
function machineReadableFormats(): string {
  const names = OUTPUT_FORMATS.filter((format) => format.machineReadable).map((format) => format.name);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

/** 4194304 → 4M, as --max-file-size takes it. */
function byteSize(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)}M`;
  if (bytes % 1024 === 0) return `${bytes / 1024}k`;
  return String(bytes);
}

/** The help width for a stream: its columns on a terminal, 80 otherwise, kept readable. */
export function helpWidth(stream: { isTTY?: boolean; columns?: number }): number {
  const columns = stream.isTTY && stream.columns ? stream.columns : 80;
  return Math.max(40, Math.min(columns, 120)) - 1;
}

function paragraph(text: string, width: number, indent = ''): string[] {
  return wrapText(text, width - indent.length).map((line) => `${indent}${line}`);
}

/** Rows of "label  text" with the text in a column, wrapped; a long label puts its text on the next line. */
function rows(entries: readonly (readonly [string, string])[], width: number, maxLabel = 28): string[] {
  const labelWidth = Math.min(Math.max(...entries.map(([label]) => label.length)), maxLabel);
  const column = 2 + labelWidth + 2;
  const narrow = width - column < 30;
  return entries.flatMap(([label, text]) => {
    if (narrow) return [`  ${label}`, ...paragraph(text, width, '      ')];
    const wrapped = wrapText(text, width - column);
    const first = label.length <= labelWidth ? `  ${label.padEnd(labelWidth)}  ${wrapped[0] ?? ''}` : `  ${label}`;
    const rest = label.length <= labelWidth ? wrapped.slice(1) : wrapped;
    return [first, ...rest.map((line) => `${' '.repeat(column)}${line}`)];
  });
}

/** The help for `command` (the overview when undefined), wrapped to `width` columns. */
export function helpText(command: CommandName | undefined, width: number): string {
  const lines: string[] = [];
  if (command === undefined) {
    lines.push(...paragraph('ucma-codemod: codemods for Microsoft UCMA sample code, as reviewable patches.', width), '', 'Usage:');
    lines.push(
      ...rows(
        Object.values(commandHelp()).flatMap((help) =>
          help.usage.map((usage, index): [string, string] => [`ucma-codemod ${usage}`, index === 0 ? help.summary : '']),
        ),
        width,
        32,
      ),
    );
    for (const text of overview()) lines.push('', ...paragraph(text, width));
    lines.push('', 'Options:', ...rows(Object.values(optionHelp()), width));
    lines.push('', ...paragraph(EXIT_STATUS, width), '', ...paragraph(STREAMS, width));
  } else {
    const help = commandHelp()[command];
    lines.push(
      ...help.usage.map((usage, index) => `${index === 0 ? 'Usage: ' : '       '}ucma-codemod ${usage}`),
      '',
      ...paragraph(help.description, width),
    );
    const options = [...help.options, 'help'].map((key) => optionHelp()[key]!);
    lines.push('', 'Options:', ...rows(options, width));
    if (help.options.length > 0) lines.push('', ...paragraph(EXIT_STATUS, width));
  }
  return `${lines.map((line) => line.trimEnd()).join('\n')}\n`;
}
