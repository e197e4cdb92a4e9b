import { UserError } from '../platform/user-error.js';
import { type PassedOverPath } from './discover-files.js';
import type { SourceInput } from './source-input.js';
/** Not in a git work tree, or git failed: `check --staged` cannot work. */
export declare class StagedFilesError extends UserError {
    constructor(reason: string, details?: readonly string[]);
}
/**
 * Staged files the engine reads (.cs, .csproj, App.config, *.exe.config) under `cwd` (limited to `paths` when given), added, copied, modified or
 * renamed in the index, as inputs that read the index blob. Symlinks and submodules are skipped.
 */
export declare function stagedInputs(paths: readonly string[], cwd: string): Promise<{
    inputs: SourceInput[];
    skipped: PassedOverPath[];
}>;
