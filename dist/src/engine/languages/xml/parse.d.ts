import { type GrammarLanguage, type SyntaxTree } from '../tree-sitter-core.js';
/** The tree-sitter language object for XML, for queries. */
export declare const xmlLanguage: GrammarLanguage;
/** Parses XML text; offsets are JavaScript string offsets into `text`, as for C#. */
export declare function parseXml(text: string, editedTree?: SyntaxTree): SyntaxTree;
