// `ucma-codemod review`: steps through every proposed change with its explanation and asks
// accept / skip / accept all / quit; writes only the accepted changes, with apply's safety.
import { builtInTransformIds } from '../built-in-transforms.js';
import { fstatSync } from 'node:fs';
import { selectFiles } from '../../inputs/select-files.js';
import { diskInput } from '../../inputs/source-input.js';
import { StaleTempCleaner } from '../../run/atomic-write.js';
import { DEFAULT_MAX_FILE_SIZE, runCodemod } from '../../run/run-codemod.js';
import type { FileResult, ReportedEdit } from '../../run/run-result.js';
import { writeChange } from '../../run/write-change.js';
import { formatTextReport } from '../../output/text-report.js';
import { choosePalette, type Palette } from '../../terminal/colors.js';
import { formatChangePreview } from '../../terminal/change-preview.js';
import { LineReader } from '../../terminal/line-reader.js';
import { wrapText } from '../../terminal/text-wrap.js';
import type { Transform } from '../../engine/transform.js';
import type { CliIo } from '../cli-io.js';
import { exitCodeWithWarningLimit, formatQuietReport } from '../run-verdict.js';
import { UsageError, type CliOptions } from '../parse-args.js';

const HELP = `y - accept this change
n - skip this change
a - accept this change and all remaining ones
q - skip this change and all remaining ones, then write what was accepted
? - show this help
`;

type Answer = 'yes' | 'no' | 'all' | 'quit';

/** Where answers come from: a terminal, a pipe or file, or nowhere (e.g. /dev/null or closed). */
function answerSource(stdin: CliIo['stdin']): 'terminal' | 'piped' | 'none' {
  if (stdin.isTTY) return 'terminal';
  try {
    const stats = fstatSync(stdin.fd ?? 0);
    return stats.isFIFO() || stats.isFile() || stats.isSocket() ? 'piped' : 'none';
  } catch {
    return 'none';
  }
}

export async function reviewCommand(options: CliOptions, transforms: Transform[], io: CliIo): Promise<number> {
  const source = answerSource(io.stdin);
  if (source === 'none') {
    throw new UsageError(
      'review asks a question for each change: run it in a terminal, or pipe the answers in (one per line: y, n, a or q), e.g. printf "y\\nn\\n" | ucma-codemod review',
    );
  }
  const palette = choosePalette(io.stdout, io.env, options.color);
  const discovery = await selectFiles(options.paths, io.cwd, options.ignore);
  const proposed = await runCodemod({
    inputs: discovery.files.map((file) => diskInput(file.absolutePath, file.displayPath)),
    passedOver: discovery,
    transforms,
    knownTransformIds: builtInTransformIds(),
    transformOptions: options.transformOptions,
    maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
    ...(options.fileTimeoutSeconds !== undefined ? { fileTimeBudgetMs: options.fileTimeoutSeconds * 1000 } : {}),
    write: false,
    patches: false,
  });
  const transformsById = new Map(transforms.map((t) => [t.meta.id, t]));

  const changes = proposed.files.flatMap((file) => file.edits.map((edit) => ({ file, edit })));
  const accepted = new Map<FileResult, ReportedEdit[]>();
  const reader = new LineReader(io.stdin);
  const explained = new Set<string>();
  let mode: 'ask' | 'all' | 'none' = 'ask';
  let inputEnded = false;

  for (const [index, { file, edit }] of changes.entries()) {
    let answer: Answer;
    if (mode === 'ask') {
      io.stdout.write(describeChange(file, edit, index, changes.length, transformsById, explained, palette));
      const asked = await ask(reader, io, palette);
      if (asked === undefined) {
        inputEnded = true;
        mode = 'none';
        answer = 'no';
      } else {
        answer = asked;
      }
    } else {
      answer = mode === 'all' ? 'yes' : 'no';
    }
    if (answer === 'all') mode = 'all';
    if (answer === 'quit') mode = 'none';
    if (answer === 'yes' || answer === 'all') accepted.set(file, [...(accepted.get(file) ?? []), edit]);
  }
  reader.close();
  if (inputEnded && !options.quiet) io.stderr.write('ucma-codemod review: the answers ran out; the remaining changes were skipped\n');

  // The accepted edits of each file go through apply's own write path.
  const cleaner = new StaleTempCleaner();
  const files: FileResult[] = [];
  for (const file of proposed.files)
    files.push(file.status === 'changed' ? await writeChange(file, accepted.get(file) ?? [], cleaner) : file);
  const result = { files, removedTempFiles: [...proposed.removedTempFiles, ...cleaner.removed] };
  const acceptedCount = [...accepted.values()].reduce((sum, edits) => sum + edits.length, 0);
  const stderrPalette = choosePalette(io.stderr, io.env, options.color);
  // -q and --max-warnings mean what they mean for diff, apply and check (see run-verdict).
  if (options.quiet) {
    io.stderr.write(formatQuietReport(result, stderrPalette));
  } else {
    io.stderr.write(`ucma-codemod review: ${acceptedCount} of ${changes.length} ${changes.length === 1 ? 'change' : 'changes'} accepted\n`);
    io.stderr.write(formatTextReport('review', result, stderrPalette));
  }
  return exitCodeWithWarningLimit(result, 'review', options.maxWarnings);
}

function describeChange(
  file: FileResult,
  edit: ReportedEdit,
  index: number,
  total: number,
  transformsById: ReadonlyMap<string, Transform>,
  explained: Set<string>,
  palette: Palette,
): string {
  const transform = transformsById.get(edit.transform);
  const change = file.change!;
  const lines = [
    '',
    palette.bold(`[${index + 1}/${total}] ${file.path}:${edit.start.line}:${edit.start.column}`),
    `${edit.transform}: ${transform?.meta.title ?? ''}`,
  ];
  if (transform && !explained.has(transform.meta.id)) {
    explained.add(transform.meta.id);
    lines.push(...wrapText(transform.meta.description, 96).map((line) => palette.dim(`  ${line}`)));
    if (transform.meta.followUp)
      lines.push(...wrapText(`Follow-up: ${transform.meta.followUp}`, 96).map((line) => palette.dim(`  ${line}`)));
    lines.push(palette.dim(`  Source: ${transform.meta.source.title}`));
  }
  return `${lines.join('\n')}\n${formatChangePreview(change.source.text, { start: edit.start.offset, end: edit.end.offset, text: edit.newText }, palette)}`;
}

async function ask(reader: LineReader, io: CliIo, palette: Palette): Promise<Answer | undefined> {
  for (;;) {
    io.stdout.write(palette.bold('Apply this change? [y,n,a,q,?] '));
    const line = await reader.next();
    if (line === undefined) {
      io.stdout.write('\n');
      return undefined;
    }
    const answer = line.trim().toLowerCase();
    if (['y', 'yes'].includes(answer)) return 'yes';
    if (['n', 'no'].includes(answer)) return 'no';
    if (['a', 'all'].includes(answer)) return 'all';
    if (['q', 'quit'].includes(answer)) return 'quit';
    io.stdout.write(
      answer === '?' || answer === 'h' || answer === 'help' ? HELP : `Please answer y, n, a, q or ? (got "${line.trim()}").\n`,
    );
  }
}
