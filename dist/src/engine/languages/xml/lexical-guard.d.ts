import type { TextEdit } from '../../edits.js';
import { type SyntaxTree } from '../tree-sitter-core.js';
/** Why the edit is unsafe at the lexical level, or undefined when it is fine. */
export declare function xmlLexicalProblem(text: string, tree: SyntaxTree, edit: TextEdit): string | undefined;
