import { type FingerprintRoot } from './fingerprint.js';
import type { BaselineEntry, RunResult } from './run-result.js';
export type { BaselineEntry, BaselineOutcome } from './run-result.js';
/** The baseline file's text: the header, then the entries sorted, one per line. Equal entries give equal bytes. */
export declare function formatBaseline(entries: readonly BaselineEntry[]): string;
/** Reads a baseline file's text; a line that is not an entry is an error naming the file and the line. */
export declare function parseBaseline(text: string, path: string): BaselineEntry[];
/** What a run covered, to tell a stale entry (its finding is gone) from one the run did not look at. */
export interface BaselineScope {
    readonly root: FingerprintRoot;
    /** Folders the run walked (absolute): a file under one that the run did not process is gone, or ignored. */
    readonly walked: readonly string[];
    /** True when the rule (`transform` or `transform/rule`) was part of the run. */
    ruleRan(rule: string): boolean;
}
/**
 * The run's result with every finding listed in `entries` moved to `acknowledged` (state
 * `baseline`), and the entries whose finding is gone. Needed changes stay as they are.
 */
export declare function applyBaseline(result: RunResult, entries: readonly BaselineEntry[], path: string, scope: BaselineScope): {
    result: RunResult;
    stale: BaselineEntry[];
};
/**
 * The entries of a new baseline: every finding of this run that needs a person (known ones
 * included), and the old entries this run did not judge (other files, rules that did not run),
 * so that a partial run (some paths, --staged, -t) never drops them.
 */
export declare function baselineEntriesOf(result: RunResult, previous: readonly BaselineEntry[], scope: BaselineScope): BaselineEntry[];
/** The entries of `previous` that this run did not find stale (what --prune-baseline keeps). */
export declare function prunedEntries(previous: readonly BaselineEntry[], stale: readonly BaselineEntry[]): BaselineEntry[];
