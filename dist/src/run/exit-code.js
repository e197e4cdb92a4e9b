// The exit status contract: one rule for every command, read from the run's result.
import { totalsOf } from './run-result.js';
/** 0: nothing left to do; 1: a change is still needed; 2: an error (usage, or any file). */
export const ExitCode = { Ok: 0, ChangeNeeded: 1, Error: 2 };
/**
 * An error outranks a needed change. A change is still needed when a person must make one by hand
 * (a warning), declined one in review, or when `check` found one (check never delivers changes;
 * diff prints them, apply and review write them).
 */
export function exitCodeFor(result, command) {
    const totals = totalsOf(result);
    if (totals.failed > 0 || totals.errors > 0)
        return ExitCode.Error;
    if (totals.warnings > 0)
        return ExitCode.ChangeNeeded;
    if (result.files.some((file) => file.declined.length > 0))
        return ExitCode.ChangeNeeded;
    if (command === 'check' && totals.changed > 0)
        return ExitCode.ChangeNeeded;
    return ExitCode.Ok;
}
