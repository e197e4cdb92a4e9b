import { type SeverityPolicy } from '../engine/severity.js';
import type { Transform } from '../engine/transform.js';
import type { FingerprintRoot } from '../run/fingerprint.js';
import type { RunResult } from '../run/run-result.js';
export interface BaselineRequest {
    /** --baseline FILE (or the config's "baseline"), absolute. */
    readonly baseline: string | undefined;
    /** --write-baseline FILE, absolute. */
    readonly writeBaseline: string | undefined;
    readonly prune: boolean;
    readonly root: FingerprintRoot;
    /** The folders the run walked, absolute. */
    readonly walked: readonly string[];
    readonly transforms: readonly Transform[];
    readonly severities: SeverityPolicy | undefined;
}
/** Refuses a --baseline file that cannot be read before the run costs anything. */
export declare function assertBaselineReadable(request: Pick<BaselineRequest, 'baseline' | 'writeBaseline'>, cwd: string): void;
/**
 * The result as the verdict and the reports see it: with a baseline, its known findings
 * acknowledged and its stale entries named; after --write-baseline or --prune-baseline, the file
 * written and the result judged against what it now holds. `note` receives one line per file written.
 */
export declare function settleBaseline(result: RunResult, request: BaselineRequest, note: (line: string) => void): Promise<RunResult>;
