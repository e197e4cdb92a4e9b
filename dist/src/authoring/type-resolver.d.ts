import { ProjectIndex, type DeclaredMember, type DeclaredType } from '../engine/project-index.js';
import type { SyntaxNode } from '../engine/languages/tree-sitter-core.js';
import type { TransformContext } from '../engine/transform.js';
import { type NameScope, type TypeName } from '../engine/type-names.js';
import { type KnownMember, type KnownTypeTable } from './known-types.js';
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
    /** Found as a simple name through a `using static` directive. */
    readonly viaStaticImport?: boolean;
}
/** The signature of a delegate a lambda converts to: its parameter types, and whether it returns void. */
export interface DelegateShape {
    readonly parameters: readonly (ResolvedType | undefined)[];
    readonly returnsVoid: boolean;
    /** The return type, when it is not void and is known. */
    readonly returns?: ResolvedType;
}
type Substitution = ReadonlyMap<string, ResolvedType | undefined>;
/** Resolves types of expressions and type names in one file, with its project's declarations. */
export declare class TypeResolver {
    readonly root: SyntaxNode;
    readonly path: string;
    readonly known: KnownTypeTable;
    private readonly project;
    private readonly tables;
    private readonly cache;
    private readonly delegateCache;
    private readonly textCache;
    private depth;
    constructor(root: SyntaxNode, path: string, project: ProjectIndex | undefined, known: KnownTypeTable);
    /** The project's declaration of a type (partial parts merged), or undefined. */
    declaredType(fullName: string): DeclaredType | undefined;
    /** The type written at a type node (`InstantMessagingFlow`, `A.B`, `global::X.Y`, `List<T>`). */
    resolveTypeNode(node: SyntaxNode): ResolvedType | undefined;
    /** The type a value declared with the type written at `node` has (a type parameter has its constraint's members). */
    private valueTypeOfNode;
    /** The type an expression has, when the code proves it. */
    typeOf(expression: SyntaxNode): ResolvedType | undefined;
    /** What an expression denotes: a value, a type (`Foo.Bar` as a static receiver) or a namespace. */
    meaningOf(expression: SyntaxNode): Meaning | undefined;
    private guarded;
    /** True when `type` is the type `fullName` or derives from it (through project or library bases). */
    isSameOrDerived(type: ResolvedType | undefined, fullName: string): boolean;
    /** The member named `name` that `type` has: the nearest declaration on it or its bases. */
    findMember(type: ResolvedType, name: string): FoundMember | undefined;
    private foundMemberOf;
    private findMemberSource;
    /** The direct base types (and interfaces) of a type, where they resolve, with its type arguments substituted. */
    basesOf(type: ResolvedType): ResolvedType[];
    /** A library type from the tables: the transform's table, then the base library's (`Task\`1` before `Task`). */
    private knownType;
    /** A type text of the tables (see `parseTypeText`), resolved with the given type arguments. */
    resolveText(text: string, substitution?: Substitution): ResolvedType | undefined;
    private resolveParsedText;
    /** The full name (no arity) a name written in a table stands for: a dotted full name, or a simple name listed once. */
    private tableFullName;
    private knownSubstitution;
    private memberSubstitution;
    /** Resolves a written type name in a scope, following C# lookup; undefined when unproven or ambiguous. */
    resolveTypeName(name: TypeName, scope: NameScope, substitution?: Substitution, asValue?: boolean): ResolvedType | undefined;
    private resolveNamespaceOrType;
    /** `left.part` where left is a namespace or a type. */
    private member;
    /** C# lookup of a simple name as a namespace or type: type parameters, nested types, then each namespace level. */
    private resolveSimpleName;
    /** The scope's namespace levels, the global one with the project's `global using` directives added. */
    private levelsOf;
    private aliasTarget;
    /** An alias's target is written fully qualified (C# resolves it without the file's other usings). */
    private resolveAliasTarget;
    private resolveNamespaceOrTypeBare;
    private resolveBareSimpleName;
    private resolveArgs;
    private typeExists;
    private namespaceExists;
    private computeMeaning;
    /** The type of every one of `nodes` when they all have the same one (null literals aside). */
    private commonType;
    /** The element type `foreach` gives for a collection of this type: an array's, or its one IEnumerable<T>'s. */
    elementTypeOf(type: ResolvedType | undefined): ResolvedType | undefined;
    /** The type `x[...]` has for a receiver of this type and that many indices. */
    private indexerType;
    /** The value of calling `callee(...)`. */
    private invocationValue;
    /** The method a callee expression names (`x.M`, `M`, `?.M`, `x.M<T>`), found on its receiver's type or as an extension method. */
    calledMethod(callee: SyntaxNode): FoundMember | undefined;
    /** Where the method a callee names is declared: a member of the receiver's type (or `this`'s), a using-static type, or project extension methods. */
    private calledSource;
    private explicitTypeArgs;
    /**
     * The project's extension methods named `name` that apply to a receiver of `type` at `at`: in a
     * static class of a namespace in scope, whose `this` parameter the receiver converts to.
     * Undefined when any candidate's applicability cannot be decided (a generic `this` parameter).
     */
    private extensionMethods;
    /** False only when a receiver of `from` certainly cannot be passed as a `to` (two unrelated classes). */
    private mayConvert;
    /** A static member named `name` of a type that a `using static` directive in scope imports. */
    private staticImport;
    private memberValue;
    private isClass;
    /** The innermost type declaration around a node, as a type. */
    enclosingTypeAt(node: SyntaxNode): ResolvedType | undefined;
    /**
     * For a simple name used as a member of the enclosing type (`SyncRoot` inside a subclass) or of a
     * type imported with `using static`, the member it names; undefined when a local or parameter
     * hides it or no type declares it.
     */
    implicitMember(identifier: SyntaxNode): FoundMember | undefined;
    /** Simple-name lookup in an expression: locals and parameters, then members, then types and namespaces, then `using static` members. */
    private meaningOfIdentifier;
    /** A local, parameter or range variable named `name` that `scope` declares and `from` (its child) sees. */
    private localIn;
    private parameterIn;
    private declaratorIn;
    /** A variable that a statement list declares: locals, and pattern or out variables outside nested scopes. */
    private declaredInStatements;
    private patternVariableIn;
    /** `M(..., out var x)`: the type of the out parameter at that position, when every candidate overload agrees. */
    private outVariableType;
    /** The parameter lists of the overloads a call may bind to, with that many arguments; undefined when unknown. */
    private candidateSignatures;
    /** The overloads' signatures of a method, indexer or delegate member; undefined when the table does not give them. */
    private signaturesOf;
    private declaredSignature;
    /**
     * The delegates a lambda or anonymous method may convert to where it stands: the parameter of
     * the method it is passed to (every overload that can take it), the handler of the event it is
     * added to, the declared type of the variable, field or property it is assigned to, a cast, or
     * `new D(...)`. Undefined when that is not known.
     */
    delegateTargetsOf(lambda: SyntaxNode): readonly DelegateShape[] | undefined;
    /** True when the lambda converts only to delegates that return void, so the value of an expression body is discarded. */
    lambdaResultIsDiscarded(lambda: SyntaxNode): boolean;
    private applicableShapes;
    private lambdaParameterType;
    private computeDelegateTargets;
    /** `x.SomeEvent += ...`: the handler delegate of the event (EventHandler<TArgs> for the library table's events). */
    private eventHandlerType;
    /** The parameters and return of a delegate type (library or project); undefined for any other type. */
    delegateShape(type: ResolvedType | undefined): DelegateShape | undefined;
    /** True when the type is known well enough to say it is not a delegate. */
    private knowsKind;
    /**
     * `source.Op(...)` for a LINQ operator of the table, where C# binds it to System.Linq.Enumerable:
     * System.Linq is imported, the source's type has no member of that name, the project declares no
     * extension method of that name, and the source's element type is known.
     */
    private linqCall;
    private importsLinq;
    private linqLambdaTargets;
    private linqResult;
    /** A range variable of a query expression (`from c in calls`, `let`, `join`) that `from` sees. */
    private rangeVariable;
    /** `from x in s ... select e`: the type of e, when the query ends in a select and its first source types. */
    private queryResultElement;
    /**
     * For a local declared `dynamic` in a method, the proven types of every value assigned to it in
     * that method (its initialiser and each `=`); undefined when there is none, one is unproven, or
     * the local may be written otherwise (`ref`/`out`, compound assignment, a shadowing declaration).
     */
    dynamicLocalValues(identifier: SyntaxNode): ResolvedType[] | undefined;
    /** The declarator of the local `dynamic` variable an identifier names, when it is one. */
    private dynamicDeclarator;
}
/** A resolver for the file of a transform context, using the project index when the engine gives one. */
export declare function createTypeResolver(context: Pick<TransformContext, 'tree' | 'path'> & {
    readonly project?: ProjectIndex;
}, known: KnownTypeTable): TypeResolver;
export {};
