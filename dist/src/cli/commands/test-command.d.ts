import { type CliIo } from '../cli-io.js';
import type { CliOptions } from '../parse-args.js';
export declare function testCommand(specs: readonly string[], options: CliOptions, io: CliIo): Promise<number>;
