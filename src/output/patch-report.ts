// Joins the per-file patches of a run into one patch for stdout or a file.
import { assertSafePatchPath, createFilePatch, UnsafePatchPathError } from './file-patch.js';
import { countTotals, type FileReport, type RunResult } from '../run/run-codemod.js';

/**
 * The changed files a patch can name, in file order. A file whose path a patch cannot name
 * (outside the current directory) is left out; unless apply already wrote it, it becomes a
 * failure, so the run exits 2 instead of leaving a change out silently.
 */
export function patchableFiles(result: RunResult): FileReport[] {
  const files: FileReport[] = [];
  for (const file of result.files) {
    if (file.status !== 'changed' || !file.change) continue;
    try {
      assertSafePatchPath(file.path);
      files.push(file);
    } catch (thrown) {
      if (!(thrown instanceof UnsafePatchPathError)) throw thrown;
      if (file.written) continue;
      file.status = 'failed';
      file.reason = thrown.message.replace(`${file.path} `, '');
    }
  }
  Object.assign(result.totals, countTotals(result.files));
  return files;
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
