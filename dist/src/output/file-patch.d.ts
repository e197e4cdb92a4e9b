import { type HunkEdit } from './edit-hunks.js';
import { type SourceText } from '../engine/source-text.js';
/** What a patch for one file needs. `path` is relative, with forward slashes and no `..`. */
export interface PatchInput {
    readonly path: string;
    readonly source: SourceText;
    readonly newText: string;
    /** The file's git mode, `100644` or `100755`. */
    readonly mode?: string;
    /**
     * The edits that make `newText` from `source.text` (sorted, offsets into `source.text`), when
     * known: the hunks are then built from them without diffing the texts, where that gives the
     * same bytes (see edit-hunks).
     */
    readonly edits?: readonly HunkEdit[];
}
/** One file's patch: `diff --git` header, `index` line with git blob ids, `---`/`+++`, hunks. */
export declare function createFilePatch(change: PatchInput, context?: number): Buffer;
/** git's object id for a blob with these bytes (SHA-1 of `blob <size>\0<bytes>`). */
export declare function gitBlobId(bytes: Uint8Array): string;
/** Quotes a path the way git does when it holds a quote, a backslash, a control or a non-ASCII byte. */
export declare function quotePath(path: string): string;
