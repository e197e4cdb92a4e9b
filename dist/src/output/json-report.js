// The machine-readable report (`--json` / `--format json`); its shape is documented in docs/ci.md.
// It is also the result model that the HTML and Markdown reports are rendered from.
import { relative, sep } from 'node:path';
import { severityOfEdit, totalsOf, } from '../run/run-result.js';
import { migrationReportData } from '../platform/migration-target.js';
import { singlePart } from './output-format.js';
import { patchableFiles, patchOf } from './patch-report.js';
const JSON_REPORT_VERSION = 1;
// Optional rule metadata is passed through when a rule carries it as a string.
const RULE_FIELDS = ['page', 'correction', 'followUp', 'severity', 'description'];
/** Builds the JSON report object (stable key order, every file listed). */
export function buildJsonReport(result, context) {
    // A patch of an 8-bit file is not UTF-8: in JSON its bytes appear as the characters U+0000-U+00FF.
    const patches = new Map(patchableFiles(result).map((file) => [file.path, patchOf(file).toString(file.change.source.encoding === 'latin1' ? 'latin1' : 'utf8')]));
    const migrationRun = context.command === 'report' || context.command === 'plan';
    return {
        tool: 'ucma-codemod',
        version: context.toolVersion,
        reportVersion: JSON_REPORT_VERSION,
        command: context.command,
        ...(migrationRun ? { date: context.date.toISOString() } : {}),
        ...(context.invocation ? { invocation: context.invocation } : {}),
        // The explanation travels with the report: what changes, why, the source, the follow-up.
        transforms: context.transforms.map((t) => ({
            id: t.meta.id,
            title: t.meta.title,
            kind: t.meta.kind,
            description: t.meta.description,
            source: t.meta.source,
            followUp: t.meta.followUp ?? null,
            // A transform made of rules lists them, with each rule's pages (`path` in the docs repository).
            ...(t.meta.rules?.length ? { rules: t.meta.rules.map(jsonRule) } : {}),
        })),
        // One migration object: the declared target the rules were judged against (null fields: not
        // declared) and, for report and plan, the projects and the plan built from that same target.
        migration: context.migrationTarget || context.migration
            ? {
                ...(context.migrationTarget ? migrationReportData(context.migrationTarget) : {}),
                ...(context.migration ?? {}),
            }
            : null,
        files: result.files.map((file) => ({
            path: file.path,
            status: file.status,
            written: file.written,
            reason: file.reason ?? null,
            edits: file.edits.map((edit) => ({
                transform: edit.transform,
                ...(edit.rule === undefined ? {} : { rule: edit.rule }),
                severity: severityOfEdit(edit),
                ...(edit.message === undefined ? {} : { message: edit.message }),
                start: edit.start,
                end: edit.end,
                oldText: edit.oldText,
                newText: edit.newText,
                ...(edit.evidence !== undefined && migrationRun ? { evidence: edit.evidence } : {}),
                ...(edit.fingerprint === undefined ? {} : { fingerprint: edit.fingerprint.hash }),
            })),
            diagnostics: file.diagnostics.map((d) => diagnosticEntry(d, migrationRun)),
            // Findings a person acknowledged: a suppression comment (with its reason) or the baseline.
            acknowledged: file.acknowledged.map((d) => ({
                ...diagnosticEntry(d, migrationRun),
                state: d.state,
                ...(d.reason === undefined ? {} : { reason: d.reason }),
            })),
            ...(patches.has(file.path) ? { patch: patches.get(file.path) } : {}),
        })),
        totals: { files: result.files.length, ...totalsOf(result) },
        // With a baseline: its file and the entries whose finding is gone.
        ...(result.baseline === undefined
            ? {}
            : { baseline: { file: relative(context.cwd, result.baseline.path).split(sep).join('/'), stale: result.baseline.stale } }),
        exitCode: context.exitCode,
    };
}
function jsonRule(rule) {
    const extra = {};
    for (const field of RULE_FIELDS) {
        const value = rule[field];
        if (typeof value === 'string' && value !== '')
            extra[field] = value;
    }
    const sources = rule.sources;
    return { id: rule.id, title: rule.title, ...extra, ...(sources?.length ? { sources } : {}) };
}
/** A diagnostic as the JSON report writes it (its evidence in report and plan). */
function diagnosticEntry(d, withEvidence) {
    return {
        transform: d.origin,
        ...(d.rule === undefined ? {} : { rule: d.rule }),
        severity: d.severity,
        message: d.message,
        start: d.start,
        end: d.end,
        ...(d.evidence !== undefined && withEvidence ? { evidence: d.evidence } : {}),
        ...(d.fingerprint === undefined ? {} : { fingerprint: d.fingerprint.hash, member: d.fingerprint.member }),
    };
}
export const jsonFormat = {
    name: 'json',
    summary: 'the report as one JSON object (shape in docs/ci.md)',
    commands: ['diff', 'check', 'apply', 'report', 'plan'],
    machineReadable: true,
    splitsIntoFiles: false,
    build: (result, context) => singlePart(Buffer.from(`${JSON.stringify(buildJsonReport(result, context), null, 2)}\n`, 'utf8'), 'report.json'),
};
