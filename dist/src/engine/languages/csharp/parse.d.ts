import { type GrammarLanguage, type SyntaxTree } from '../tree-sitter-core.js';
/**
 * The tree-sitter language object for C#, for queries (the public API's value; the engine calls
 * csharpGrammar() when it needs it, so that a bundle that never reads this value drops the load).
 */
export declare const csharpLanguage: GrammarLanguage;
/**
 * Parses C# text. Offsets in the tree (`startIndex`, `endIndex`) are JavaScript string offsets
 * into `text`.
 */
export declare function parseCSharp(text: string): SyntaxTree;
/** Parses `text` reusing `editedTree`, an old tree that tree.edit() has told about the changes. */
export declare function reparseCSharp(text: string, editedTree: SyntaxTree): SyntaxTree;
/** Node types of comments, string literals and character literals: text, not code. */
export declare const COMMENT_AND_STRING_TYPES: ReadonlySet<string>;
