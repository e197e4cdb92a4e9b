// The exit status contract shared by every command.
import type { RunResult } from './run-codemod.js';

/** 0: nothing left to do; 1: a change is still needed; 2: an error (usage, or any file). */
export const ExitCode = { Ok: 0, ChangeNeeded: 1, Error: 2 } as const;
export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * An error outranks a needed change. `check` counts automatic changes as needed; every command
 * counts warnings, which mark a change a person must make by hand.
 */
export function exitCodeFor(result: RunResult, countChangesAsNeeded: boolean): ExitCodeValue {
  if (result.totals.failed > 0 || result.totals.errors > 0) return ExitCode.Error;
  if (result.totals.warnings > 0) return ExitCode.ChangeNeeded;
  if (countChangesAsNeeded && result.totals.changed > 0) return ExitCode.ChangeNeeded;
  return ExitCode.Ok;
}
