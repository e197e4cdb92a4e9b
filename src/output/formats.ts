// The table of output formats. Adding a format is adding one entry here and one module.
import type { RunCommand } from '../run/exit-code.js';
import { githubFormat } from './github-report.js';
import { htmlFormat } from './html-report.js';
import { markdownFormat } from './markdown-report.js';
import { planTextFormat } from './plan-text.js';
import { jsonFormat } from './json-report.js';
import { mboxFormat } from './mbox-report.js';
import { msbuildFormat } from './msbuild-report.js';
import { namesFormat } from './names-report.js';
import type { OutputFormat } from './output-format.js';
import { diffFormat } from './patch-report.js';
import { sarifFormat } from './sarif-report.js';
import { statFormat } from './stat-report.js';

export const OUTPUT_FORMATS: readonly OutputFormat[] = [
  diffFormat,
  mboxFormat,
  jsonFormat,
  sarifFormat,
  githubFormat,
  msbuildFormat,
  namesFormat,
  statFormat,
  htmlFormat,
  markdownFormat,
  planTextFormat,
];

/** The format with this name, or undefined. */
export function findFormat(name: string): OutputFormat | undefined {
  return OUTPUT_FORMATS.find((format) => format.name === name);
}

/** What stdout carries when no format is asked for (the patch for diff and check, the page for report, the steps for plan; nothing for apply). */
export function defaultFormatFor(command: RunCommand): OutputFormat | undefined {
  return OUTPUT_FORMATS.find((format) => format.defaultFor?.includes(command));
}
