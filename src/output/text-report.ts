// The human-readable report on stderr: one line per finding or file problem (identical findings
// in several places grouped on one line, with the count and the places, as ESLint's formatters
// do), then a summary.
import { describeMigrationTarget, isMigrationDeclared, type MigrationTarget } from '../platform/migration-target.js';
import { findingId, isShownAt } from './output-format.js';
import {
  severityOfEdit,
  totalsOf,
  type FileResult,
  type ReportedDiagnostic,
  type ReportedEdit,
  type RunResult,
} from '../run/run-result.js';
import type { RunCommand, Verdict } from '../run/exit-code.js';
import type { Severity } from '../engine/transform.js';
import type { Palette } from '../terminal/colors.js';
import { formatFixHint, type FixHintContext } from './fix-hint.js';

/** `path:line:col: severity: message [origin]` */
export function formatDiagnostic(path: string, diagnostic: ReportedDiagnostic, palette: Palette): string {
  const where = `${path}:${diagnostic.start.line}:${diagnostic.start.column}`;
  return `${palette.bold(where)}: ${severityWord(diagnostic.severity, palette)}: ${diagnostic.message} ${palette.dim(`[${findingId(diagnostic)}]`)}`;
}

function severityWord(severity: Severity, palette: Palette): string {
  return severity === 'error' ? palette.red('error') : severity === 'warning' ? palette.yellow('warning') : palette.cyan('info');
}

/**
 * The edits of a file that say what they do, one per change: a change made of several edits on one
 * line with the same message (a call wrapped in `new X(` ... `)`) is named once, where it starts.
 */
export function describedEdits(edits: readonly ReportedEdit[]): ReportedEdit[] {
  const seen = new Set<string>();
  return edits.filter((edit) => {
    if (edit.message === undefined) return false;
    const key = JSON.stringify([edit.start.line, edit.transform, edit.rule ?? '', edit.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A needed change in words, as its annotation says it: `Needs change: <message>`, or `Can change` for an info. */
export function describeNeededChange(edit: ReportedEdit, what: string): string {
  return `${severityOfEdit(edit) === 'info' ? 'Can change' : 'Needs change'}: ${what}`;
}

function formatFileProblem(file: FileResult, palette: Palette): string | undefined {
  if (file.reason === undefined) return undefined;
  const label = file.status === 'failed' ? palette.red('error') : palette.dim('skipped');
  return `${palette.bold(file.path)}: ${label}: ${file.reason}`;
}

/** What the summary calls the changed files, per command. */
const CHANGED_WORDS = {
  diff: ['file to change', 'files to change'],
  apply: ['file changed', 'files changed'],
  check: ['file needs changes', 'files need changes'],
  review: ['file changed', 'files changed'],
  report: ['file to change', 'files to change'],
  plan: ['file to change', 'files to change'],
} as const;

/** What the text report shows besides the result. */
export interface TextReportOptions {
  /** Run time, for the summary. */
  readonly seconds?: number;
  /** For check's line on how to make the changes. */
  readonly hint?: FixHintContext;
  /** The mildest severity shown (`--diagnostic-level`); milder findings are counted, not listed. Default: info. */
  readonly level?: Severity;
  /** The declared migration target the findings were judged against, named when declared. */
  readonly migrationTarget?: MigrationTarget | undefined;
}

/** One finding line: where, the severity, the text after it and its id; identical ones (all but `where`) are grouped. */
interface FindingLine {
  readonly where: string;
  readonly severity: Severity;
  readonly text: string;
  readonly id: string;
}

/** All problem lines, then the summary line. Ends with a newline. */
export function formatTextReport(
  command: keyof typeof CHANGED_WORDS,
  result: RunResult,
  palette: Palette,
  options: TextReportOptions = {},
): string {
  const shown = (severity: Severity) => isShownAt(severity, options.level);
  let hidden = 0;
  // Lines in file order; a finding line stands for every identical one (same severity, text and id).
  const lines: Array<string | FindingLine[]> = [];
  const groups = new Map<string, FindingLine[]>();
  const addFinding = (finding: FindingLine) => {
    if (!shown(finding.severity)) {
      hidden++;
      return;
    }
    const key = JSON.stringify([finding.severity, finding.text, finding.id]);
    const group = groups.get(key);
    if (group) group.push(finding);
    else {
      const created = [finding];
      groups.set(key, created);
      lines.push(created);
    }
  };
  for (const file of result.files) {
    const problem = formatFileProblem(file, palette);
    if (problem) lines.push(problem);
    // Findings in file order: diagnostics, and in check the changes that say what they do, worded
    // as their annotations are.
    const described = command === 'check' && file.status === 'changed' ? describedEdits(file.edits) : [];
    const findings = [
      ...file.diagnostics.map((d) => ({ at: d.start, severity: d.severity, text: d.message, id: findingId(d) })),
      ...described.map((e) => ({ at: e.start, severity: severityOfEdit(e), text: describeNeededChange(e, e.message!), id: findingId(e) })),
    ].sort((a, b) => a.at.offset - b.at.offset);
    for (const { at, severity, text, id } of findings) addFinding({ where: `${file.path}:${at.line}:${at.column}`, severity, text, id });
    // apply and review name what they wrote, as prettier --write does, so nothing changes unseen.
    if ((command === 'apply' || command === 'review') && file.written)
      lines.push(`${palette.bold(file.path)}: ${palette.green('written')}`);
    if (command === 'check' && file.status === 'changed') {
      const plain = file.edits.filter((e) => e.message === undefined);
      for (const severity of ['error', 'warning', 'info'] as const) {
        const ids = [...new Set(plain.filter((e) => severityOfEdit(e) === severity).map((e) => findingId(e)))];
        if (ids.length === 0) continue;
        if (!shown(severity)) hidden += ids.length;
        else {
          const label = severity === 'info' ? palette.cyan('can change') : palette.yellow('needs change');
          lines.push(`${palette.bold(file.path)}: ${label}: ${ids.join(', ')}`);
        }
      }
    }
  }
  const rendered = lines.map((line) => (typeof line === 'string' ? line : formatFindingGroup(line, palette)));
  // A baseline entry whose finding is gone: say so, so entries do not pile up unseen.
  for (const entry of result.baseline?.stale ?? [])
    rendered.push(
      `${palette.bold(entry.path)}: ${palette.dim('stale baseline entry')}: ${entry.rule}${entry.member ? ` in ${entry.member}` : ''} ("${entry.snippet}") is no longer found; drop it with --prune-baseline ${palette.dim(`[${entry.fingerprint}]`)}`,
    );
  for (const removed of result.removedTempFiles) rendered.push(`removed a temp file left by an interrupted run: ${removed}`);
  // The findings above were judged against it; say so when the run declares one.
  if (options.migrationTarget && isMigrationDeclared(options.migrationTarget))
    rendered.push(`migration target: ${describeMigrationTarget(options.migrationTarget)}`);
  rendered.push(summaryLine(command, result, options, hidden));
  const t = totalsOf(result);
  if (command === 'check' && t.changed > 0) {
    const paths = result.files.filter((file) => file.status === 'changed').map((file) => quoteForShell(file.path));
    rendered.push(
      options.hint
        ? formatFixHint(paths, options.hint)
        : `To make the changes: ucma-codemod apply ${paths.join(' ')}   (or review them: ucma-codemod review)`,
    );
  }
  return `${rendered.join('\n')}\n`;
}

/** One finding, or one line for identical findings in several places: the count and the places. */
function formatFindingGroup(group: readonly FindingLine[], palette: Palette): string {
  const [first] = group as [FindingLine];
  const tail = `${severityWord(first.severity, palette)}: ${first.text} ${palette.dim(`[${first.id}]`)}`;
  if (group.length === 1) return `${palette.bold(first.where)}: ${tail}`;
  return `${tail} ${palette.dim(`(${group.length} places: ${group.map((line) => line.where).join(', ')})`)}`;
}

function summaryLine(command: keyof typeof CHANGED_WORDS, result: RunResult, options: TextReportOptions, hidden: number): string {
  const t = totalsOf(result);
  const changed = `${t.changed} ${CHANGED_WORDS[command][t.changed === 1 ? 0 : 1]}`;
  // An unchanged file is not "unchanged" to a person when it still holds a change to make by hand
  // (a warning or error) or one they declined in review: those are counted apart.
  const left = result.files.filter((file) => file.status === 'unchanged');
  const needsHand = (file: FileResult) => file.diagnostics.some((d) => d.severity !== 'info');
  const byHand = left.filter(needsHand).length;
  const declined = left.filter((file) => file.declined.length > 0 && !needsHand(file)).length;
  const apart = [byHand > 0 ? `${byHand} to fix by hand` : '', declined > 0 ? `${declined} declined` : '']
    .filter(Boolean)
    .map((part) => `${part}, `)
    .join('');
  const rest = `${apart}${t.unchanged - byHand - declined} unchanged, ${t.skipped} skipped, ${t.failed} failed`;
  // The errors counted are the error lines above: error diagnostics, and each failed file's own
  // reason (a file that fails without a diagnostic), so "1 failed" never comes with "0 errors".
  const errors = t.errors + result.files.filter((file) => file.status === 'failed' && file.reason !== undefined).length;
  const diagnostics =
    t.warnings + errors > 0 ? `; ${errors} ${plural(errors, 'error')}, ${t.warnings} ${plural(t.warnings, 'warning')}` : '';
  const acknowledged = countAcknowledged(result);
  const stale = result.baseline?.stale.length ?? 0;
  const notes = [
    acknowledged.suppressed > 0 ? `${acknowledged.suppressed} suppressed` : '',
    acknowledged.baseline > 0 ? `${acknowledged.baseline} known from the baseline` : '',
    stale > 0 ? `${stale} stale baseline ${stale === 1 ? 'entry' : 'entries'}` : '',
    hidden > 0 ? `${hidden} below --diagnostic-level ${options.level} not shown` : '',
  ].filter(Boolean);
  const time = options.seconds === undefined ? '' : ` in ${options.seconds.toFixed(2)}s`;
  return `ucma-codemod ${command}: ${changed}, ${rest}${diagnostics}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}${time}`;
}

function countAcknowledged(result: RunResult): { suppressed: number; baseline: number } {
  const counts = { suppressed: 0, baseline: 0 };
  for (const file of result.files) for (const finding of file.acknowledged) counts[finding.state]++;
  return counts;
}

export function quoteForShell(path: string): string {
  // "./" keeps a name that starts with "-" from being read as an option.
  const safe = path.startsWith('-') ? `./${path}` : path;
  return /^[\w./-]+$/.test(safe) ? safe : `'${safe.replace(/'/g, `'\\''`)}'`;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}

/**
 * The stderr report of -q: errors only (failed files, error diagnostics), and when the run does
 * not exit 0 for another reason, one line that says why, so -q never fails in silence.
 */
export function formatQuietReport(command: RunCommand, result: RunResult, verdict: Verdict, palette: Palette): string {
  const lines: string[] = [];
  for (const file of result.files) {
    if (file.status === 'failed' && file.reason !== undefined)
      lines.push(`${palette.bold(file.path)}: ${palette.red('error')}: ${file.reason}`);
    for (const diagnostic of file.diagnostics)
      if (diagnostic.severity === 'error') lines.push(formatDiagnostic(file.path, diagnostic, palette));
  }
  if (verdict.code !== 0 && (verdict.code === 1 || lines.length === 0))
    lines.push(`ucma-codemod ${command}: exit ${verdict.code}: ${verdict.reasons.join(', ')} (run without -q to see them)`);
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
