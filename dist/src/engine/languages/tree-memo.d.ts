import type { SyntaxNode, SyntaxTree } from './tree-sitter-core.js';
/** `read` memoised per node: it runs once for each node of a tree. */
export declare function memoPerNode<T>(read: (node: SyntaxNode) => T): (node: SyntaxNode) => T;
/** `read` memoised per tree: it runs once for each tree. */
export declare function memoPerTree<T>(read: (tree: SyntaxTree) => T): (tree: SyntaxTree) => T;
