import { type Connection } from 'vscode-languageserver/node';
import type { WorkspaceSettingsLoader } from './workspace-settings.js';
export interface LanguageServerOptions {
    readonly input: NodeJS.ReadableStream;
    readonly output: NodeJS.WritableStream;
    /** The folder to use when the client names none. */
    readonly cwd: string;
    readonly loadSettings: WorkspaceSettingsLoader;
}
/** Starts the server; the connection's `exit` ends the process (the library's rule: 0 after shutdown, else 1). */
export declare function runLanguageServer(options: LanguageServerOptions): Connection;
