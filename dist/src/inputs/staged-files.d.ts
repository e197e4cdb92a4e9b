import { type PassedOverPath } from './discover-files.js';
import type { SourceInput } from './source-input.js';
/**
 * Staged files the engine reads (see the language table) under `cwd` (limited to `paths` when given), added, copied, modified or
 * renamed in the index, as inputs that read the index blob. Symlinks and submodules are skipped.
 */
export declare function stagedInputs(paths: readonly string[], cwd: string): Promise<{
    inputs: SourceInput[];
    skipped: PassedOverPath[];
}>;
