import type { Transform } from '../../engine/transform.js';
import { type CliIo } from '../cli-io.js';
import type { CliOptions } from '../parse-args.js';
export declare function listCommand(transforms: readonly Transform[], options: CliOptions, io: CliIo): Promise<number>;
