// Shows one proposed change as a small unified diff with context, for `review`.
import { structuredPatch } from 'diff/lib/patch/create.js';
import { applyEdits } from '../engine/edits.js';
/** The hunk(s) for a single edit, CRs removed for display, coloured with `palette`. */
export function formatChangePreview(text, edit, palette, context = 3) {
    const after = applyEdits(text, [edit]);
    const patch = structuredPatch('a', 'b', text, after, '', '', { context });
    const lines = [];
    for (const hunk of patch.hunks) {
        lines.push(palette.cyan(`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`));
        for (const line of hunk.lines) {
            const shown = line.replace(/\r$/, '');
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
