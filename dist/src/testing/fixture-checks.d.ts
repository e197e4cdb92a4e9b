import type { Transform } from '../engine/transform.js';
import type { TransformOptions } from '../engine/transform-source.js';
import type { FixtureCase } from './fixture-cases.js';
export interface CheckResult {
    /** What was checked, e.g. "gives the same result as CRLF". */
    readonly name: string;
    /** Undefined when the check passed; else what went wrong, possibly several lines. */
    readonly failure: string | undefined;
}
/** Every check of one case, in the jest harness's order. A throwing transform fails the check that ran it. */
export declare function checkFixtureCase(transform: Transform, fixture: FixtureCase, options?: TransformOptions): CheckResult[];
