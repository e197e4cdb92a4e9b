// Minimal ANSI colouring, used only when the stream is a terminal and NO_COLOR is not set.

export interface Palette {
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  green(text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

const COLORS: Palette = {
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  cyan: wrap(36, 39),
  green: wrap(32, 39),
  bold: wrap(1, 22),
  dim: wrap(2, 22),
};

const PLAIN: Palette = { red: String, yellow: String, cyan: String, green: String, bold: String, dim: String };

/**
 * Colour when asked (`--color`), never when refused (`--no-color`) or when NO_COLOR is set to
 * anything non-empty (https://no-color.org), otherwise only on a TTY.
 */
export function choosePalette(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv, flag: boolean | undefined): Palette {
  if (flag === false) return PLAIN;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return PLAIN;
  if (flag === true) return COLORS;
  return stream.isTTY ? COLORS : PLAIN;
}
