import type { TextEdit } from '../../edits.js';
import { type SyntaxTree } from '../tree-sitter-core.js';
/** Why the edit is unsafe at the lexical level, or undefined when it is fine. */
export declare function lexicalProblem(text: string, tree: SyntaxTree, edit: TextEdit): string | undefined;
/**
 * Lexes inserted code: every comment, string and character literal it opens must close inside
 * it (a // comment may run to the end of the line when only whitespace or a comment follows the
 * edit there), and its #if/#endif and #region/#endregion directives must balance.
 */
export declare function problemInCode(inserted: string, restOfLine: string): string | undefined;
