import type { WorkspaceEdit } from 'vscode-languageserver';
import type { WorkspaceSettings } from './workspace-settings.js';
/** An open buffer: its text replaces the file's on disk. */
export interface OpenBuffer {
    readonly absolutePath: string;
    readonly uri: string;
    readonly version: number;
    readonly text: string;
}
export interface WorkspaceChanges {
    readonly edit: WorkspaceEdit;
    readonly files: number;
    readonly edits: number;
    /** Files that failed (the run's reasons), which the edit leaves alone. */
    readonly failed: readonly string[];
}
/** What the client's WorkspaceEdit can carry. */
export interface EditSupport {
    /** Versioned document changes (else a plain `changes` map, with no annotations). */
    readonly documentChanges: boolean;
    /** Change annotations: each edit names its transform and needs confirmation (else plain edits). */
    readonly annotations: boolean;
}
/** The changes of every file under `root`, as the client can take them. */
export declare function workspaceChanges(root: string, settings: WorkspaceSettings, open: readonly OpenBuffer[], support: EditSupport): Promise<WorkspaceChanges>;
