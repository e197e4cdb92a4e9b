import type { Transform } from '../../engine/transform.js';
import { type CliIo } from '../cli-io.js';
import type { CliOptions } from '../parse-args.js';
type FileCommandName = 'diff' | 'apply' | 'check' | 'report' | 'plan';
export declare function fileCommand(command: FileCommandName, options: CliOptions, transforms: Transform[], io: CliIo): Promise<number>;
export {};
