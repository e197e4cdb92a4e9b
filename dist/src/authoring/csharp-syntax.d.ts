import type { SyntaxNode } from '../engine/languages/tree-sitter-core.js';
/** Strips any number of enclosing parentheses: `((x))` gives `x`. */
export declare function unwrapParentheses(node: SyntaxNode): SyntaxNode;
/** The operator token of a binary or unary expression (`||`, `==`, `!`), or undefined. */
export declare function operatorOf(node: SyntaxNode): string | undefined;
/**
 * The operands of a chain of one binary operator, looking through parentheses:
 * `a || (b || c)` gives `[a, b, c]` for `||`. The operands themselves are returned unwrapped.
 */
export declare function flattenBinary(node: SyntaxNode, operator: string): SyntaxNode[];
/** `object.name` as its parts, or undefined for anything else. Looks through parentheses around the whole. */
export declare function memberAccessParts(node: SyntaxNode): {
    object: SyntaxNode;
    name: string;
} | undefined;
/** An argument of an invocation: its expression and, for `name: value`, its name. */
export interface ArgumentParts {
    readonly name?: string;
    readonly value: SyntaxNode;
}
/** `callee(args)` as its parts, or undefined. Looks through parentheses around the whole. */
export declare function invocationParts(node: SyntaxNode): {
    callee: SyntaxNode;
    args: ArgumentParts[];
} | undefined;
/** The text of a node with whitespace and comments removed, for comparing spellings. */
export declare function compactText(node: SyntaxNode): string;
/** True for `string`, `String`, `System.String` and `global::System.String`. */
export declare function isStringType(node: SyntaxNode): boolean;
/** True for `StringComparison` or a qualified spelling of it. */
export declare function isStringComparisonType(node: SyntaxNode): boolean;
/** The simple name of a declaration (`class Application` gives `Application`). */
export declare function declarationName(node: SyntaxNode): string | undefined;
/** True when `using <namespace>;` (not an alias, not static) is in scope at `node`. */
export declare function hasUsingNamespace(node: SyntaxNode, namespace: string): boolean;
/** The nearest loop around `node` inside `within`, not crossing into a lambda or local function. */
export declare function enclosingLoop(node: SyntaxNode, within: SyntaxNode): SyntaxNode | undefined;
