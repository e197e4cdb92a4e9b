import { type JsonReport } from './json-report.js';
import { type OutputFormat } from './output-format.js';
/** The whole page for a JSON report. */
export declare function renderHtmlReport(report: JsonReport): string;
export declare const htmlFormat: OutputFormat;
