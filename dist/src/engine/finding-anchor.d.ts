import type { SyntaxNode, SyntaxTree } from './languages/tree-sitter-core.js';
/** A finding's place in words that survive edits elsewhere. */
export interface FindingAnchor {
    /** The enclosing member (`Sample.Application.GetApplication(string)`; XML: `Project/ItemGroup`); `` at file level. */
    readonly member: string;
    /** The start of the node's normalised text, for people reading a baseline. */
    readonly snippet: string;
    /** Hash (16 hex digits) of the origin, rule, member, node text without whitespace and occurrence index. */
    readonly digest: string;
}
/** What a finding gives the anchor: its origin (transform id or `engine`), rule and range. */
export interface Locatable {
    readonly origin: string;
    readonly rule?: string | undefined;
    readonly start: number;
    readonly end: number;
}
/** The anchor of each item, in input order; `memberPath` is the language's (see Language.memberPath). */
export declare function anchorFindings(tree: SyntaxTree, items: readonly Locatable[], memberPath: (node: SyntaxNode) => string): FindingAnchor[];
/** A hash of the parts (16 hex digits of SHA-256): collisions within one project are not a concern at 64 bits. */
export declare function digestOf(parts: readonly string[]): string;
/** Whitespace runs as one space, trimmed: the normal form of text in a fingerprint. */
export declare function flat(text: string): string;
