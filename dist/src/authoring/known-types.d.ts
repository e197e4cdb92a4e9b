/**
 * A member of a library type. `type` is a type text (see `parseTypeText`): a full type name, the
 * simple name of a listed type, one of the owner's or the method's type parameters, a generic
 * `Collection<KeyValuePair<ParticipantEndpoint, TProperties>>` or an array `T[]`. For a method it is
 * the return type; for an event, the type of its handler's event-arguments parameter (the handler is
 * `EventHandler<type>` unless `handler` names another delegate); for an indexer, the element type.
 */
export interface KnownMember {
    readonly kind: 'property' | 'field' | 'method' | 'event' | 'enum-member' | 'indexer';
    readonly type?: string;
    /**
     * Methods and indexers: the parameter lists of the public overloads, each parameter a type text,
     * `out `, `ref ` or `params ` in front where the parameter has that modifier. Absent: not known
     * (no lambda argument or `out var` is typed through the member).
     */
    readonly overloads?: ReadonlyArray<readonly string[]>;
    /** A generic method's own type parameters (`RegisterForIncomingCall<TCall>`). */
    readonly typeParameters?: readonly string[];
    /** Events whose handler is not `EventHandler<type>`: the handler's delegate type text. */
    readonly handler?: string;
}
/** A library type: its full name, base class, interfaces, type parameters and the members that matter here. */
export interface KnownType {
    readonly fullName: string;
    readonly kind: 'class' | 'struct' | 'interface' | 'enum' | 'delegate';
    /** The base class, as a type text (it may use the type's own type parameters). */
    readonly base?: string;
    /** Implemented interfaces that matter (`IEnumerable<T>` for collections), as type texts. */
    readonly interfaces?: readonly string[];
    readonly typeParameters?: readonly string[];
    readonly members?: Readonly<Record<string, KnownMember>>;
    /** A delegate's signature: its parameter type texts and its return type text (absent: void). */
    readonly invoke?: {
        readonly parameters: readonly string[];
        readonly returns?: string;
    };
}
/** Looks up library types by full name, and knows which namespaces they live in. */
export declare class KnownTypeTable {
    private readonly byName;
    private readonly bySimple;
    private readonly namespaces;
    constructor(types: readonly KnownType[]);
    type(fullName: string): KnownType | undefined;
    /** The full name of the one listed type with this simple name; null when several have it. */
    fullNameOf(simpleName: string): string | null | undefined;
    /** True for a namespace that holds (directly or further down) a listed type. */
    hasNamespace(name: string): boolean;
    get types(): readonly KnownType[];
}
/** A parsed type text: a (generic) name, or an array of an element type. */
export type TypeText = {
    readonly name: string;
    readonly args: readonly TypeText[];
} | {
    readonly array: TypeText;
    readonly rank: number;
};
/** Parses a type text of the table (`A.B<C, D<E>>`, `T[]`); throws on a malformed one. */
export declare function parseTypeText(text: string): TypeText;
/** A parameter text of an overload (`out T`, `params T[]`): its modifier and its type text. */
export declare function parseParameterText(text: string): {
    readonly modifier?: 'out' | 'ref' | 'params';
    readonly type: string;
};
