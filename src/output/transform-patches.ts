// Splits a run's changes into one patch per transform, each applying on top of the previous one,
// so that `git am` can turn every transform into its own commit. Each commit's state of a file is
// a subset of its edits that was never checked alone: it goes through the engine's guards, like
// every write, and a state they refuse stops the split (a commit that does not build is no help).
import { createFilePatch, quotePath } from './file-patch.js';
import { countPatchLines, type FileStat } from './stat-report.js';
import type { FileResult, RunResult } from '../run/run-result.js';
import { textWithEdits } from '../run/write-change.js';
import { UserError } from '../platform/user-error.js';
import { patchableFiles } from './patch-report.js';
import type { Transform } from '../engine/transform.js';

export interface TransformPatch {
  readonly transform: Transform;
  readonly files: string[];
  /** Lines added and deleted per file of this patch, for its diffstat. */
  readonly stats: FileStat[];
  readonly patch: Buffer;
}

/** One patch per transform that changed something, in run order (files a patch can name only). */
export function patchesPerTransform(result: RunResult, transforms: readonly Transform[]): TransformPatch[] {
  const patches: TransformPatch[] = [];
  const files = patchableFiles(result);
  transforms.forEach((transform, index) => {
    const earlier = new Set(transforms.slice(0, index).map((t) => t.meta.id));
    const parts: Buffer[] = [];
    const paths: string[] = [];
    const stats: FileStat[] = [];
    for (const file of files) {
      const change = file.change!;
      if (!file.edits.some((edit) => edit.transform === transform.meta.id)) continue;
      const before = stateAfter(file, earlier, transform);
      const after = stateAfter(file, new Set([...earlier, transform.meta.id]), transform);
      const part = createFilePatch({ path: file.path, source: { ...change.source, text: before }, newText: after, mode: change.mode });
      parts.push(part);
      paths.push(file.path);
      stats.push({ name: quotePath(file.path), ...countPatchLines(part) });
    }
    if (parts.length > 0) patches.push({ transform, files: paths, stats, patch: Buffer.concat(parts) });
  });
  return patches;
}

/** The file's text with the edits of `transforms` applied (guarded unless it is the whole change). */
function stateAfter(file: FileResult, transforms: ReadonlySet<string>, step: Transform): string {
  const change = file.change!;
  const edits = file.edits.filter((edit) => transforms.has(edit.transform));
  if (edits.length === file.edits.length) return change.newText;
  const state = textWithEdits(file, edits);
  if ('newText' in state) return state.newText;
  throw new UserError({
    path: `${file.path}:`,
    reason: `cannot split the changes into one commit per transform: the commit of ${step.meta.id} would leave the file in a state the engine refuses (${state.refused})`,
    hint: 'Use --format diff for one patch of all the changes, or run the transforms one at a time with -t.',
  });
}
