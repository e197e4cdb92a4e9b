import type { RunResult } from '../run/run-result.js';
import { type OutputFormat, type ReportContext } from './output-format.js';
/** One `::level file=...,line=...::message` line per needed change, diagnostic or file problem. */
export declare function buildGithubAnnotations(result: RunResult, context: ReportContext): string;
export declare const githubFormat: OutputFormat;
