import { githubFormat } from './github-report.js';
import { htmlFormat } from './html-report.js';
import { markdownFormat } from './markdown-report.js';
import { planTextFormat } from './plan-text.js';
import { jsonFormat } from './json-report.js';
import { mboxFormat } from './mbox-report.js';
import { msbuildFormat } from './msbuild-report.js';
import { namesFormat } from './names-report.js';
import { diffFormat } from './patch-report.js';
import { sarifFormat } from './sarif-report.js';
import { statFormat } from './stat-report.js';
export const OUTPUT_FORMATS = [
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
export function findFormat(name) {
    return OUTPUT_FORMATS.find((format) => format.name === name);
}
/** What stdout carries when no format is asked for (the patch for diff and check, the page for report, the steps for plan; nothing for apply). */
export function defaultFormatFor(command) {
    return OUTPUT_FORMATS.find((format) => format.defaultFor?.includes(command));
}
