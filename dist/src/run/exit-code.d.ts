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
/**
 * An error outranks a needed change. A change is still needed when a person must make one by hand
 * (a warning), declined one in review, or when `check` found one (check never delivers changes;
 * diff prints them, apply and review write them).
 */
export declare function exitCodeFor(result: RunResult, command: RunCommand): ExitCodeValue;
