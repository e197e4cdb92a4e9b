import type ParserModule from 'tree-sitter';
import { type SyntaxErrorSite, type SyntaxNode } from '../engine/languages/tree-sitter-core.js';
/** The node's source text. */
export declare function nodeText(node: SyntaxNode): string;
/** Every descendant of `root` (itself included) whose type is one of `types`, in document order. */
export declare function findAll(root: SyntaxNode, types: string | readonly string[]): SyntaxNode[];
/** The first descendant of the given type, or undefined. */
export declare function findFirst(root: SyntaxNode, types: string | readonly string[]): SyntaxNode | undefined;
/** The nearest ancestor (not the node itself) of one of the types, or undefined. */
export declare function findAncestor(node: SyntaxNode, types: string | readonly string[]): SyntaxNode | undefined;
/** The node's ancestors, nearest first. */
export declare function ancestors(node: SyntaxNode): SyntaxNode[];
/** A compiled tree-sitter query over C# (cached by its source). Throws with tree-sitter's message on a bad pattern. */
export declare function compileQuery(source: string): ParserModule.Query;
/** Runs a tree-sitter query; returns one record of captures (name to node) per match. */
export declare function query(root: SyntaxNode, source: string): Array<Record<string, SyntaxNode>>;
/** True when the node is, or sits inside, a comment, a string or a character literal. */
export declare function isInsideCommentOrString(node: SyntaxNode): boolean;
/** True when the node contains an ERROR or MISSING node. */
export declare function hasSyntaxError(node: SyntaxNode): boolean;
/** The syntax errors inside the node, in document order. */
export declare function syntaxErrorsIn(node: SyntaxNode): SyntaxErrorSite[];
/** The named children of a node, skipping comments (which tree-sitter places anywhere). */
export declare function namedChildrenWithoutComments(node: SyntaxNode): SyntaxNode[];
/** True when both are the same node of the same tree. */
export declare function isSameNode(a: SyntaxNode, b: SyntaxNode): boolean;
