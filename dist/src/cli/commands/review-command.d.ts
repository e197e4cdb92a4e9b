import type { Transform } from '../../engine/transform.js';
import type { CliIo } from '../cli-io.js';
import { type CliOptions } from '../parse-args.js';
/** Where answers come from: a terminal, a pipe or file, or nowhere (e.g. /dev/null or closed). */
export declare function answerSource(stdin: CliIo['stdin']): 'terminal' | 'piped' | 'none';
export declare function reviewCommand(options: CliOptions, transforms: Transform[], io: CliIo): Promise<number>;
/** `A of N changes accepted, S skipped`: every change is counted once, so the parts add up to N. */
export declare function reviewSummary(accepted: number, total: number, edited: number, notWritten: number): string;
