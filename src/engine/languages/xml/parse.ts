// Parses XML (MSBuild projects, App.config) with the tree-sitter XML grammar, through the same
// tree-sitter core as C#, so XML trees have the same node API and the same string offsets.
import { grammarParser, type GrammarLanguage, type SyntaxTree } from '../tree-sitter-core.js';
import { xmlGrammar } from './grammar.js';

/**
 * The tree-sitter language object for XML, for queries (the public API's value; the engine calls
 * xmlGrammar() when it parses XML, so that a bundle that never reads this value drops the load).
 */
export const xmlLanguage: GrammarLanguage = /* @__PURE__ */ xmlGrammar();

const parse = grammarParser(xmlGrammar);

/** Parses XML text; offsets are JavaScript string offsets into `text`, as for C#. */
export function parseXml(text: string, editedTree?: SyntaxTree): SyntaxTree {
  return parse(text, editedTree);
}
