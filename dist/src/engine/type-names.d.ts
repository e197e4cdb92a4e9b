import type { SyntaxNode } from './languages/tree-sitter-core.js';
/** One dotted part of a type name: `List<int>` is `{ name: 'List', args: [int] }`. */
export interface TypeNamePart {
    readonly name: string;
    readonly args: readonly TypeName[];
}
/**
 * A type as written. `named`: a (possibly qualified, generic) name, with `alias` for `A::B`
 * (`global` for `global::`). `array`: `T[]`, `T[,]` (its element type and rank). `other`:
 * built-in, tuple, pointer or function types, which never name a UCMA class.
 */
export type TypeName = {
    readonly kind: 'named';
    readonly alias?: string;
    readonly parts: readonly TypeNamePart[];
} | {
    readonly kind: 'array';
    readonly element: TypeName;
    readonly rank: number;
} | {
    readonly kind: 'other';
    readonly text: string;
};
/** One namespace level of a scope: its full name ('' for the global namespace) and its directives. */
export interface ScopeLevel {
    readonly namespace: string;
    /** `using X.Y;` directives written at this level (not static ones). */
    readonly usings: readonly string[];
    /** `using A = X.Y;` directives written at this level. */
    readonly aliases: ReadonlyMap<string, TypeName>;
    /** `using static X.Y;` directives written at this level: their types' static members are in scope. */
    readonly staticUsings?: readonly TypeName[];
}
/** Where a name is looked up: innermost level first, ending with the global namespace. */
export interface NameScope {
    readonly levels: readonly ScopeLevel[];
    /** Full names of the enclosing type declarations, innermost first. */
    readonly enclosingTypes: readonly string[];
    /** Type parameters in scope (of enclosing types and methods): they hide every other type. */
    readonly typeParameters: readonly string[];
    /**
     * The one type constraint of a type parameter in scope (`where T : InstantMessagingCall`), when
     * it has exactly one: a value of type T has that type's members.
     */
    readonly constraints?: Readonly<Record<string, TypeName>>;
}
/** The type written at `node` (a type node of tree-sitter-c-sharp), or undefined when it is not one. */
export declare function typeNameOf(node: SyntaxNode): TypeName | undefined;
/** `A.B.C` for a named type without its type arguments, e.g. for messages and keys. */
export declare function dottedName(name: TypeName): string;
/** Parses a dotted name written in a table, such as `Microsoft.Rtc.Signaling.ConnectionContext`. */
export declare function parseDottedName(text: string): TypeName;
/** True for class, struct, interface, record and enum declarations. */
export declare function isTypeDeclaration(node: SyntaxNode): boolean;
/** The name scope at `node`: the namespaces, using directives, enclosing types and type parameters around it. */
export declare function nameScopeAt(node: SyntaxNode): NameScope;
/** The using directives directly inside a compilation unit or namespace body. */
export declare function readUsings(container: SyntaxNode, include?: (directive: SyntaxNode) => boolean): {
    usings: string[];
    aliases: Map<string, TypeName>;
    staticUsings: TypeName[];
};
/** True for `global using ...;`: it applies to every file of the project. */
export declare function isGlobalUsing(directive: SyntaxNode): boolean;
