// The machine-readable report (`--json` / `--format json`); its shape is documented in docs/ci.md.
// It is also the result model that the HTML and Markdown reports are rendered from.
import { relative, sep } from 'node:path';
import {
  severityOfEdit,
  totalsOf,
  type BaselineEntry,
  type ReportedDiagnostic,
  type ReportedPosition,
  type RunResult,
} from '../run/run-result.js';
import type { Severity, SourceDocument } from '../engine/transform.js';
import { migrationReportData, type MigrationReportData } from '../platform/migration-target.js';
import type { Invocation, MigrationFacts, OutputFormat, ReportContext } from './output-format.js';
import { singlePart } from './output-format.js';
import { patchableFiles, patchOf } from './patch-report.js';

const JSON_REPORT_VERSION = 1;

/** A rule of a transform made of rules, with the optional metadata a rule may carry (read as given). */
export interface JsonRule {
  readonly id: string;
  readonly title: string;
  /** The documentation page of the rule, when its metadata names one. */
  readonly page?: string;
  /** What the documentation page gets wrong, and the right reading. */
  readonly correction?: string;
  readonly followUp?: string;
  readonly severity?: string;
  readonly description?: string;
  /** The pages the rule comes from, the main one first. */
  readonly sources?: readonly SourceDocument[];
}

export interface JsonTransform {
  readonly id: string;
  readonly title: string;
  readonly kind: 'fix' | 'report';
  readonly description: string;
  readonly source: { readonly title: string; readonly url?: string };
  readonly followUp: string | null;
  readonly rules?: readonly JsonRule[];
}

export interface JsonEdit {
  readonly transform: string;
  readonly rule?: string;
  /** The severity of the needed change (its rule's configured one; `warning` by default). */
  readonly severity: Severity;
  /** What the change does, in words, when the transform says. */
  readonly message?: string;
  readonly start: ReportedPosition;
  readonly end: ReportedPosition;
  readonly oldText: string;
  readonly newText: string;
  /** Why the transform believes the change is right (report and plan). */
  readonly evidence?: string;
  /** The finding's fingerprint (see docs/triage.md). */
  readonly fingerprint?: string;
}

export interface JsonDiagnostic {
  readonly transform: string;
  readonly rule?: string;
  readonly severity: Severity;
  readonly message: string;
  readonly start: ReportedPosition;
  readonly end: ReportedPosition;
  /** Why the transform believes it (report and plan). */
  readonly evidence?: string;
  /** The finding's fingerprint and its enclosing member (see docs/triage.md). */
  readonly fingerprint?: string;
  readonly member?: string;
}

/** A finding a person acknowledged: a suppression comment in the file (with its reason), or an entry of the baseline. */
export interface JsonAcknowledged extends JsonDiagnostic {
  readonly state: 'suppressed' | 'baseline';
  /** The suppression comment's reason. */
  readonly reason?: string;
}

export interface JsonFile {
  readonly path: string;
  readonly status: 'changed' | 'unchanged' | 'skipped' | 'failed';
  readonly written: boolean;
  readonly reason: string | null;
  readonly edits: readonly JsonEdit[];
  readonly diagnostics: readonly JsonDiagnostic[];
  readonly acknowledged: readonly JsonAcknowledged[];
  readonly patch?: string;
}

/** The declared migration target's fields, with the projects and the plan when `report` or `plan` ran. */
export type JsonMigration = Partial<MigrationReportData> & Partial<MigrationFacts>;

export interface JsonReport {
  readonly tool: 'ucma-codemod';
  readonly version: string;
  readonly reportVersion: number;
  readonly command: string;
  /** The report's date, ISO 8601 (SOURCE_DATE_EPOCH when set); report and plan only. */
  readonly date?: string;
  readonly invocation?: Invocation;
  readonly transforms: readonly JsonTransform[];
  /** The migration: the declared target (every command) and, for report and plan, the projects and the plan; null when unknown. */
  readonly migration: JsonMigration | null;
  readonly files: readonly JsonFile[];
  readonly totals: {
    readonly files: number;
    readonly changed: number;
    readonly unchanged: number;
    readonly skipped: number;
    readonly failed: number;
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
  };
  /** With --baseline: its file (relative to the working directory) and the entries whose finding is gone. */
  readonly baseline?: { readonly file: string; readonly stale: readonly BaselineEntry[] };
  readonly exitCode: number;
}

// Optional rule metadata is passed through when a rule carries it as a string.
const RULE_FIELDS = ['page', 'correction', 'followUp', 'severity', 'description'] as const;

/** Builds the JSON report object (stable key order, every file listed). */
export function buildJsonReport(result: RunResult, context: ReportContext): JsonReport {
  // A patch of an 8-bit file is not UTF-8: in JSON its bytes appear as the characters U+0000-U+00FF.
  const patches = new Map(
    patchableFiles(result).map(
      (file) => [file.path, patchOf(file).toString(file.change!.source.encoding === 'latin1' ? 'latin1' : 'utf8')] as const,
    ),
  );
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
    migration:
      context.migrationTarget || context.migration
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
      ...(patches.has(file.path) ? { patch: patches.get(file.path)! } : {}),
    })),
    totals: { files: result.files.length, ...totalsOf(result) },
    // With a baseline: its file and the entries whose finding is gone.
    ...(result.baseline === undefined
      ? {}
      : { baseline: { file: relative(context.cwd, result.baseline.path).split(sep).join('/'), stale: result.baseline.stale } }),
    exitCode: context.exitCode,
  };
}

function jsonRule(rule: { readonly id: string; readonly title: string }): JsonRule {
  const extra: Record<string, string> = {};
  for (const field of RULE_FIELDS) {
    const value = (rule as unknown as Record<string, unknown>)[field];
    if (typeof value === 'string' && value !== '') extra[field] = value;
  }
  const sources = (rule as { readonly sources?: readonly SourceDocument[] }).sources;
  return { id: rule.id, title: rule.title, ...extra, ...(sources?.length ? { sources } : {}) };
}

/** A diagnostic as the JSON report writes it (its evidence in report and plan). */
function diagnosticEntry(d: ReportedDiagnostic, withEvidence: boolean): JsonDiagnostic {
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

export const jsonFormat: OutputFormat = {
  name: 'json',
  summary: 'the report as one JSON object (shape in docs/ci.md)',
  commands: ['diff', 'check', 'apply', 'report', 'plan'],
  machineReadable: true,
  splitsIntoFiles: false,
  build: (result, context) =>
    singlePart(Buffer.from(`${JSON.stringify(buildJsonReport(result, context), null, 2)}\n`, 'utf8'), 'report.json'),
};
