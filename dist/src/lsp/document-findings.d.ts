import { type Diagnostic, type Position } from 'vscode-languageserver';
import type { Severity, Transform } from '../engine/transform.js';
import { type FileResult, type ReportedEdit, type ReportedPosition } from '../run/run-result.js';
export interface Finding {
    /** `change`: edits the tool makes; `diagnostic`: a message of a transform or the engine; `file`: the whole file failed or was skipped. */
    readonly kind: 'change' | 'diagnostic' | 'file';
    /** The transform id, or `engine`. */
    readonly owner: string;
    readonly rule: string | undefined;
    readonly severity: Severity;
    readonly message: string;
    /** Offsets into the buffer's text. */
    readonly start: number;
    readonly end: number;
    readonly code: string;
    readonly evidence: string | undefined;
    /** A change's edits, in file order; empty for other findings. */
    readonly edits: readonly ReportedEdit[];
    /**
     * True for a change whose edits pass the engine's guards on their own (else only "fix all"
     * makes it). Asked only when an action or a hover needs it: each answer costs a re-parse.
     */
    fixable(): boolean;
    /** What is published for it. */
    readonly diagnostic: Diagnostic;
}
/** The findings of one file record, in the order the diagnostics are published. */
export declare function findingsOf(file: FileResult, text: string, transformsById: ReadonlyMap<string, Transform>): Finding[];
/** An LSP position from a reported one (1-based line and column in UTF-16 units, as LSP counts). */
export declare function positionOf(position: Pick<ReportedPosition, 'line' | 'column'>): Position;
interface ChangeGroup {
    readonly edits: readonly ReportedEdit[];
    fixable(): boolean;
}
/**
 * The file's edits as the changes a person can make one at a time. A transform may make one change
 * with several edits (`SetProxyInformation(` + `new ConnectionContext(` ... `)`): consecutive edits
 * of the same transform and rule in the same statement or declaration (element, in XML) are one
 * change. Whether a change can be made alone is the engine's question (its guards), asked lazily;
 * a change that cannot is still shown, but only "fix all" makes it.
 */
export declare function groupChanges(text: string, path: string, edits: readonly ReportedEdit[]): ChangeGroup[];
export {};
