// Splits a run's changes into one patch per transform, each applying on top of the previous one,
// so that `git am` can turn every transform into its own commit.
import { applyEdits } from '../engine/edits.js';
import { createFilePatch, quotePath } from './file-patch.js';
import { countPatchLines } from './stat-report.js';
import { ownedEdits } from '../run/run-result.js';
import { patchableFiles } from './patch-report.js';
/** One patch per transform that changed something, in run order (files a patch can name only). */
export function patchesPerTransform(result, transforms) {
    const patches = [];
    const files = patchableFiles(result);
    transforms.forEach((transform, index) => {
        const earlier = new Set(transforms.slice(0, index).map((t) => t.meta.id));
        const parts = [];
        const paths = [];
        const stats = [];
        for (const file of files) {
            const change = file.change;
            const edits = ownedEdits(file.edits);
            if (!edits.some((edit) => edit.transformId === transform.meta.id))
                continue;
            const before = applyEdits(change.source.text, edits.filter((edit) => earlier.has(edit.transformId)));
            const after = applyEdits(change.source.text, edits.filter((edit) => earlier.has(edit.transformId) || edit.transformId === transform.meta.id));
            const part = createFilePatch({ path: file.path, source: { ...change.source, text: before }, newText: after, mode: change.mode });
            parts.push(part);
            paths.push(file.path);
            stats.push({ name: quotePath(file.path), ...countPatchLines(part) });
        }
        if (parts.length > 0)
            patches.push({ transform, files: paths, stats, patch: Buffer.concat(parts) });
    });
    return patches;
}
