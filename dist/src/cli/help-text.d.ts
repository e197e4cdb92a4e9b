import { type CommandName } from './parse-args.js';
/** The help width for a stream: its columns on a terminal, 80 otherwise, kept readable. */
export declare function helpWidth(stream: {
    isTTY?: boolean;
    columns?: number;
}): number;
/** The help for `command` (the overview when undefined), wrapped to `width` columns. */
export declare function helpText(command: CommandName | undefined, width: number): string;
