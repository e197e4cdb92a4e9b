import { type BaselineEntry, type ReportedPosition, type RunResult } from '../run/run-result.js';
import type { Severity, SourceDocument } from '../engine/transform.js';
import { type MigrationReportData } from '../platform/migration-target.js';
import type { Invocation, MigrationFacts, OutputFormat, ReportContext } from './output-format.js';
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
    readonly source: {
        readonly title: string;
        readonly url?: string;
    };
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
    readonly baseline?: {
        readonly file: string;
        readonly stale: readonly BaselineEntry[];
    };
    readonly exitCode: number;
}
/** Builds the JSON report object (stable key order, every file listed). */
export declare function buildJsonReport(result: RunResult, context: ReportContext): JsonReport;
export declare const jsonFormat: OutputFormat;
