import { type CliIo } from './cli-io.js';
export type { CliIo } from './cli-io.js';
/** Runs the CLI and returns the exit status; never throws. */
export declare function main(argv: readonly string[], io: CliIo): Promise<number>;
