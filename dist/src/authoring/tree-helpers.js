import { COMMENT_AND_STRING_TYPES } from '../engine/languages/csharp/parse.js';
import { csharpGrammar } from '../engine/languages/csharp/grammar.js';
import { findSyntaxErrors, treeSitter } from '../engine/languages/tree-sitter-core.js';
/** The node's source text. */
export function nodeText(node) {
    return node.text;
}
/** Every descendant of `root` (itself included) whose type is one of `types`, in document order. */
export function findAll(root, types) {
    const wanted = typeof types === 'string' ? [types] : [...types];
    const found = root.descendantsOfType(wanted);
    return wanted.includes(root.type) ? [root, ...found.filter((n) => !isSameNode(n, root))] : found;
}
/** The first descendant of the given type, or undefined. */
export function findFirst(root, types) {
    return findAll(root, types)[0];
}
/** The nearest ancestor (not the node itself) of one of the types, or undefined. */
export function findAncestor(node, types) {
    const wanted = typeof types === 'string' ? [types] : types;
    for (let current = node.parent; current; current = current.parent) {
        if (wanted.includes(current.type))
            return current;
    }
    return undefined;
}
/** The node's ancestors, nearest first. */
export function ancestors(node) {
    const result = [];
    for (let current = node.parent; current; current = current.parent)
        result.push(current);
    return result;
}
const queryCache = new Map();
/** A compiled tree-sitter query over C# (cached by its source). Throws with tree-sitter's message on a bad pattern. */
export function compileQuery(source) {
    let query = queryCache.get(source);
    if (!query) {
        query = new (treeSitter().Query)(csharpGrammar(), source);
        queryCache.set(source, query);
    }
    return query;
}
/** Runs a tree-sitter query; returns one record of captures (name to node) per match. */
export function query(root, source) {
    return compileQuery(source)
        .matches(root)
        .map((match) => Object.fromEntries(match.captures.map((capture) => [capture.name, capture.node])));
}
/** True when the node is, or sits inside, a comment, a string or a character literal. */
export function isInsideCommentOrString(node) {
    for (let current = node; current; current = current.parent) {
        if (COMMENT_AND_STRING_TYPES.has(current.type))
            return true;
    }
    return false;
}
/** True when the node contains an ERROR or MISSING node. */
export function hasSyntaxError(node) {
    return node.hasError;
}
/** The syntax errors inside the node, in document order. */
export function syntaxErrorsIn(node) {
    return findSyntaxErrors(node);
}
/** The named children of a node, skipping comments (which tree-sitter places anywhere). */
export function namedChildrenWithoutComments(node) {
    return node.namedChildren.filter((child) => child.type !== 'comment');
}
/** True when both are the same node of the same tree. */
export function isSameNode(a, b) {
    return a.id === b.id && a.tree === b.tree;
}
