import type { FileResult } from '../run/run-result.js';
import type { WorkspaceSettings } from './workspace-settings.js';
/**
 * The run's record of the buffer `text` taken as the file at `absolutePath`, paths shown relative
 * to `root`. The text is encoded as UTF-8 without a BOM: editors hand over text with the BOM
 * removed, and UTF-8 gives back exactly that text, so every offset is an offset into it.
 */
export declare function checkDocument(text: string, absolutePath: string, root: string, settings: WorkspaceSettings): Promise<FileResult>;
