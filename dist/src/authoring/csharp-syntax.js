import { memoPerNode } from '../engine/languages/tree-memo.js';
import { isSameNode } from './tree-helpers.js';
/** Strips any number of enclosing parentheses: `((x))` gives `x`. */
export function unwrapParentheses(node) {
    let current = node;
    while (current.type === 'parenthesized_expression') {
        const inner = current.namedChildren.find((child) => child.type !== 'comment');
        if (!inner)
            break;
        current = inner;
    }
    return current;
}
/** The operator token of a binary or unary expression (`||`, `==`, `!`), or undefined. */
export function operatorOf(node) {
    if (node.type === 'binary_expression')
        return node.childForFieldName('operator')?.type;
    if (node.type === 'prefix_unary_expression')
        return node.child(0)?.type;
    return undefined;
}
/**
 * The operands of a chain of one binary operator, looking through parentheses:
 * `a || (b || c)` gives `[a, b, c]` for `||`. The operands themselves are returned unwrapped.
 */
export function flattenBinary(node, operator) {
    const inner = unwrapParentheses(node);
    if (inner.type === 'binary_expression' && operatorOf(inner) === operator) {
        const left = inner.childForFieldName('left');
        const right = inner.childForFieldName('right');
        if (left && right)
            return [...flattenBinary(left, operator), ...flattenBinary(right, operator)];
    }
    return [inner];
}
/** `object.name` as its parts, or undefined for anything else. Looks through parentheses around the whole. */
export function memberAccessParts(node) {
    const inner = unwrapParentheses(node);
    if (inner.type !== 'member_access_expression')
        return undefined;
    const object = inner.childForFieldName('expression');
    const name = inner.childForFieldName('name');
    if (!object || !name)
        return undefined;
    return { object, name: name.text };
}
/** `callee(args)` as its parts, or undefined. Looks through parentheses around the whole. */
export function invocationParts(node) {
    const inner = unwrapParentheses(node);
    if (inner.type !== 'invocation_expression')
        return undefined;
    const callee = inner.childForFieldName('function');
    const list = inner.childForFieldName('arguments');
    if (!callee || !list)
        return undefined;
    const args = [];
    for (const argument of list.namedChildren) {
        if (argument.type !== 'argument')
            continue;
        const name = argument.childForFieldName('name')?.text;
        const value = argument.namedChildren.filter((child) => child.type !== 'comment').at(-1);
        if (!value)
            return undefined;
        // `ref`/`out`/`in` arguments are not plain values.
        if (argument.children.some((child) => ['ref', 'out', 'in'].includes(child.type)))
            return undefined;
        args.push(name === undefined ? { value } : { name, value });
    }
    return { callee, args };
}
/** The text of a node with whitespace and comments removed, for comparing spellings. */
export function compactText(node) {
    if (node.type === 'comment')
        return '';
    if (node.childCount === 0)
        return node.text;
    return node.children.map(compactText).join('');
}
const STRING_TYPE_SPELLINGS = new Set(['string', 'String', 'System.String', 'global::System.String']);
/** True for `string`, `String`, `System.String` and `global::System.String`. */
export function isStringType(node) {
    return STRING_TYPE_SPELLINGS.has(compactText(unwrapParentheses(node)));
}
/** True for `StringComparison` or a qualified spelling of it. */
export function isStringComparisonType(node) {
    return ['StringComparison', 'System.StringComparison', 'global::System.StringComparison'].includes(compactText(node));
}
/** The simple name of a declaration (`class Application` gives `Application`). */
export function declarationName(node) {
    return node.childForFieldName('name')?.text;
}
/** True when `using <namespace>;` (not an alias, not static) is in scope at `node`. */
export function hasUsingNamespace(node, namespace) {
    for (let scope = node; scope; scope = scope.parent) {
        const container = usingContainer(scope);
        if (container && usedNamespaces(container).has(namespace))
            return true;
    }
    return false;
}
// The namespaces a container's `using` directives name, read once per tree: a big file asks at
// every match, and each reading walks all the children of the file or namespace.
const usedNamespaces = memoPerNode((container) => {
    const found = new Set();
    for (const child of container.namedChildren) {
        if (child.type !== 'using_directive')
            continue;
        if (child.childForFieldName('name'))
            continue; // alias: using S = System;
        if (child.children.some((token) => token.type === 'static'))
            continue;
        const target = child.namedChildren.find((part) => part.type !== 'comment');
        if (target)
            found.add(compactText(target));
    }
    return found;
});
/** Where the using directives of a scope live: the file, a namespace's body, or a file-scoped namespace. */
function usingContainer(scope) {
    if (scope.type === 'namespace_declaration')
        return scope.childForFieldName('body');
    if (scope.type === 'compilation_unit' || scope.type === 'file_scoped_namespace_declaration')
        return scope;
    return null;
}
const FUNCTION_BOUNDARIES = new Set(['lambda_expression', 'anonymous_method_expression', 'local_function_statement']);
const LOOPS = new Set(['for_statement', 'foreach_statement', 'while_statement', 'do_statement']);
/** The nearest loop around `node` inside `within`, not crossing into a lambda or local function. */
export function enclosingLoop(node, within) {
    for (let current = node.parent; current && !isSameNode(current, within); current = current.parent) {
        if (FUNCTION_BOUNDARIES.has(current.type))
            return undefined;
        if (LOOPS.has(current.type))
            return current;
    }
    return undefined;
}
