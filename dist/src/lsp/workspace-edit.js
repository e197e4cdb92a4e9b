// Every change of the workspace as one WorkspaceEdit, for the editor to preview and apply: the
// workspace folder runs as `diff` would run it (open buffers taken as their files' text), and each
// file's edits are grouped under one change annotation per transform that asks for confirmation,
// so the editor shows its refactoring preview before anything changes.
import { pathToFileURL } from 'node:url';
import { selectFiles } from '../inputs/select-files.js';
import { diskInput } from '../inputs/source-input.js';
import { runCodemod } from '../run/run-codemod.js';
import { textEdit } from './code-actions.js';
/** The changes of every file under `root`, as the client can take them. */
export async function workspaceChanges(root, settings, open, support) {
    const annotations = support.annotations && support.documentChanges;
    const discovery = await selectFiles([root], root, settings.ignore);
    const buffers = new Map(open.map((buffer) => [buffer.absolutePath, buffer]));
    // An open buffer keeps the URI its editor gave it (spelled as the editor spells it).
    const uriOf = (absolutePath) => buffers.get(absolutePath)?.uri ?? pathToFileURL(absolutePath).href;
    const inputs = discovery.files.map((file) => {
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
    const changeAnnotations = {};
    const documentChanges = [];
    let edits = 0;
    for (const file of result.files) {
        if (file.status !== 'changed' || file.absolutePath === undefined)
            continue;
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
    const plain = Object.fromEntries(result.files
        .filter((file) => file.status === 'changed' && file.absolutePath !== undefined)
        .map((file) => [uriOf(file.absolutePath), file.edits.map(textEdit)]));
    return {
        edit: !support.documentChanges ? { changes: plain } : annotations ? { documentChanges, changeAnnotations } : { documentChanges },
        files: documentChanges.length,
        edits,
        failed,
    };
}
/** A disk input whose bytes are the editor's buffer. */
function bufferInput(input, bytes) {
    return {
        ...input,
        probe: async (needles) => needles.some((needle) => bytes.includes(Buffer.from(needle, 'utf8'))),
        read: async (maxBytes) => (bytes.length > maxBytes ? { oversize: bytes.length } : { bytes, mode: '100644' }),
    };
}
