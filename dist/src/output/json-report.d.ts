import { type RunResult } from '../run/run-result.js';
import type { OutputFormat, ReportContext } from './output-format.js';
export declare const JSON_REPORT_VERSION = 1;
/** Builds the JSON report object (stable key order, every file listed). */
export declare function buildJsonReport(result: RunResult, context: ReportContext): object;
export declare const jsonFormat: OutputFormat;
