import { type TextEdit } from '../engine/edits.js';
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
export declare function previewHunks(text: string, edits: readonly TextEdit[], context?: number): PreviewHunk[];
/** The hunk(s) for one edit or several, CRs removed for display, coloured with `palette`. */
export declare function formatChangePreview(text: string, edits: TextEdit | readonly TextEdit[], palette: Palette, context?: number): string;
