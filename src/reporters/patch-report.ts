// Joins the per-file patches of a run into one patch for stdout or a file.
import { createFilePatch, UnsafePatchPathError } from '../file-patch.js';
import { countTotals, type FileReport, type RunResult } from '../run-codemod.js';

/**
 * The patch of every changed file, in file order. A file whose path a patch cannot name (outside
 * the current directory) is turned into a failure, so the run exits 2 instead of printing it.
 */
export function buildPatch(result: RunResult): { bytes: Buffer; perFile: Map<string, Buffer> } {
  const perFile = new Map<string, Buffer>();
  for (const file of result.files) {
    if (file.status !== 'changed' || !file.change) continue;
    try {
      perFile.set(file.path, patchOf(file));
    } catch (thrown) {
      if (!(thrown instanceof UnsafePatchPathError)) throw thrown;
      file.status = 'failed';
      file.reason = thrown.message.replace(`${file.path} `, '');
    }
  }
  Object.assign(result.totals, countTotals(result.files));
  return { bytes: Buffer.concat([...perFile.values()]), perFile };
}

/** One changed file's patch. */
export function patchOf(file: FileReport): Buffer {
  const change = file.change!;
  return createFilePatch({ path: file.path, source: change.source, newText: change.newText, mode: change.mode });
}
