import { type PassedOverPath } from '../inputs/discover-files.js';
import type { Transform } from '../engine/transform.js';
import type { SourceInput } from '../inputs/source-input.js';
import type { RunResult } from '../run/run-result.js';
import type { CliIo } from './cli-io.js';
import { type CliOptions } from './parse-args.js';
export interface StdinRun {
    /** The file to run on; undefined when P names a file the engine does not read. */
    readonly input: SourceInput | undefined;
    /** P when it is passed over, as `check P` passes it over (not a .cs, .csproj or config file). */
    readonly skipped: PassedOverPath | undefined;
    readonly bytes: Buffer;
}
/** Reads stdin as the file at `options.stdinFilepath`. Throws UsageError when stdin is a terminal. */
export declare function readStdinFile(filePath: string, options: CliOptions, transforms: readonly Transform[], io: CliIo): Promise<StdinRun>;
/**
 * What `apply --stdin-filepath` prints: the bytes apply would write (same encoding, BOM and line
 * endings), the input bytes when the file does not change or is skipped, nothing when it failed.
 */
export declare function stdinApplyOutput(result: RunResult, bytes: Buffer): Buffer;
