import type { JsonReport } from './json-report.js';
export type FindingSeverity = 'error' | 'warning' | 'info' | 'change';
/** `tool`: the tool makes the change; `applied`: it made it; `person`: a person must act; `none`: nothing to do; `suppressed`: a person acknowledged it (a suppression comment, or the baseline). */
export type FindingState = 'tool' | 'applied' | 'person' | 'none' | 'suppressed';
export declare const STATE_WORDS: Readonly<Record<FindingState, string>>;
export interface PageLink {
    readonly title: string;
    readonly url?: string | undefined;
}
export interface FindingRow {
    readonly path: string;
    readonly line: number;
    readonly column: number;
    readonly project: string;
    /** `transform` or `transform/rule`. */
    readonly ruleId: string;
    readonly severity: FindingSeverity;
    readonly state: FindingState;
    readonly message: string;
    readonly page: PageLink | undefined;
    readonly correction: string | undefined;
    readonly replacement: {
        readonly oldText: string;
        readonly newText: string;
    } | undefined;
    readonly why: string;
}
export interface RuleTally {
    readonly id: string;
    readonly title: string;
    /** Rules of a transform are indented under it. */
    readonly isRule: boolean;
    readonly toolChanges: number;
    readonly applied: number;
    readonly person: number;
    readonly infos: number;
    readonly suppressed: number;
}
export interface ByHandItem {
    readonly kind: 'code' | 'developer' | 'administrator';
    readonly text: string;
    readonly location?: string;
    readonly command?: string;
    readonly page: PageLink | undefined;
}
export interface ReportView {
    readonly findings: readonly FindingRow[];
    readonly files: {
        readonly scanned: number;
        readonly changed: number;
        readonly unchanged: number;
        readonly byHand: number;
        readonly skipped: number;
        readonly failed: number;
    };
    readonly passedOver: readonly {
        readonly path: string;
        readonly status: string;
        readonly reason: string;
    }[];
    readonly tallies: readonly RuleTally[];
    readonly suppressions: readonly {
        readonly ruleId: string;
        readonly location: string;
        readonly reason: string;
    }[];
    readonly byHand: readonly ByHandItem[];
}
/** Derives everything the reports show from the JSON report. */
export declare function reportView(report: JsonReport): ReportView;
/** Findings sorted by path, then place (file order of the report is path order already). */
export declare function locationOf(row: FindingRow): string;
