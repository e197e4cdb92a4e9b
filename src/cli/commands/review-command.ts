// `ucma-codemod review`: steps through every proposed change with its explanation and asks
// accept / skip / accept all / quit; writes only the accepted changes, with apply's safety.
import { fstatSync } from 'node:fs';
import { discoverFiles } from '../../inputs/discover-files.js';
import { ExitCode } from '../../run/exit-code.js';
import type { OwnedEdit } from '../../engine/edits.js';
import { describeWriteFailure, StaleTempCleaner, writeFileAtomic } from '../../run/atomic-write.js';
import { languageForPath } from '../../engine/languages.js';
import { choosePalette, type Palette } from '../../terminal/colors.js';
import { formatTextReport } from '../../output/text-report.js';
import { formatChangePreview } from '../../terminal/change-preview.js';
import { countTotals, DEFAULT_MAX_FILE_SIZE, diskInput, runCodemod, type FileReport } from '../../run/run-codemod.js';
import { encodeSource } from '../../engine/source-text.js';
import { wrapText } from '../../terminal/text-wrap.js';
import type { Transform } from '../../engine/transform.js';
import { applyWithGuards } from '../../engine/transform-source.js';
import type { CliIo } from '../cli-io.js';
import { LineReader } from '../../terminal/line-reader.js';
import { UsageError, type CliOptions } from '../parse-args.js';

const HELP = `y - accept this change
n - skip this change
a - accept this change and all remaining ones
q - skip this change and all remaining ones, then write what was accepted
? - show this help
`;

type Answer = 'yes' | 'no' | 'all' | 'quit';

/** Where answers come from: a terminal, a pipe or file, or nowhere (e.g. /dev/null or closed). */
export function answerSource(stdin: CliIo['stdin']): 'terminal' | 'piped' | 'none' {
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
    throw new UsageError('review asks a question for each change: run it in a terminal, or pipe the answers in (one per line: y, n, a or q), e.g. printf "y\\nn\\n" | ucma-codemod review');
  }
  const palette = choosePalette(io.stdout, io.env, options.color);
  const discovery = await discoverFiles(options.paths, io.cwd);
  const result = await runCodemod({
    inputs: discovery.files.map((file) => diskInput(file.absolutePath, file.displayPath)),
    passedOver: discovery,
    transforms,
    transformOptions: options.transformOptions,
    maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    write: false,
  });

  const changes = result.files.flatMap((file) => (file.change ? file.change.sortedEdits.map((edit) => ({ file, edit })) : []));
  const accepted = new Map<FileReport, OwnedEdit[]>();
  const reader = new LineReader(io.stdin);
  const explained = new Set<string>();
  let mode: 'ask' | 'all' | 'none' = 'ask';
  let skipped = 0;
  let inputEnded = false;

  for (const [index, { file, edit }] of changes.entries()) {
    let answer: Answer;
    if (mode === 'ask') {
      io.stdout.write(describeChange(file, edit, index, changes.length, transforms, explained, palette));
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
    else skipped++;
  }
  reader.close();
  if (inputEnded) io.stderr.write('ucma-codemod review: the answers ran out; the remaining changes were skipped\n');

  // Write the accepted subset of each file, with the same guards and atomic write as apply.
  const cleaner = new StaleTempCleaner();
  for (const file of result.files) {
    const edits = accepted.get(file);
    if (!file.change) continue;
    if (!edits) {
      file.status = 'unchanged';
      continue;
    }
    await cleaner.cleanBeside(file.absolutePath);
    const { source, originalBytes } = file.change;
    const language = languageForPath(file.path);
    const guarded = applyWithGuards(source.text, language.parse(source.text), edits, language);
    if (guarded.newText === undefined) {
      file.status = 'failed';
      file.reason = guarded.diagnostics.map((d) => d.message).join('; ');
      continue;
    }
    try {
      await writeFileAtomic(file.absolutePath, encodeSource(source, guarded.newText), originalBytes);
      file.written = true;
    } catch (thrown) {
      file.status = 'failed';
      file.reason = describeWriteFailure(thrown, file.absolutePath);
    }
  }
  result.removedTempFiles.push(...cleaner.removed);
  Object.assign(result.totals, countTotals(result.files));
  io.stderr.write(`ucma-codemod review: ${changes.length - skipped} of ${changes.length} ${changes.length === 1 ? 'change' : 'changes'} accepted\n`);
  io.stderr.write(formatTextReport('review', result, choosePalette(io.stderr, io.env, options.color)));
  if (result.totals.failed > 0 || result.totals.errors > 0) return ExitCode.Error;
  return skipped > 0 || result.totals.warnings > 0 ? ExitCode.ChangeNeeded : ExitCode.Ok;
}

function describeChange(file: FileReport, edit: OwnedEdit, index: number, total: number, transforms: readonly Transform[], explained: Set<string>, palette: Palette): string {
  const transform = transforms.find((t) => t.meta.id === edit.transformId);
  const change = file.change!;
  const where = file.edits.find((e) => e.start.offset === edit.start && e.transform === edit.transformId)?.start;
  const lines = [
    '',
    palette.bold(`[${index + 1}/${total}] ${file.path}${where ? `:${where.line}:${where.column}` : ''}`),
    `${edit.transformId}: ${transform?.meta.title ?? ''}`,
  ];
  if (transform && !explained.has(transform.meta.id)) {
    explained.add(transform.meta.id);
    lines.push(...wrapText(transform.meta.description, 96).map((line) => palette.dim(`  ${line}`)));
    if (transform.meta.followUp) lines.push(...wrapText(`Follow-up: ${transform.meta.followUp}`, 96).map((line) => palette.dim(`  ${line}`)));
    lines.push(palette.dim(`  Source: ${transform.meta.source.title}`));
  }
  return `${lines.join('\n')}\n${formatChangePreview(change.source.text, edit, palette)}`;
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
    io.stdout.write(answer === '?' || answer === 'h' || answer === 'help' ? HELP : `Please answer y, n, a, q or ? (got "${line.trim()}").\n`);
  }
}
