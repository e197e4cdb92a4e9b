// The exit status contract: one rule for every command, read from the run's result, with the
// reason in words (so that even `-q` can say in one line why a run did not exit 0).
import { severityOfEdit, totalsOf, type RunResult } from './run-result.js';

/** 0: nothing left to do; 1: a change is still needed; 2: an error (usage, or any file). */
export const ExitCode = { Ok: 0, ChangeNeeded: 1, Error: 2 } as const;
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** The commands that process files. */
export type RunCommand = 'diff' | 'apply' | 'check' | 'review' | 'report' | 'plan';

/** What the user asked of the exit rule. */
export interface ExitRuleOptions {
  /**
   * `--max-warnings N` (ESLint's meaning): up to N warnings (changes to make by hand) do not by
   * themselves make the run exit 1; more do. Undefined: any warning does.
   */
  readonly maxWarnings?: number | undefined;
}

/** The exit status and why, in words; `reasons` is empty exactly when the status is 0. */
export interface Verdict {
  readonly code: ExitCodeValue;
  readonly reasons: readonly string[];
}

/**
 * An error outranks a needed change: a file that could not be processed (its errors are the
 * engine's or its transforms' own) is exit 2. A change is still needed when a finding's rule is
 * set to `error`, when a person must make a change by hand (a warning beyond --max-warnings),
 * declined one in review, or when `check` found one whose severity is not `info` (check never
 * delivers changes; diff prints them, apply and review write them). Acknowledged findings
 * (suppressed, or known from the baseline) count for nothing.
 */
export function verdictOf(result: RunResult, command: RunCommand, options: ExitRuleOptions = {}): Verdict {
  const totals = totalsOf(result);
  const engineErrors = result.files.reduce(
    (sum, file) =>
      sum + (file.status === 'failed' ? 0 : file.diagnostics.filter((d) => d.severity === 'error' && d.origin === 'engine').length),
    0,
  );
  if (totals.failed > 0 || engineErrors > 0) {
    const failed = totals.failed > 0 ? [`${count(totals.failed, 'file', 'files')} could not be processed`] : [];
    const errors = engineErrors > 0 ? [count(engineErrors, 'error', 'errors')] : [];
    return { code: ExitCode.Error, reasons: [...failed, ...errors] };
  }
  const reasons: string[] = [];
  // Errors in files that were processed come from rules set to `error`: --max-warnings never excuses them.
  if (totals.errors > 0) reasons.push(`${count(totals.errors, 'error', 'errors')} to fix by hand`);
  const allowed = options.maxWarnings ?? 0;
  if (totals.warnings > allowed) {
    const limit = options.maxWarnings === undefined ? '' : ` (more than --max-warnings ${options.maxWarnings})`;
    reasons.push(`${count(totals.warnings, 'warning', 'warnings')} to fix by hand${limit}`);
  }
  const declined = result.files.reduce((sum, file) => sum + file.declined.length, 0);
  if (declined > 0) reasons.push(`${count(declined, 'change', 'changes')} declined`);
  if (command === 'check') {
    const needing = result.files.filter((file) => file.status === 'changed' && file.edits.some((edit) => severityOfEdit(edit) !== 'info'));
    if (needing.length > 0) reasons.push(`${count(needing.length, 'file needs', 'files need')} changes`);
  }
  return { code: reasons.length > 0 ? ExitCode.ChangeNeeded : ExitCode.Ok, reasons };
}

/** The exit status alone (see verdictOf). */
export function exitCodeFor(result: RunResult, command: RunCommand, options: ExitRuleOptions = {}): ExitCodeValue {
  return verdictOf(result, command, options).code;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
