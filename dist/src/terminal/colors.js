// Minimal ANSI colouring: on a terminal by default, with the usual flags and environment variables.
const wrap = (open, close) => (text) => `\u001b[${open}m${text}\u001b[${close}m`;
const COLORS = {
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    cyan: wrap(36, 39),
    green: wrap(32, 39),
    bold: wrap(1, 22),
    dim: wrap(2, 22),
};
const PLAIN = { red: String, yellow: String, cyan: String, green: String, bold: String, dim: String };
/**
 * Whether to colour, in the order the conventions give: the flag wins (`--color`, `--no-color`;
 * no-color.org: a user's explicit flag beats NO_COLOR); then NO_COLOR set to anything non-empty;
 * then FORCE_COLOR (set and not "0"/"false": colour, even into a pipe); then TERM=dumb (no
 * colour); otherwise colour only on a terminal.
 */
export function wantsColor(stream, env, flag) {
    if (flag !== undefined)
        return flag;
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
        return false;
    if (env.FORCE_COLOR !== undefined)
        return !['0', 'false'].includes(env.FORCE_COLOR.toLowerCase());
    if (env.TERM === 'dumb')
        return false;
    return stream.isTTY === true;
}
export function choosePalette(stream, env, flag) {
    return wantsColor(stream, env, flag) ? COLORS : PLAIN;
}
