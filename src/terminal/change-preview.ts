// Shows proposed edits as a small unified diff with context, for `review`.
import { structuredPatch } from 'diff/lib/patch/create.js';
import { applyEdits, type TextEdit } from '../engine/edits.js';
import type { Palette } from './colors.js';

/** One hunk of a preview: where it starts in the old text and its lines (` `, `-`, `+`), CRs removed. */
export interface PreviewHunk {
  readonly oldStart: number;
  readonly oldLines: number;
  readonly newStart: number;
  readonly newLines: number;
  readonly lines: readonly string[];
}

/** The hunks that `edits` make in `text`. */
export function previewHunks(text: string, edits: readonly TextEdit[], context = 3): PreviewHunk[] {
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
export function formatChangePreview(text: string, edits: TextEdit | readonly TextEdit[], palette: Palette, context = 3): string {
  const lines: string[] = [];
  for (const hunk of previewHunks(text, Array.isArray(edits) ? edits : [edits as TextEdit], context)) {
    lines.push(palette.cyan(`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`));
    for (const shown of hunk.lines) {
      if (shown.startsWith('+')) lines.push(palette.green(shown));
      else if (shown.startsWith('-')) lines.push(palette.red(shown));
      else lines.push(shown);
    }
  }
  return `${lines.join('\n')}\n`;
}
