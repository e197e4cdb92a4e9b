// `ucma-codemod review`: steps through the proposed changes as `git add -p` does (hunks of a file,
// one key per answer on a terminal) with each transform's explanation and the file's warnings, and
// writes only what was accepted, with apply's safety.
import { spawnSync } from 'node:child_process';
import { fstatSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtInTransformIds } from '../built-in-transforms.js';
import { withProjectPeers } from '../../inputs/project-peers.js';
import { selectFiles } from '../../inputs/select-files.js';
import { diskInput } from '../../inputs/source-input.js';
import { StaleTempCleaner } from '../../run/atomic-write.js';
import { stopWritesOnSignals } from '../interrupts.js';
import { DEFAULT_MAX_FILE_SIZE, runCodemod } from '../../run/run-codemod.js';
import type { FileResult, ReportedEdit } from '../../run/run-result.js';
import { writeChange } from '../../run/write-change.js';
import { formatDiagnostic, formatQuietReport, formatTextReport } from '../../output/text-report.js';
import { choosePalette, type Palette } from '../../terminal/colors.js';
import { formatChangePreview } from '../../terminal/change-preview.js';
import { KeyReader, type RawModeInput } from '../../terminal/key-reader.js';
import { LineReader } from '../../terminal/line-reader.js';
import { ProgressBar, shouldShowProgress } from '../../terminal/progress-bar.js';
import { wrapText } from '../../terminal/text-wrap.js';
import type { Transform } from '../../engine/transform.js';
import type { CliIo } from '../cli-io.js';
import { verdictOf } from '../../run/exit-code.js';
import { UsageError, type CliOptions } from '../parse-args.js';
import { hunkForEditing, hunksOf, readEditedHunk, splitHunk, textEditsOf, type ReviewHunk } from '../review-hunks.js';
import { assertBaselineReadable, settleBaseline } from '../baseline-file.js';
import { fingerprintRootFor, walkedFolders } from '../run-scope.js';

/** The answers, in the order the prompt lists them; `s` only where the hunk can be split. */
const KEYS = [
  ['y', 'accept this change'],
  ['n', 'skip this change'],
  ['a', 'accept this change and all remaining ones'],
  ['q', 'skip this change and all remaining ones, then write what was accepted'],
  ['d', 'skip this change and the rest of this file'],
  ['A', 'accept this change and the rest of its transform, in every file'],
  ['D', 'skip this change and the rest of its transform, in every file'],
  ['e', 'edit this change in your editor ($VISUAL, else $EDITOR, else vi)'],
  ['s', 'split this change into smaller ones'],
  ['?', 'show this help'],
] as const;

type Key = (typeof KEYS)[number][0];

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

/** Reads answers: one key each on a terminal (unless --line-mode), else one line each. */
interface AnswerReader {
  /** The next answer; `onReady` shows the question once the reader is ready for it. */
  next(onReady?: () => void): Promise<string | undefined>;
  close(): void;
}

/** Line answers (a pipe, or --line-mode on a terminal). */
class LineAnswers implements AnswerReader {
  private readonly lines: LineReader;
  constructor(input: NodeJS.ReadableStream) {
    this.lines = new LineReader(input);
  }
  next(onReady?: () => void): Promise<string | undefined> {
    onReady?.();
    return this.lines.next();
  }
  close(): void {
    this.lines.close();
  }
}

function answerReader(io: CliIo, lineMode: boolean): { reader: AnswerReader; singleKey: boolean } {
  const input = io.stdin as CliIo['stdin'] & Partial<RawModeInput>;
  if (io.stdin.isTTY && !lineMode && typeof input.setRawMode === 'function')
    return { reader: new KeyReader(input as RawModeInput), singleKey: true };
  return { reader: new LineAnswers(io.stdin), singleKey: false };
}

type Decision = 'accept' | 'skip';

export async function reviewCommand(options: CliOptions, transforms: Transform[], io: CliIo): Promise<number> {
  const source = answerSource(io.stdin);
  if (source === 'none') {
    throw new UsageError(
      'review asks a question for each change: run it in a terminal, or pipe the answers in (one per line: y, n, a, q, d, A, D, e or s), e.g. printf "y\\nn\\n" | ucma-codemod review',
    );
  }
  const palette = choosePalette(io.stdout, io.env, options.color);
  const stderrPalette = choosePalette(io.stderr, io.env, options.color);
  const discovery = await selectFiles(options.paths, io.cwd, options.ignore);
  let inputs = discovery.files.map((file) => diskInput(file.absolutePath, file.displayPath, io.cwd));
  // As every run: the other files of the inputs' projects are indexed, not reviewed.
  if (transforms.some((t) => t.meta.needsProject))
    inputs = await withProjectPeers(inputs, { cwd: io.cwd, ignore: options.ignore, walkedFolders: walkedFolders(options, io.cwd) });
  assertBaselineReadable(options, io.cwd);
  const fingerprintRoot = await fingerprintRootFor(options, io.cwd);
  // The run reads every file before the first question: show how far it is, as check does.
  const fileCount = discovery.files.length + discovery.errors.length + discovery.skipped.length;
  const progress = shouldShowProgress({ stderrIsTTY: io.stderr.isTTY, machineReadable: false, flag: options.progress, fileCount })
    ? new ProgressBar(io.stderr, fileCount)
    : undefined;
  const proposed = await runCodemod({
    inputs,
    passedOver: discovery,
    transforms,
    knownTransformIds: builtInTransformIds(),
    transformOptions: options.transformOptions,
    maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
    ...(options.fileTimeoutSeconds !== undefined ? { fileTimeBudgetMs: options.fileTimeoutSeconds * 1000 } : {}),
    ...(options.workerMemory !== undefined ? { workMemoryBytes: options.workerMemory } : {}),
    ...(options.severities !== undefined ? { severities: options.severities } : {}),
    fingerprintRoot,
    write: false,
    patches: false,
    onFile: (_file, done) => progress?.update(done),
  });
  progress?.finish();
  const transformsById = new Map(transforms.map((t) => [t.meta.id, t]));

  const queue: ReviewHunk[] = proposed.files.filter((file) => file.status === 'changed').flatMap(hunksOf);
  const total = queue.reduce((sum, hunk) => sum + hunk.edits.length, 0);
  const decided = new Map<ReportedEdit, Decision>();
  /** Edits a person wrote with `e`, per file, and the proposed edits they replace. */
  const personEdits = new Map<FileResult, ReportedEdit[]>();
  const replaced = new Set<ReportedEdit>();
  const transformRule = new Map<string, Decision>();
  const fileRule = new Map<FileResult, Decision>();
  let everything: Decision | undefined;
  let inputEnded = false;
  const introduced = new Set<FileResult>();
  const explained = new Set<string>();
  const { reader, singleKey } = answerReader(io, options.lineMode);

  const ruleFor = (hunk: ReviewHunk, edit: ReportedEdit) => everything ?? fileRule.get(hunk.file) ?? transformRule.get(edit.transform);
  try {
    for (let index = 0; index < queue.length; index++) {
      let hunk = queue[index]!;
      // Edits a bulk answer (a, q, d, A, D) already decides are not asked about.
      for (const edit of hunk.edits) {
        const rule = ruleFor(hunk, edit);
        if (rule !== undefined && !decided.has(edit)) decided.set(edit, rule);
      }
      const open = hunk.edits.filter((edit) => !decided.has(edit));
      if (open.length === 0) continue;
      if (open.length < hunk.edits.length) hunk = { file: hunk.file, edits: open };

      const header = describeHunk(hunk, index, queue.length, transformsById, explained, introduced, palette);
      io.stdout.write(header);
      for (;;) {
        const answer = await ask(reader, io, palette, hunk, singleKey);
        if (answer === undefined) {
          inputEnded = true;
          everything = 'skip';
          for (const edit of hunk.edits) decided.set(edit, 'skip');
          break;
        }
        if (answer === '?') {
          io.stdout.write(helpFor(hunk));
          continue;
        }
        if (answer === 's') {
          const parts = splitHunk(hunk);
          if (parts === undefined) {
            io.stdout.write('Sorry, this change cannot be split: it is one edit.\n');
            continue;
          }
          io.stdout.write(`Split into ${parts.length} changes.\n`);
          queue.splice(index, 1, ...parts);
          index--;
          break;
        }
        if (answer === 'e') {
          const others = hunk.file.edits.filter((edit) => !hunk.edits.includes(edit) && decided.get(edit) !== 'skip');
          const outcome = editHunk(hunk, others, io);
          if (outcome.kind === 'refused') {
            io.stdout.write(`The edited change was not used: ${outcome.reason}\n`);
            continue;
          }
          if (outcome.kind === 'edit') {
            personEdits.set(hunk.file, [...(personEdits.get(hunk.file) ?? []), outcome.edit]);
            for (const edit of hunk.edits) replaced.add(edit);
          }
          // Unchanged means the change as proposed; an emptied hunk means none of it.
          for (const edit of hunk.edits) decided.set(edit, outcome.kind === 'nothing' ? 'skip' : 'accept');
          break;
        }
        const decision: Decision = 'yaA'.includes(answer) ? 'accept' : 'skip';
        for (const edit of hunk.edits) decided.set(edit, decision);
        if (answer === 'a' || answer === 'q') everything = decision;
        if (answer === 'd') fileRule.set(hunk.file, 'skip');
        if (answer === 'A' || answer === 'D') for (const edit of hunk.edits) transformRule.set(edit.transform, decision);
        break;
      }
    }
  } finally {
    reader.close();
  }
  if (inputEnded && !options.quiet) io.stderr.write('ucma-codemod review: the answers ran out; the remaining changes were skipped\n');

  // The accepted edits of each file (a person's own edits in place of those they replace) go
  // through apply's own write path.
  const cleaner = new StaleTempCleaner();
  const files: FileResult[] = [];
  let notWritten = 0;
  // A signal while the accepted changes are written stops the writes cleanly and says what was written.
  const stopHandlingSignals = stopWritesOnSignals(io.cwd);
  try {
    for (const file of proposed.files) {
      if (file.status !== 'changed') {
        files.push(file);
        continue;
      }
      const accepted = [
        ...file.edits.filter((edit) => decided.get(edit) === 'accept' && !replaced.has(edit)),
        ...(personEdits.get(file) ?? []),
      ];
      accepted.sort((a, b) => a.start.offset - b.start.offset || a.end.offset - b.end.offset);
      const written = await writeChange(file, accepted, cleaner);
      if (written.status === 'failed') notWritten += file.edits.filter((edit) => decided.get(edit) === 'accept').length;
      // What a person's edit replaced is done, not declined.
      files.push({ ...written, declined: written.declined.filter((edit) => !replaced.has(edit)) });
    }
  } finally {
    stopHandlingSignals();
  }
  const result = await settleBaseline(
    { files, removedTempFiles: [...proposed.removedTempFiles, ...cleaner.removed] },
    {
      baseline: options.baseline,
      writeBaseline: undefined,
      prune: false,
      root: fingerprintRoot,
      walked: walkedFolders(options, io.cwd),
      transforms,
      severities: options.severities,
    },
    () => undefined,
  );
  const acceptedCount = [...decided.values()].filter((decision) => decision === 'accept').length;
  // -q and --max-warnings mean what they mean for diff, apply and check (see run/exit-code).
  const verdict = verdictOf(result, 'review', { maxWarnings: options.maxWarnings });
  if (options.quiet) {
    io.stderr.write(formatQuietReport('review', result, verdict, stderrPalette));
  } else {
    io.stderr.write(`${reviewSummary(acceptedCount, total, replaced.size, notWritten)}\n`);
    io.stderr.write(formatTextReport('review', result, stderrPalette, { level: options.diagnosticLevel }));
  }
  return verdict.code;
}

/** `A of N changes accepted, S skipped`: every change is counted once, so the parts add up to N. */
function reviewSummary(accepted: number, total: number, edited: number, notWritten: number): string {
  const parts = [`${accepted} of ${total} ${total === 1 ? 'change' : 'changes'} accepted`];
  if (edited > 0) parts[0] += ` (${edited} edited)`;
  parts.push(`${total - accepted} skipped`);
  if (notWritten > 0) parts.push(`${notWritten} accepted but not written (see the errors below)`);
  return `ucma-codemod review: ${parts.join(', ')}`;
}

/** The hunk with where it is, the transforms' explanations (once each) and, with a file's first question, the file's findings. */
function describeHunk(
  hunk: ReviewHunk,
  index: number,
  total: number,
  transformsById: ReadonlyMap<string, Transform>,
  explained: Set<string>,
  introduced: Set<FileResult>,
  palette: Palette,
): string {
  const { file, edits } = hunk;
  const first = edits[0]!;
  const lines = [''];
  if (!introduced.has(file)) {
    introduced.add(file);
    // The file's warnings and notes belong with its first question, not after the last one.
    for (const diagnostic of file.diagnostics) lines.push(formatDiagnostic(file.path, diagnostic, palette));
  }
  lines.push(palette.bold(`[${index + 1}/${total}] ${file.path}:${first.start.line}:${first.start.column}`));
  for (const id of new Set(edits.map((edit) => edit.transform))) {
    const transform = transformsById.get(id);
    lines.push(`${id}: ${transform?.meta.title ?? ''}`);
    if (transform && !explained.has(id)) {
      explained.add(id);
      lines.push(...wrapText(transform.meta.description, 96).map((line) => palette.dim(`  ${line}`)));
      if (transform.meta.followUp)
        lines.push(...wrapText(`Follow-up: ${transform.meta.followUp}`, 96).map((line) => palette.dim(`  ${line}`)));
      lines.push(palette.dim(`  Source: ${transform.meta.source.title}`));
    }
  }
  return `${lines.join('\n')}\n${formatChangePreview(file.change!.source.text, textEditsOf(edits), palette)}`;
}

/** The keys this hunk offers: `s` only when it can be split. */
function keysFor(hunk: ReviewHunk): Key[] {
  return KEYS.map(([key]) => key).filter((key) => key !== 's' || hunk.edits.length > 1);
}

function helpFor(hunk: ReviewHunk): string {
  const keys = keysFor(hunk);
  return `${KEYS.filter(([key]) => keys.includes(key))
    .map(([key, text]) => `${key} - ${text}`)
    .join('\n')}\n`;
}

/** Long answers a person may type in line mode. */
const WORDS: Record<string, Key> = { yes: 'y', no: 'n', all: 'a', quit: 'q', help: '?', h: '?' };

async function ask(reader: AnswerReader, io: CliIo, palette: Palette, hunk: ReviewHunk, singleKey: boolean): Promise<Key | undefined> {
  const keys = keysFor(hunk);
  for (;;) {
    const typed = await reader.next(() => io.stdout.write(palette.bold(`Apply this change? [${keys.join(',')}] `)));
    if (typed === undefined) {
      io.stdout.write('\n');
      return undefined;
    }
    // A key is echoed with its line end, as git does in single-key mode.
    if (singleKey) io.stdout.write(`${/^[\x20-\x7e]$/.test(typed) ? typed : ''}\n`);
    const trimmed = typed.trim();
    // Case matters for A and D (the rest of a transform); whole words are read in lower case.
    const answer = (keys as string[]).includes(trimmed) ? (trimmed as Key) : WORDS[trimmed.toLowerCase()];
    if (answer !== undefined && keys.includes(answer)) return answer;
    // As git does, `s` where nothing can be split gets its own answer rather than the list.
    if (trimmed === 's') return 's';
    if (trimmed === '' && singleKey) continue;
    io.stdout.write(`Please answer ${keys.join(', ')} (got "${trimmed}").\n`);
  }
}

/** `e`: the hunk in the person's editor; what they save is read back as one edit. */
function editHunk(hunk: ReviewHunk, others: readonly ReportedEdit[], io: CliIo): ReturnType<typeof readEditedHunk> {
  const folder = mkdtempSync(join(tmpdir(), 'ucma-codemod-review-'));
  const path = join(folder, 'change.diff');
  const encoding = hunk.file.change!.source.encoding === 'latin1' ? 'latin1' : 'utf8';
  try {
    writeFileSync(path, hunkForEditing(hunk), encoding);
    const editor = io.env.UCMA_CODEMOD_EDITOR || io.env.VISUAL || io.env.EDITOR || 'vi';
    // As git runs an editor: through the shell, so that EDITOR may carry arguments.
    const ran = spawnSync('sh', ['-c', `${editor} "$1"`, editor, path], { stdio: 'inherit', env: io.env, cwd: io.cwd });
    if (ran.error || ran.status !== 0)
      return { kind: 'refused', reason: `the editor (${editor}) failed${ran.status !== null ? ` with exit ${ran.status}` : ''}` };
    return readEditedHunk(hunk, readFileSync(path, encoding), others);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
