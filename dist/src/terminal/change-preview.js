// Shows proposed edits as a small unified diff with context, for `review`.
import { structuredPatch } from 'diff/lib/patch/create.js';
import { applyEdits } from '../engine/edits.js';
/** The hunks that `edits` make in `text`. */
export function previewHunks(text, edits, context = 3) {
    const after = applyEdits(text, [...edits]);
    const patch = structuredPatch('a', 'b', text, after, '', '', { context });
    return patch.hunks.map((hunk) => ({
        oldStart: hunk.oldStart,
        oldLines: hunk.oldLines,
        newStart: hunk.newStart,
        newLines: hunk.newLines,
        lines: hunk.lines.filter((line) => !line.startsWith('\\')).map((line) => line.replace(/\r$/, '')),
    }));
}
/** The hunk(s) for one edit or several, CRs removed for display, coloured with `palette`. */
export function formatChangePreview(text, edits, palette, context = 3) {
    const lines = [];
    for (const hunk of previewHunks(text, Array.isArray(edits) ? edits : [edits], context)) {
        lines.push(palette.cyan(`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`));
        for (const shown of hunk.lines) {
            if (shown.startsWith('+'))
                lines.push(palette.green(shown));
            else if (shown.startsWith('-'))
                lines.push(palette.red(shown));
            else
                lines.push(shown);
        }
    }
    return `${lines.join('\n')}\n`;
}
