// Parses C# with tree-sitter-c-sharp, through the shared tree-sitter core.
import { grammarParser, type GrammarLanguage, type SyntaxTree } from '../tree-sitter-core.js';
import { csharpGrammar } from './grammar.js';

/**
 * The tree-sitter language object for C#, for queries (the public API's value; the engine calls
 * csharpGrammar() when it needs it, so that a bundle that never reads this value drops the load).
 */
export const csharpLanguage: GrammarLanguage = /* @__PURE__ */ csharpGrammar();

const parse = grammarParser(csharpGrammar);

/**
 * Parses C# text. Offsets in the tree (`startIndex`, `endIndex`) are JavaScript string offsets
 * into `text`.
 */
export function parseCSharp(text: string): SyntaxTree {
  return parse(text);
}

/** Parses `text` reusing `editedTree`, an old tree that tree.edit() has told about the changes. */
export function reparseCSharp(text: string, editedTree: SyntaxTree): SyntaxTree {
  return parse(text, editedTree);
}

/** Node types of comments, string literals and character literals: text, not code. */
export const COMMENT_AND_STRING_TYPES: ReadonlySet<string> = new Set([
  'comment',
  'string_literal',
  'verbatim_string_literal',
  'raw_string_literal',
  'interpolated_string_expression',
  'character_literal',
]);
