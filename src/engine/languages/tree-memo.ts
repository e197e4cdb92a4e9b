// Answers read from a syntax tree once per tree: a big file asks the same question of the same
// node (or of the whole file) at every match, and each reading walks many nodes. Keyed by tree,
// so edited text (re-parsed into a new tree) is read afresh, and dropped with its tree.
import type { SyntaxNode, SyntaxTree } from './tree-sitter-core.js';

/** `read` memoised per node: it runs once for each node of a tree. */
export function memoPerNode<T>(read: (node: SyntaxNode) => T): (node: SyntaxNode) => T {
  const byTree = new WeakMap<SyntaxTree, Map<number, T>>();
  return (node) => {
    let byNode = byTree.get(node.tree);
    if (!byNode) byTree.set(node.tree, (byNode = new Map()));
    let value = byNode.get(node.id);
    if (value === undefined) byNode.set(node.id, (value = read(node)));
    return value;
  };
}

/** `read` memoised per tree: it runs once for each tree. */
export function memoPerTree<T>(read: (tree: SyntaxTree) => T): (tree: SyntaxTree) => T {
  const byTree = new WeakMap<SyntaxTree, T>();
  return (tree) => {
    let value = byTree.get(tree);
    if (value === undefined) byTree.set(tree, (value = read(tree)));
    return value;
  };
}
