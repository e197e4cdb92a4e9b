import type { SyntaxNode } from '../tree-sitter-core.js';
/** The XML path of `node`: the elements around it (not itself), with their key attributes, slash-separated. */
export declare function xmlElementPath(node: SyntaxNode): string;
