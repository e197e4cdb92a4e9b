// `ucma-codemod lsp`: a language server over stdio (vscode-languageserver). Each open buffer is
// checked as `check --stdin-filepath` checks it, one check at a time, and its findings published
// with the buffer's version; code actions and hovers read the server's own findings. A change on
// disk to a file of an open buffer's project (workspace/didChangeWatchedFiles) checks that buffer
// again, so its findings never go stale (microsoft/vscode-eslint#1321).
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConnection, DidChangeWatchedFilesNotification, TextDocuments, TextDocumentSyncKind, CodeActionKind, } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAME, IGNORE_FILE_NAME } from '../platform/project-files.js';
import { UserError, formatUserError } from '../platform/user-error.js';
import { ProjectFinder } from '../inputs/project-peers.js';
import { toDisplayPath } from '../inputs/discover-files.js';
import { packageVersion } from '../platform/package-info.js';
import { fileResult } from '../run/run-result.js';
import { checkDocument } from './check-document.js';
import { APPLY_WORKSPACE_COMMAND, APPLY_WORKSPACE_KIND, FIX_ALL_KIND, codeActionsFor } from './code-actions.js';
import { findingsOf } from './document-findings.js';
import { hoverAt } from './hover.js';
import { workspaceChanges } from './workspace-edit.js';
/** Starts the server; the connection's `exit` ends the process (the library's rule: 0 after shutdown, else 1). */
export function runLanguageServer(options) {
    // Streams, not message readers: with streams the library also ends the process when the client
    // closes stdin without saying `exit` (an editor that crashed).
    const connection = createConnection(options.input, options.output);
    const documents = new TextDocuments(TextDocument);
    const checked = new Map();
    let root = options.cwd;
    let capabilities = {};
    let settings = Promise.resolve('the server is not initialized yet');
    let transformsById = new Map();
    const loadSettings = () => {
        settings = options.loadSettings(root).then((loaded) => {
            transformsById = new Map(loaded.transforms.map((t) => [t.meta.id, t]));
            return loaded;
        }, (thrown) => {
            // A broken configuration file: nothing can be checked until it is fixed, and every open
            // buffer says so (an empty list would read as "nothing to do").
            const text = thrown instanceof UserError
                ? formatUserError(thrown)
                    .trim()
                    .replace(/\s*\n\s*/g, ' ')
                : String(thrown);
            void connection.window.showErrorMessage(`ucma-codemod: ${text}`);
            transformsById = new Map();
            return `cannot check: ${text}`;
        });
    };
    /** Checks the buffer's current text (unless the last check was of this version). */
    const ensureChecked = async (uri) => {
        const document = documents.get(uri);
        const absolutePath = document && pathOfUri(uri);
        if (!document || absolutePath === undefined)
            return undefined;
        const last = checked.get(uri);
        if (last && last.version === document.version)
            return last;
        const current = await settings;
        const version = document.version;
        const text = document.getText();
        const file = typeof current === 'string'
            ? fileResult({ path: toDisplayPath(absolutePath, root), absolutePath, status: 'failed', reason: current })
            : await checkDocument(text, absolutePath, root, current);
        const state = {
            uri,
            version,
            absolutePath,
            path: toDisplayPath(absolutePath, root),
            text,
            findings: findingsOf(file, text, transformsById),
            edits: file.edits,
        };
        // A newer check may have finished meanwhile; keep the newest.
        const stored = checked.get(uri);
        if (!stored || stored.version <= version)
            checked.set(uri, state);
        return state;
    };
    // One check at a time, newest text first served: a burst of changes makes one check, not many.
    const queued = new Set();
    const published = new Map();
    let draining;
    const schedule = (uri, force = false) => {
        if (force)
            checked.delete(uri);
        queued.add(uri);
        draining ??= drain().finally(() => (draining = undefined));
    };
    const drain = async () => {
        for (;;) {
            const [uri] = queued;
            if (uri === undefined)
                return;
            queued.delete(uri);
            try {
                const state = await ensureChecked(uri);
                const document = documents.get(uri);
                // Published only while it is the buffer's text (a newer change is queued already), and once.
                if (state && document && document.version === state.version && published.get(uri) !== state) {
                    published.set(uri, state);
                    await connection.sendDiagnostics({ uri, version: state.version, diagnostics: state.findings.map((f) => f.diagnostic) });
                }
            }
            catch (thrown) {
                connection.console.error(`ucma-codemod: checking ${uri} failed: ${thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown)}`);
            }
        }
    };
    connection.onInitialize((params) => {
        capabilities = params.capabilities;
        const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
        root = (folder && pathOfUri(folder)) ?? params.rootPath ?? options.cwd;
        return {
            capabilities: {
                textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
                codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, APPLY_WORKSPACE_KIND] },
                hoverProvider: true,
                executeCommandProvider: { commands: [APPLY_WORKSPACE_COMMAND] },
            },
            serverInfo: { name: 'ucma-codemod', version: packageVersion() },
        };
    });
    connection.onInitialized(() => {
        loadSettings();
        // Clients that let servers register watchers get ours; others send what they watch anyway.
        if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
            void connection.client.register(DidChangeWatchedFilesNotification.type, {
                watchers: ['**/*.cs', '**/*.csproj', '**/*.config', `**/${CONFIG_FILE_NAME}`, `**/${IGNORE_FILE_NAME}`].map((globPattern) => ({
                    globPattern,
                })),
            });
        }
    });
    documents.onDidOpen((event) => schedule(event.document.uri));
    documents.onDidChangeContent((event) => schedule(event.document.uri));
    documents.onDidClose((event) => {
        checked.delete(event.document.uri);
        published.delete(event.document.uri);
        queued.delete(event.document.uri);
        void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
    });
    connection.onDidChangeWatchedFiles((params) => {
        const changed = params.changes.map((change) => pathOfUri(change.uri)).filter((path) => path !== undefined);
        const settingsChanged = changed.some((path) => [CONFIG_FILE_NAME, IGNORE_FILE_NAME].some((name) => path.endsWith(`${sep}${name}`)));
        if (settingsChanged)
            loadSettings();
        void (async () => {
            const finder = new ProjectFinder(root);
            for (const document of documents.all()) {
                const path = pathOfUri(document.uri);
                if (path === undefined)
                    continue;
                const project = settingsChanged ? undefined : await projectOfBuffer(finder, path);
                if (settingsChanged || changed.some((other) => other !== path && dependsOn(path, project, other)))
                    schedule(document.uri, true);
            }
        })();
    });
    connection.onCodeAction(async (params) => {
        const state = await ensureChecked(params.textDocument.uri);
        if (!state)
            return [];
        return codeActionsFor(state, {
            range: params.range,
            only: params.context.only,
            documentChanges: capabilities.workspace?.workspaceEdit?.documentChanges === true,
        }, transformsById);
    });
    connection.onHover(async (params) => {
        const state = await ensureChecked(params.textDocument.uri);
        return state ? (hoverAt(state.findings, params.position, transformsById) ?? null) : null;
    });
    connection.onExecuteCommand(async (params) => {
        if (params.command !== APPLY_WORKSPACE_COMMAND)
            return null;
        const current = await settings;
        if (typeof current === 'string') {
            void connection.window.showErrorMessage(`ucma-codemod: ${current}`);
            return null;
        }
        const open = documents.all().flatMap((document) => {
            const absolutePath = pathOfUri(document.uri);
            return absolutePath === undefined ? [] : [{ absolutePath, uri: document.uri, version: document.version, text: document.getText() }];
        });
        const workspace = capabilities.workspace?.workspaceEdit;
        const changes = await workspaceChanges(root, current, open, {
            documentChanges: workspace?.documentChanges === true,
            annotations: workspace?.changeAnnotationSupport !== undefined,
        });
        for (const failure of changes.failed)
            void connection.window.showWarningMessage(`ucma-codemod: left alone: ${failure}`);
        if (changes.files === 0) {
            void connection.window.showInformationMessage('ucma-codemod: nothing to change in the workspace');
            return { files: 0, edits: 0, applied: false };
        }
        const response = await connection.workspace.applyEdit({
            label: `ucma-codemod: ${changes.edits} changes in ${changes.files} files`,
            edit: changes.edit,
        });
        return { files: changes.files, edits: changes.edits, applied: response.applied };
    });
    documents.listen(connection);
    connection.listen();
    return connection;
}
/** The file path of a `file:` URI; undefined for other schemes (an unsaved, untitled buffer has no project). */
function pathOfUri(uri) {
    if (!uri.startsWith('file:'))
        return undefined;
    try {
        return resolve(fileURLToPath(uri));
    }
    catch {
        return undefined;
    }
}
/** The buffer's project as every run reads it (see inputs/project-peers), or its folder when it is in none. */
async function projectOfBuffer(finder, buffer) {
    const folder = await finder.projectFolderOf(buffer);
    return folder === undefined ? { folder: dirname(buffer), files: 'folder' } : finder.filesOf(folder);
}
/**
 * True when a buffer's findings may depend on the file at `changed`: a file of the buffer's project
 * (the project index reads them, linked files outside its folder included; an App.config reads the
 * .csproj beside it), or a project file above it. The project is found again at each change, so a
 * .csproj created or deleted counts too.
 */
function dependsOn(buffer, project, changed) {
    const inside = (path, parent) => {
        const rel = relative(parent, path);
        return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep);
    };
    // A project file deleted above the buffer: the buffer's project is gone or moved up.
    const projectFileAbove = changed.toLowerCase().endsWith('.csproj') && inside(buffer, dirname(changed));
    const ofProject = project.files === 'folder' ? inside(changed, project.folder) : project.files.includes(changed);
    return ofProject || (changed.toLowerCase().endsWith('.csproj') && inside(changed, project.folder)) || projectFileAbove;
}
