import type Parser from 'tree-sitter';
/** tree-sitter's parser class (with Query, Tree and the rest as its properties), loaded once. */
export declare function treeSitter(): typeof Parser;
export type SyntaxNode = Parser.SyntaxNode;
export type SyntaxTree = Parser.Tree;
export type GrammarLanguage = Parser.Language;
/**
 * A parse function for one grammar, with its own parser made on first use. With `editedTree` (an
 * old tree that tree.edit() has told about the changes) tree-sitter re-parses only what changed.
 */
export declare function grammarParser(grammar: () => GrammarLanguage): (text: string, editedTree?: SyntaxTree) => SyntaxTree;
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
/** True when `offset` falls between the halves of a surrogate pair or between CR and LF: no edit may start or end there. */
export declare function splitsCharacterPair(text: string, offset: number): boolean;
