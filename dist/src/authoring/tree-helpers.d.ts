import type ParserModule from 'tree-sitter';
import { type SyntaxErrorSite, type SyntaxNode } from '../engine/languages/tree-sitter-core.js';
/** The node's source text. */
export declare function nodeText(node: SyntaxNode): string;
/** Every descendant of `root` (itself included) whose type is one of `types`, in document order. */
export declare function findAll(root: SyntaxNode, types: string | readonly string[]): SyntaxNode[];
/**
 * Every `identifier` of `root` (itself included) whose text is `name` (or one of `names`), in
 * document order: the same nodes as `findAll(root, 'identifier').filter((n) => n.text === name)`,
 * found from the text.
 * The text is searched for `name` and each whole-word occurrence is looked up in the tree, so the
 * cost follows the occurrences, not the size of the tree: a walk of every node makes a JavaScript
 * object per match of its type, which dominates a transform's time on big files. Occurrences in
 * comments and strings are not identifiers and are left out by the lookup.
 */
export declare function findIdentifiers(root: SyntaxNode, names: string | readonly string[]): SyntaxNode[];
/**
 * The declarations of `root` (itself included) of one of `types` whose `name` field is `name`, in
 * document order (see findIdentifiers: found from the text, not by a walk of every node).
 */
export declare function findDeclarationsNamed(root: SyntaxNode, types: string | readonly string[], name: string): SyntaxNode[];
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
