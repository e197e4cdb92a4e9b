// Every change of the workspace as one WorkspaceEdit, for the editor to preview and apply: the
// workspace folder runs as `diff` would run it (open buffers taken as their files' text), and each
// file's edits are grouped under one change annotation per transform that asks for confirmation,
// so the editor shows its refactoring preview before anything changes.
import { pathToFileURL } from 'node:url';
import type { ChangeAnnotation, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { selectFiles } from '../inputs/select-files.js';
import { diskInput, type SourceInput } from '../inputs/source-input.js';
import { runCodemod } from '../run/run-codemod.js';
import { textEdit } from './code-actions.js';
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
export async function workspaceChanges(
  root: string,
  settings: WorkspaceSettings,
  open: readonly OpenBuffer[],
  support: EditSupport,
): Promise<WorkspaceChanges> {
  const annotations = support.annotations && support.documentChanges;
  const discovery = await selectFiles([root], root, settings.ignore);
  const buffers = new Map(open.map((buffer) => [buffer.absolutePath, buffer]));
  // An open buffer keeps the URI its editor gave it (spelled as the editor spells it).
  const uriOf = (absolutePath: string) => buffers.get(absolutePath)?.uri ?? pathToFileURL(absolutePath).href;
  const inputs: SourceInput[] = discovery.files.map((file) => {
    const buffer = buffers.get(file.absolutePath);
    return buffer
      ? bufferInput(diskInput(file.absolutePath, file.displayPath, root), Buffer.from(buffer.text, 'utf8'))
      : diskInput(file.absolutePath, file.displayPath, root);
  });
  const result = await runCodemod({
    inputs,
    passedOver: discovery,
    transforms: settings.transforms,
    transformOptions: settings.transformOptions,
    maxFileSize: settings.maxFileSize,
    knownTransformIds: settings.knownTransformIds,
    write: false,
    patches: false,
  });
  const titles = new Map(settings.transforms.map((t) => [t.meta.id, t.meta.title]));
  const changeAnnotations: Record<string, ChangeAnnotation> = {};
  const documentChanges: TextDocumentEdit[] = [];
  let edits = 0;
  for (const file of result.files) {
    if (file.status !== 'changed' || file.absolutePath === undefined) continue;
    const buffer = buffers.get(file.absolutePath);
    documentChanges.push({
      textDocument: { uri: uriOf(file.absolutePath), version: buffer?.version ?? null },
      edits: file.edits.map((edit) => {
        const annotationId = `ucma-codemod/${edit.transform}`;
        changeAnnotations[annotationId] ??= {
          label: titles.get(edit.transform) ?? edit.transform,
          description: edit.transform,
          needsConfirmation: true,
        };
        return annotations ? { ...textEdit(edit), annotationId } : textEdit(edit);
      }),
    });
    edits += file.edits.length;
  }
  const failed = result.files
    .filter((file) => file.status === 'failed')
    .map((file) => `${file.path}: ${file.reason ?? file.diagnostics.find((d) => d.severity === 'error')?.message ?? 'failed'}`);
  const plain: Record<string, TextEdit[]> = Object.fromEntries(
    result.files
      .filter((file) => file.status === 'changed' && file.absolutePath !== undefined)
      .map((file) => [uriOf(file.absolutePath!), file.edits.map(textEdit)]),
  );
  return {
    edit: !support.documentChanges ? { changes: plain } : annotations ? { documentChanges, changeAnnotations } : { documentChanges },
    files: documentChanges.length,
    edits,
    failed,
  };
}

/** A disk input whose bytes are the editor's buffer. */
function bufferInput(input: SourceInput, bytes: Buffer): SourceInput {
  return {
    ...input,
    probe: async (needles) => needles.some((needle) => bytes.includes(Buffer.from(needle, 'utf8'))),
    read: async (maxBytes) => (bytes.length > maxBytes ? { oversize: bytes.length } : { bytes, mode: '100644' }),
  };
}
