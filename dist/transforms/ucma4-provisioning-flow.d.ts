import type { SyntaxNode, TypeResolver } from '../src/index.js';
/** Node types whose body runs at another time than the code around them. */
export declare const FUNCTION_BOUNDARIES: Set<string>;
/** The innermost function boundary around a node (the node itself excluded), or undefined. */
export declare function enclosingFunction(node: SyntaxNode): SyntaxNode | undefined;
/** `(x)` → `x`, `x!` → `x`. */
export declare function unwrap(node: SyntaxNode): SyntaxNode;
/** The name and receiver of `x.M(...)` or `M(...)`. */
export declare function calleeParts(invocation: SyntaxNode): {
    name: string;
    receiver: SyntaxNode | undefined;
} | undefined;
/** The argument expressions of an invocation or object creation, positional order (named ones by their position). */
export declare function argumentValues(call: SyntaxNode): SyntaxNode[];
/**
 * A key for the object an expression names, equal for every spelling of the same variable in one
 * function (`local:`), or of the same field of a project type (`field:`): `p`, `this.p`, `x.p`
 * where `x` is proven to be of the type that declares `p`. Undefined when not known.
 */
export declare function referenceKey(expression: SyntaxNode, resolver: TypeResolver): string | undefined;
/** The function whose local or parameter `identifier` names, or undefined when it names no local. */
export declare function localOwner(identifier: SyntaxNode): SyntaxNode | undefined;
/** One way a variable gets its value: the assigned expression (undefined for `x = null`-like unknowns is never used). */
export interface Assignment {
    readonly value: SyntaxNode;
    readonly at: SyntaxNode;
}
/** Values that may reach a point, and whether the function's entry value may too. */
export interface Reaching {
    readonly assignments: readonly Assignment[];
    /** True when some path from the function's start reaches the point without an assignment. */
    readonly fromEntry: boolean;
}
/**
 * The assignments to `key` that may reach `site` along the paths of its function: the nearest
 * assignment on each straight-line path before it, looking through `if`/`else` branches
 * (both sides), blocks, `try`, `using` and `lock`; an assignment inside a loop or `switch` before
 * the site may or may not have happened. Code after the site, other functions and nested lambdas
 * are not looked at.
 */
export declare function reachingAssignments(site: SyntaxNode, key: string, resolver: TypeResolver): Reaching;
/** The statement a node is part of (the node itself when it is one). */
export declare function enclosingStatement(node: SyntaxNode): SyntaxNode | undefined;
/** The initial value of `var x = value` / `T x = value`. */
export declare function declaratorValue(declarator: SyntaxNode): SyntaxNode | undefined;
/**
 * Every assignment to a private field anywhere in the file (field initialisers included), when
 * the field is `field:<type>.<name>` of a type declared only in this file; undefined when other
 * code may assign it (not private, or the type has parts in other files).
 */
export declare function fieldAssignmentsInFile(root: SyntaxNode, key: string, resolver: TypeResolver): Assignment[] | undefined;
/** How a `catch` relates to an exception type. */
export type CatchVerdict = 'covered' | 'covered-rethrown' | 'covered-filtered' | 'unknown' | 'not-covered';
/**
 * Whether code at `node` is inside a `try` (between it and `boundary`, or its function) whose
 * catch covers an exception of type `exception`: a catch of that type, a base type of it, or a
 * bare `catch`. `rethrown` when that catch ends by throwing again; `filtered` when it has a
 * `when` filter; `unknown` when a catch type cannot be resolved.
 */
export declare function catchCoverage(node: SyntaxNode, exception: string, resolver: TypeResolver, boundary?: SyntaxNode): CatchVerdict;
/** Nodes of the given types inside `root`, not inside a nested function. */
export declare function descendantsInFunction(root: SyntaxNode, types: ReadonlySet<string>): SyntaxNode[];
