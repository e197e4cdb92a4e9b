import type { RunResult } from '../run/run-result.js';
import { type OutputFormat, type ReportContext } from './output-format.js';
export declare const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
/** Builds the SARIF log object. */
export declare function buildSarifLog(result: RunResult, context: ReportContext): object;
export declare const sarifFormat: OutputFormat;
