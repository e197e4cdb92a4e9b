import { type RunResult } from './run-result.js';
/** 0: nothing left to do; 1: a change is still needed; 2: an error (usage, or any file). */
export declare const ExitCode: {
    readonly Ok: 0;
    readonly ChangeNeeded: 1;
    readonly Error: 2;
};
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
export declare function verdictOf(result: RunResult, command: RunCommand, options?: ExitRuleOptions): Verdict;
/** The exit status alone (see verdictOf). */
export declare function exitCodeFor(result: RunResult, command: RunCommand, options?: ExitRuleOptions): ExitCodeValue;
