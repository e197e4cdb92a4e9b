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
  return result.files.filter((file) => file.status === 'changed' && file.change !== undefined && isSafePatchPath(file.path));
}

/** The patch of every changed file a patch can name, joined, and each file's own. */
export function buildPatch(result: RunResult): { bytes: Buffer; perFile: Map<string, Buffer> } {
  const perFile = new Map<string, Buffer>();
  for (const file of patchableFiles(result)) {
    const change = file.change!;
    perFile.set(file.path, createFilePatch({ path: file.path, source: change.source, newText: change.newText, mode: change.mode }));
  }
  return { bytes: Buffer.concat([...perFile.values()]), perFile };
}

export const diffFormat: OutputFormat = {
  name: 'diff',
  summary: 'a git-style patch for git apply or patch -p1 (default of diff and check)',
  commands: ['diff', 'check', 'apply'],
  machineReadable: false,
  splitsIntoFiles: false,
  build: (result) => singlePart(buildPatch(result).bytes, 'changes.patch'),
};
