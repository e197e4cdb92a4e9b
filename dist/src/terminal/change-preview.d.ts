import { type TextEdit } from '../engine/edits.js';
import type { Palette } from './colors.js';
/** The hunk(s) for a single edit, CRs removed for display, coloured with `palette`. */
export declare function formatChangePreview(text: string, edit: TextEdit, palette: Palette, context?: number): string;
