import { type ExitCodeValue, type RunCommand } from '../run/exit-code.js';
import { type RunResult } from '../run/run-result.js';
import type { Palette } from '../terminal/colors.js';
export declare function exitCodeWithWarningLimit(result: RunResult, command: RunCommand, maxWarnings: number | undefined): ExitCodeValue;
/** The errors-only stderr report of -q (empty when there are none). */
export declare function formatQuietReport(result: RunResult, palette: Palette): string;
