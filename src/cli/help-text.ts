// The --help texts: the overview, and one per command (`ucma-codemod <command> --help`), wrapped to
// the terminal's width (80 columns into a pipe), never inside a word.
import { wrapText } from '../terminal/text-wrap.js';
import type { CommandName } from './parse-args.js';

interface CommandHelp {
  readonly usage: readonly string[];
  readonly summary: string;
  readonly description: string;
  /** Keys of OPTION_HELP that apply. */
  readonly options: readonly string[];
}

const FILE_OPTIONS = [
  'transform',
  'ignore-pattern',
  'max-file-size',
  'jobs',
  'file-timeout',
  'option',
  'quiet',
  'max-warnings',
  'diagnostic-level',
  'baseline',
  'color',
  'progress',
];

const COMMAND_HELP: Record<CommandName, CommandHelp> = {
  list: {
    usage: ['list'],
    summary: 'list the transforms and what they change',
    description:
      'Lists the transforms that a run would use (the built-ins, or -t and the config file\'s "transforms"), with what they change and why.',
    options: ['transform', 'json'],
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
    description:
      'Like diff, but exits 1 when a change is needed. With --staged it judges the staged content of staged .cs files (what a pre-commit hook needs).',
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
      'Shows each change with its explanation and asks: y accept, n skip, a accept this and all remaining, q skip this and all remaining, ? help. Answers can be piped, one per line.',
    options: FILE_OPTIONS,
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
  test: {
    usage: ['test [transform...]'],
    summary: "run transforms' fixture pairs (no jest needed)",
    description:
      "Runs each transform's fixture pairs (<case>.input.cs, <case>.output.cs, <case>.diagnostics.txt) with the automatic idempotency, syntax, CRLF/LF and BOM checks, and shows a diff of what differed. Transforms are built-in ids or files; default: every transforms/<id>.ts with fixtures/<id>/ (in this repository: the built-ins).",
    options: ['option'],
  },
};

const OPTION_HELP: Record<string, readonly [string, string]> = {
  transform: [
    '-t, --transform ID|FILE',
    'run only this transform (repeatable; default: all built-in); a path (./my-transform.ts, .js, .mjs) loads a transform of your own',
  ],
  format: [
    '-f, --format FORMAT',
    'what stdout carries: diff (default for diff and check), mbox (diff: one git am message per transform), json, sarif (SARIF 2.1.0), github (GitHub Actions annotations), names (the paths of the files that change), stat (the diffstat of git diff --stat)',
  ],
  json: ['--json', 'same as --format json'],
  'list-different': ['-l, --list-different', 'print only the paths of the files that change, one per line (--format names)'],
  stat: ['--stat', "diff, check: print git's diffstat (lines changed per file, and a total) instead of the patch (--format stat)"],
  output: ['-o, --output FILE', 'diff, check: write the report to FILE instead of stdout'],
  'output-dir': ['--output-dir DIR', 'diff --format mbox: one .patch file per transform in DIR'],
  pager: [
    '--no-pager',
    'diff, check: on a terminal the coloured patch goes through UCMA_CODEMOD_PAGER, else PAGER, else less (LESS=FRX unless set); this writes it straight to stdout',
  ],
  staged: ['--staged', 'check: judge the index content of staged files'],
  'stdin-filepath': [
    '--stdin-filepath P',
    'diff, apply, check: read the text of one file from stdin and take it as the file at P (its language, patch path and project on disk; P itself is not read); apply prints the changed text instead of writing',
  ],
  'max-file-size': ['--max-file-size SIZE', 'skip larger files (default 4M; e.g. 500k, 16M)'],
  jobs: [
    '-j, --jobs N',
    'worker threads that parse and transform (default 1: all in this thread; e.g. -j 2 for two workers; not used when a selected transform reads its project)',
  ],
  'file-timeout': ['--file-timeout SECONDS', 'with worker threads, a file whose transforms run longer fails (default 60)'],
  option: ['--option KEY=VALUE', 'pass an option to the transforms (repeatable)'],
  'ignore-pattern': ['--ignore-pattern PAT', 'leave out files matching PAT (.gitignore syntax; repeatable)'],
  quiet: ['-q, --quiet', 'stderr shows errors only, and one line saying why the run does not exit 0: no warnings, infos, summary or hint'],
  'max-warnings': [
    '--max-warnings N',
    'up to N warnings (changes to make by hand) do not make the run exit 1 (default: any warning does); a rule set to error in the config always does',
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
    'progress bar on stderr, only on a terminal (default: runs of 50+ files; --progress: any run; never with json or sarif)',
  ],
  help: ['-h, --help', 'show this help (ucma-codemod <command> --help: that command only)'],
  version: ['-v, --version', 'show the version'],
};

const OVERVIEW = [
  'Paths are files, folders or quoted globs (default: the current folder). Folders are searched for *.cs files, skipping .git/, node_modules/, bin/, obj/ and, inside a git work tree, what .gitignore ignores. Symbolic links are not followed.',
  'Settings shared by the CLI, the hook and CI: ucma-codemod.config.json (the nearest one upwards: transforms, options, ignore, maxFileSize, severity per transform or transform/rule, maxWarnings, diagnosticLevel, baseline) and .ucma-codemodignore; flags win over the file.',
  'A finding a person keeps: "// ucma-codemod-disable-next-line <id> -- <reason>" on the line before it (in a project file: "<!-- ucma-codemod-disable-next-line <id>: <reason> -->"), a severity in the config, or a baseline (check --write-baseline FILE).',
];

const EXIT_STATUS =
  'Exit status: 0 nothing left to do (or changes printed/written); 1 a change is still needed (check: any change that is not an info; every command: a change that must be made by hand, or a finding of a rule set to error; review: a skipped change); findings suppressed in the code or known from the baseline do not count; 2 usage error or a file could not be processed (after processing the other files).';

const STREAMS =
  'stdout carries only the product (patch, mbox, JSON, SARIF, annotations); the patch and names are written file by file as the run goes, in file order; diagnostics and the summary go to stderr as path:line:col: severity: message, after the product.';

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
        Object.values(COMMAND_HELP).flatMap((help) =>
          help.usage.map((usage, index): [string, string] => [`ucma-codemod ${usage}`, index === 0 ? help.summary : '']),
        ),
        width,
        32,
      ),
    );
    for (const text of OVERVIEW) lines.push('', ...paragraph(text, width));
    lines.push('', 'Options:', ...rows(Object.values(OPTION_HELP), width));
    lines.push('', ...paragraph(EXIT_STATUS, width), '', ...paragraph(STREAMS, width));
  } else {
    const help = COMMAND_HELP[command];
    lines.push(
      ...help.usage.map((usage, index) => `${index === 0 ? 'Usage: ' : '       '}ucma-codemod ${usage}`),
      '',
      ...paragraph(help.description, width),
    );
    const options = [...help.options, 'help'].map((key) => OPTION_HELP[key]!);
    lines.push('', 'Options:', ...rows(options, width));
    if (help.options.length > 0) lines.push('', ...paragraph(EXIT_STATUS, width));
  }
  return `${lines.map((line) => line.trimEnd()).join('\n')}\n`;
}
