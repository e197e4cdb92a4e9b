import type { Transform } from '../engine/transform.js';
import type { TransformOptions } from '../engine/transform-source.js';
export interface TransformUnderTest {
    readonly transform: Transform;
    /** The fixture folder, absolute. */
    readonly fixturesDir: string;
}
export interface FixtureTestReport {
    readonly text: string;
    readonly cases: number;
    readonly failedCases: number;
}
/** Runs every case of every transform and describes the outcome. */
export declare function runFixtureTests(units: readonly TransformUnderTest[], cwd: string, options?: TransformOptions): FixtureTestReport;
