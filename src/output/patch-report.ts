// Joins the per-file patches of a run into one patch for stdout or a file.
import { createFilePatch } from './file-patch.js';
import { isSafePatchPath } from '../run/patch-path.js';
import type { FileResult, RunResult } from '../run/run-result.js';
import { singlePart, type OutputFormat } from './output-format.js';

/**
 * The changed files a patch can name, in file order. The run already failed the files of diff and
 * check that a patch cannot name; for apply (whose product is the write) they are left out.
 */
export function patchableFiles(result: RunResult): FileResult[] {
  return result.files.filter(isPatchable);
}

function isPatchable(file: FileResult): boolean {
  return file.status === 'changed' && file.change !== undefined && isSafePatchPath(file.path);
}

/** One changed file's patch. */
export function patchOf(file: FileResult): Buffer {
  const change = file.change!;
  const edits = file.edits.map((edit) => ({ start: edit.start.offset, end: edit.end.offset, text: edit.newText }));
  return createFilePatch({ path: file.path, source: change.source, newText: change.newText, mode: change.mode, edits });
}

/** The patch of every changed file a patch can name, joined. */
function buildPatch(result: RunResult): Buffer {
  return Buffer.concat(patchableFiles(result).map(patchOf));
}

export const diffFormat: OutputFormat = {
  name: 'diff',
  summary: 'a git-style patch for git apply or patch -p1',
  commands: ['diff', 'check', 'apply'],
  defaultFor: ['diff', 'check'],
  machineReadable: false,
  namesPathsInPatch: true,
  splitsIntoFiles: false,
  build: (result) => singlePart(buildPatch(result), 'changes.patch'),
  stream: { file: (file) => (isPatchable(file) ? patchOf(file) : Buffer.alloc(0)) },
};
