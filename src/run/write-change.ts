// The one way a change reaches the disk, for apply and for review: the chosen edits, the engine's
// guards when only some of them are chosen, then the atomic write.
import { languageForPathOrThrow } from '../engine/languages/index.js';
import { encodeSource } from '../engine/source-text.js';
import { applyWithGuards } from '../engine/transform-source.js';
import { describeWriteFailure, type StaleTempCleaner, writeFileAtomic } from './atomic-write.js';
import { ownedEdits, type FileResult, type ReportedEdit } from './run-result.js';

/**
 * Writes `file`'s change limited to `accepted` (all of its edits for apply) and returns the new
 * record. Edits left out are `declined`. A subset is applied again through the engine's guards,
 * since edits accepted alone were never checked alone. Never throws for the file's problems.
 */
export async function writeChange(file: FileResult, accepted: readonly ReportedEdit[], cleaner: StaleTempCleaner): Promise<FileResult> {
  const change = file.change;
  if (!change || file.status !== 'changed' || file.absolutePath === undefined) return file;
  const declined = file.edits.filter((edit) => !accepted.includes(edit));
  if (accepted.length === 0) return { ...file, status: 'unchanged', edits: [], declined };

  let newText = change.newText;
  if (declined.length > 0) {
    const guarded = textWithEdits(file, accepted);
    if ('refused' in guarded) return { ...file, status: 'failed', reason: guarded.refused, edits: accepted, declined };
    newText = guarded.newText;
  }
  await cleaner.cleanBeside(file.absolutePath, change.location);
  try {
    await writeFileAtomic(file.absolutePath, encodeSource(change.source, newText), change.originalBytes, change.location);
  } catch (thrown) {
    return { ...file, status: 'failed', reason: describeWriteFailure(thrown), edits: accepted, declined };
  }
  return { ...file, edits: accepted, declined, written: true, change: { ...change, newText } };
}

/**
 * The text of a changed file with only `edits` (a subset of its edits, in file order) applied,
 * through the engine's guards, or why they refuse it. A subset was never checked alone: review's
 * accepted changes, and the intermediate states of the per-transform patches of mbox.
 */
export function textWithEdits(file: FileResult, edits: readonly ReportedEdit[]): { newText: string } | { refused: string } {
  const source = file.change!.source;
  if (edits.length === 0) return { newText: source.text };
  const language = languageForPathOrThrow(file.path);
  const guarded = applyWithGuards(source.text, language.parse(source.text), ownedEdits(edits), language);
  return guarded.newText === undefined ? { refused: guarded.diagnostics.map((d) => d.message).join('; ') } : { newText: guarded.newText };
}
