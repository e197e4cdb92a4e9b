import type { Transform } from '../../engine/transform.js';
import type { CliIo } from '../cli-io.js';
import { type CliOptions } from '../parse-args.js';
export declare function reviewCommand(options: CliOptions, transforms: Transform[], io: CliIo): Promise<number>;
