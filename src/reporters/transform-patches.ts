// Splits a run's changes into one patch per transform, each applying on top of the previous one,
// so that `git am` can turn every transform into its own commit.
import { applyEdits } from '../edits.js';
import { createFilePatch } from '../file-patch.js';
import type { RunResult } from '../run-codemod.js';
import type { Transform } from '../transform.js';

export interface TransformPatch {
  readonly transform: Transform;
  readonly files: string[];
  readonly patch: Buffer;
}

/** One patch per transform that changed something, in run order. */
export function patchesPerTransform(result: RunResult, transforms: readonly Transform[]): TransformPatch[] {
  const patches: TransformPatch[] = [];
  transforms.forEach((transform, index) => {
    const earlier = new Set(transforms.slice(0, index).map((t) => t.meta.id));
    const parts: Buffer[] = [];
    const files: string[] = [];
    for (const file of result.files) {
      const change = file.status === 'changed' ? file.change : undefined;
      if (!change || !change.sortedEdits.some((edit) => edit.transformId === transform.meta.id)) continue;
      const before = applyEdits(change.source.text, change.sortedEdits.filter((edit) => earlier.has(edit.transformId)));
      const after = applyEdits(change.source.text, change.sortedEdits.filter((edit) => earlier.has(edit.transformId) || edit.transformId === transform.meta.id));
      parts.push(createFilePatch({ path: file.path, source: { ...change.source, text: before }, newText: after, mode: change.mode }));
      files.push(file.path);
    }
    if (parts.length > 0) patches.push({ transform, files, patch: Buffer.concat(parts) });
  });
  return patches;
}
