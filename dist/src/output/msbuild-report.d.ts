import { type RunResult } from '../run/run-result.js';
import { type OutputFormat, type ReportContext } from './output-format.js';
/** One line per needed change, diagnostic and file problem, in the order of the result. */
export declare function buildMsbuildLines(result: RunResult, context: ReportContext): string;
export declare const msbuildFormat: OutputFormat;
