export interface Palette {
    red(text: string): string;
    yellow(text: string): string;
    cyan(text: string): string;
    green(text: string): string;
    bold(text: string): string;
    dim(text: string): string;
}
/**
 * Whether to colour, in the order the conventions give: the flag wins (`--color`, `--no-color`;
 * no-color.org: a user's explicit flag beats NO_COLOR); then NO_COLOR set to anything non-empty;
 * then FORCE_COLOR (set and not "0"/"false": colour, even into a pipe); then TERM=dumb (no
 * colour); otherwise colour only on a terminal.
 */
export declare function wantsColor(stream: {
    isTTY?: boolean;
}, env: NodeJS.ProcessEnv, flag: boolean | undefined): boolean;
export declare function choosePalette(stream: {
    isTTY?: boolean;
}, env: NodeJS.ProcessEnv, flag: boolean | undefined): Palette;
