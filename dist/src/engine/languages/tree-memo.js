/** `read` memoised per node: it runs once for each node of a tree. */
export function memoPerNode(read) {
    const byTree = new WeakMap();
    return (node) => {
        let byNode = byTree.get(node.tree);
        if (!byNode)
            byTree.set(node.tree, (byNode = new Map()));
        let value = byNode.get(node.id);
        if (value === undefined)
            byNode.set(node.id, (value = read(node)));
        return value;
    };
}
/** `read` memoised per tree: it runs once for each tree. */
export function memoPerTree(read) {
    const byTree = new WeakMap();
    return (tree) => {
        let value = byTree.get(tree);
        if (value === undefined)
            byTree.set(tree, (value = read(tree)));
        return value;
    };
}
