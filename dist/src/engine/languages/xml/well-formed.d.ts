import { type SyntaxTree } from '../tree-sitter-core.js';
/** Where and why the document is not well-formed XML, or undefined when it parses cleanly. */
export declare function xmlDocumentProblem(tree: SyntaxTree): {
    message: string;
    start: number;
    end: number;
} | undefined;
