/** Identity function that gives a transform object its type; use it as the default export of a transform file. */
export function defineTransform(transform) {
    return transform;
}
/** The root node of a context's tree. */
export function rootOf(context) {
    return context.tree.rootNode;
}
