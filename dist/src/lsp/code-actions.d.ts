import { type CodeAction, type Range, type TextEdit } from 'vscode-languageserver';
import type { Transform } from '../engine/transform.js';
import type { ReportedEdit } from '../run/run-result.js';
import { type Finding } from './document-findings.js';
/** The kind of "fix all" (editors run `source.fixAll` on save when asked to). */
export declare const FIX_ALL_KIND: string;
/** The kind of the workspace-wide apply. */
export declare const APPLY_WORKSPACE_KIND: string;
/** The command that applies every change of the workspace (see workspace-edit.ts). */
export declare const APPLY_WORKSPACE_COMMAND = "ucma-codemod.applyWorkspace";
/** A checked buffer as the actions need it. */
export interface CheckedBuffer {
    readonly uri: string;
    readonly version: number;
    /** The file's path relative to the workspace (its language comes from its name). */
    readonly path: string;
    readonly text: string;
    readonly findings: readonly Finding[];
    /** Every edit of the file, already through the engine's guards together. */
    readonly edits: readonly ReportedEdit[];
}
export interface ActionRequest {
    readonly range: Range;
    /** The kinds the client asked for (CodeActionContext.only); undefined: all. */
    readonly only: readonly string[] | undefined;
    /** The client takes versioned document changes (else plain `changes`). */
    readonly documentChanges: boolean;
}
/** The actions for `request` on `buffer`. */
export declare function codeActionsFor(buffer: CheckedBuffer, request: ActionRequest, transformsById: ReadonlyMap<string, Transform>): CodeAction[];
/** A reported edit as an LSP edit. */
export declare function textEdit(edit: ReportedEdit): TextEdit;
