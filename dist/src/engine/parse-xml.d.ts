import { TreeSitter, type SyntaxTree } from './parse-csharp.js';
/** The tree-sitter language object for XML, for queries. */
export declare const xmlLanguage: TreeSitter.Language;
/** Parses XML text; offsets are JavaScript string offsets into `text`, as for C#. */
export declare function parseXml(text: string): SyntaxTree;
