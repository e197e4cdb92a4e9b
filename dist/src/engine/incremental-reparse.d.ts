import type { TextEdit } from './edits.js';
import type { Language } from './languages/language.js';
import type { SyntaxTree } from './languages/tree-sitter-core.js';
/**
 * Parses `newText` (= `oldText` with the sorted, non-overlapping `sorted` edits applied) by
 * re-parsing incrementally from `oldTree`, which is left as it is.
 *
 * The edits are told to a second handle on the old tree, not to the old tree itself:
 * node-tree-sitter's tree.edit() also moves every JavaScript node object of its tree that the
 * garbage collector has not freed yet, so on a tree the transforms walked, thousands of edits in
 * a big file made the guard quadratic. Re-parsing unchanged text from the old tree gives that
 * handle at once (tree-sitter reuses the whole tree; no JavaScript node has been made for it yet),
 * and the new tree still shares every unedited subtree with the old one.
 */
export declare function reparseAfterEdits(language: Pick<Language, 'parse'>, oldTree: SyntaxTree, oldText: string, newText: string, sorted: readonly TextEdit[]): SyntaxTree;
