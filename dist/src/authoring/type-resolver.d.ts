import { ProjectIndex, type DeclaredMember, type DeclaredType } from '../engine/project-index.js';
import type { SyntaxNode } from '../engine/languages/tree-sitter-core.js';
import type { TransformContext } from '../engine/transform.js';
import { type NameScope, type TypeName } from '../engine/type-names.js';
import type { KnownMember, KnownTypeTable } from './known-types.js';
/** A resolved type: its full name (`Ns.Outer.Inner`, no arity) and its type arguments where known. */
export interface ResolvedType {
    readonly fullName: string;
    readonly args: readonly (ResolvedType | undefined)[];
}
/** What a name or expression denotes: a value of a type (type unknown: `undefined`), a type, or a namespace. */
export type Meaning = {
    readonly kind: 'value';
    readonly type: ResolvedType | undefined;
} | {
    readonly kind: 'type';
    readonly type: ResolvedType;
} | {
    readonly kind: 'namespace';
    readonly name: string;
};
/** A member found on a type or one of its bases: the type that declares it, and the member's type. */
export interface FoundMember {
    readonly owner: ResolvedType;
    readonly kind: KnownMember['kind'] | DeclaredMember['kind'];
    readonly type: ResolvedType | undefined;
    /** True when the owner is a project type (declared in the code), false for a library type. */
    readonly declaredInProject: boolean;
}
/** Resolves types of expressions and type names in one file, with its project's declarations. */
export declare class TypeResolver {
    readonly root: SyntaxNode;
    readonly path: string;
    readonly known: KnownTypeTable;
    private readonly project;
    private readonly cache;
    private depth;
    constructor(root: SyntaxNode, path: string, project: ProjectIndex | undefined, known: KnownTypeTable);
    /** The project's declaration of a type (partial parts merged), or undefined. */
    declaredType(fullName: string): DeclaredType | undefined;
    /** The type written at a type node (`InstantMessagingFlow`, `A.B`, `global::X.Y`, `List<T>`). */
    resolveTypeNode(node: SyntaxNode): ResolvedType | undefined;
    /** The type an expression has, when the code proves it. */
    typeOf(expression: SyntaxNode): ResolvedType | undefined;
    /** What an expression denotes: a value, a type (`Foo.Bar` as a static receiver) or a namespace. */
    meaningOf(expression: SyntaxNode): Meaning | undefined;
    /** True when `type` is the type `fullName` or derives from it (through project or library bases). */
    isSameOrDerived(type: ResolvedType | undefined, fullName: string): boolean;
    /** The member named `name` that `type` has: the nearest declaration on it or its bases. */
    findMember(type: ResolvedType, name: string): FoundMember | undefined;
    /** The direct base types (and interfaces) of a type, where they resolve. */
    basesOf(type: ResolvedType): ResolvedType[];
    /** Resolves a written type name in a scope, following C# lookup; undefined when unproven or ambiguous. */
    resolveTypeName(name: TypeName, scope: NameScope): ResolvedType | undefined;
    private resolveNamespaceOrType;
    /** `left.part` where left is a namespace or a type. */
    private member;
    /** C# lookup of a simple name as a namespace or type: type parameters, nested types, then each namespace level. */
    private resolveSimpleName;
    private aliasTarget;
    /** An alias's target is written fully qualified (C# resolves it without the file's other usings). */
    private resolveAliasTarget;
    private resolveArgs;
    private typeExists;
    private namespaceExists;
    private knownMemberType;
    private computeMeaning;
    /** The method a callee expression names (`x.M`, `M`, `?.M`), found on its receiver's type. */
    calledMethod(callee: SyntaxNode): FoundMember | undefined;
    private memberValue;
    private isClass;
    /** The innermost type declaration around a node, as a type. */
    enclosingTypeAt(node: SyntaxNode): ResolvedType | undefined;
    /**
     * For a simple name used as a member of the enclosing type (`SyncRoot` inside a subclass), the
     * member it names; undefined when a local or parameter hides it or no type declares it.
     */
    implicitMember(identifier: SyntaxNode): FoundMember | undefined;
    /** Simple-name lookup in an expression: locals and parameters, then members, then types and namespaces. */
    private meaningOfIdentifier;
    /** A local, parameter or range variable named `name` that `scope` declares and `from` (its child) sees. */
    private localIn;
    /**
     * `x.SomeEvent += (sender, e) => ...`: an untyped second parameter has the event-arguments type
     * the library table gives the event.
     */
    private eventHandlerParameter;
    private parameterIn;
    private declaratorIn;
    /** A variable that a statement list declares: locals, and pattern or out variables outside nested scopes. */
    private declaredInStatements;
    private patternVariableIn;
}
/** A resolver for the file of a transform context, using the project index when the engine gives one. */
export declare function createTypeResolver(context: Pick<TransformContext, 'tree' | 'path'> & {
    readonly project?: ProjectIndex;
}, known: KnownTypeTable): TypeResolver;
