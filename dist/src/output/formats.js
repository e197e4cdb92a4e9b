import { githubFormat } from './github-report.js';
import { jsonFormat } from './json-report.js';
import { mboxFormat } from './mbox-report.js';
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
    namesFormat,
    statFormat,
];
/** The format with this name, or undefined. */
export function findFormat(name) {
    return OUTPUT_FORMATS.find((format) => format.name === name);
}
/** What stdout carries when no format is asked for: the patch for diff and check, nothing for apply. */
export function defaultFormatFor(command) {
    return command === 'diff' || command === 'check' ? diffFormat : undefined;
}
