// Parses XML (MSBuild projects, App.config) with the tree-sitter XML grammar, through the same
// tree-sitter core as C#, so XML trees have the same node API and the same string offsets.
import XmlGrammars from '@tree-sitter-grammars/tree-sitter-xml/bindings/node/index.js';
import { grammarParser, type GrammarLanguage, type SyntaxTree } from '../tree-sitter-core.js';

/** The tree-sitter language object for XML, for queries. */
export const xmlLanguage: GrammarLanguage = XmlGrammars.xml as unknown as GrammarLanguage;

const parse = grammarParser(() => xmlLanguage);

/** Parses XML text; offsets are JavaScript string offsets into `text`, as for C#. */
export function parseXml(text: string, editedTree?: SyntaxTree): SyntaxTree {
  return parse(text, editedTree);
}
