import type { Transform } from '../engine/transform.js';
import type { TransformOptions } from '../engine/transform-source.js';
import { runTransformOnBytes } from './run-on-bytes.js';
export { runTransformOnBytes };
export interface TransformTestOptions {
    /** Options passed to the transform, as with --option on the command line. */
    readonly options?: TransformOptions;
}
/**
 * Defines one jest `describe` block per transform with one test group per fixture case in
 * `fixturesDir`: `<case>.input.<ext>` (`cs`, `csproj`, `exe.config`), optional
 * `<case>.output.<ext>` (absent means "must stay unchanged"), optional `<case>.diagnostics.txt`
 * (absent means "no errors or warnings") and, for a config file, optional `<case>.beside.csproj`
 * (the project file in its folder).
 */
export declare function defineTransformTests(transform: Transform, fixturesDir: string, testOptions?: TransformTestOptions): void;
/** Compares bytes exactly; on mismatch, shows both as text with visible line endings. */
export declare function expectSameBytes(actual: Buffer, expected: Buffer): void;
