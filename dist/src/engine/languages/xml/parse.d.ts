import { type GrammarLanguage, type SyntaxTree } from '../tree-sitter-core.js';
/**
 * The tree-sitter language object for XML, for queries (the public API's value; the engine calls
 * xmlGrammar() when it parses XML, so that a bundle that never reads this value drops the load).
 */
export declare const xmlLanguage: GrammarLanguage;
/** Parses XML text; offsets are JavaScript string offsets into `text`, as for C#. */
export declare function parseXml(text: string, editedTree?: SyntaxTree): SyntaxTree;
