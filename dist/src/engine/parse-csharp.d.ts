import Parser from 'tree-sitter';
export { Parser as TreeSitter };
export type SyntaxNode = Parser.SyntaxNode;
export type SyntaxTree = Parser.Tree;
/** The tree-sitter language object for C#, for queries. */
export declare const csharpLanguage: Parser.Language;
/**
 * Parses C# text. Offsets in the tree (`startIndex`, `endIndex`) are JavaScript string offsets
 * into `text`. The buffer size is raised for big files so tree-sitter reads them in few chunks.
 */
export declare function parseCSharp(text: string): SyntaxTree;
/** Parses `text` reusing `editedTree`, an old tree that tree.edit() has told about the changes. */
export declare function reparseCSharp(text: string, editedTree: SyntaxTree): SyntaxTree;
/** Node types of comments, string literals and character literals: text, not code. */
export declare const COMMENT_AND_STRING_TYPES: ReadonlySet<string>;
/** A syntax error: an ERROR node (unexpected text) or a MISSING node (an inserted token). */
export interface SyntaxErrorSite {
    readonly kind: 'unexpected' | 'missing';
    readonly start: number;
    readonly end: number;
    /** For MISSING: the token tree-sitter expected; for ERROR: the first text that did not fit. */
    readonly detail: string;
}
/**
 * Every ERROR and MISSING node under `node`, in document order. `hasError` is the truth: a file
 * that ends in a preprocessor directive without a newline has `hasError` set by a MISSING token
 * that a search for ERROR nodes never sees. `ignore` leaves out the error nodes it returns true for.
 */
export declare function findSyntaxErrors(node: SyntaxNode, ignore?: (errorNode: SyntaxNode) => boolean): SyntaxErrorSite[];
/** Describes a syntax error for a person, e.g. `missing ";"` or `unexpected "foo ="`. */
export declare function describeSyntaxError(site: SyntaxErrorSite): string;
