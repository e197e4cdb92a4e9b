import { type RunResult, type ReportedPosition } from '../run/run-result.js';
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
    readonly start: ReportedPosition;
    readonly end: ReportedPosition;
    readonly oldText: string;
    readonly newText: string;
    /** Why the transform believes the change is right (report and plan). */
    readonly evidence?: string;
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
}
/** A finding a person acknowledged in the code, with the reason given (when the run keeps them). */
export interface JsonSuppressed {
    readonly transform: string;
    readonly rule?: string;
    readonly reason: string;
    readonly start?: ReportedPosition;
}
export interface JsonFile {
    readonly path: string;
    readonly status: 'changed' | 'unchanged' | 'skipped' | 'failed';
    readonly written: boolean;
    readonly reason: string | null;
    readonly edits: readonly JsonEdit[];
    readonly diagnostics: readonly JsonDiagnostic[];
    readonly suppressed?: readonly JsonSuppressed[];
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
    readonly exitCode: number;
}
/** Builds the JSON report object (stable key order, every file listed). */
export declare function buildJsonReport(result: RunResult, context: ReportContext): JsonReport;
export declare const jsonFormat: OutputFormat;
