/**
 * A member of a library type. `type` is a full type name, or one of the owner's type parameters;
 * for an event, the type of its handler's event-arguments parameter.
 */
export interface KnownMember {
    readonly kind: 'property' | 'field' | 'method' | 'event' | 'enum-member';
    readonly type?: string;
}
/** A library type: its full name, base class, type parameters and the members that matter here. */
export interface KnownType {
    readonly fullName: string;
    readonly kind: 'class' | 'struct' | 'interface' | 'enum';
    readonly base?: string;
    readonly typeParameters?: readonly string[];
    readonly members?: Readonly<Record<string, KnownMember>>;
}
/** Looks up library types by full name, and knows which namespaces they live in. */
export declare class KnownTypeTable {
    private readonly byName;
    private readonly namespaces;
    constructor(types: readonly KnownType[]);
    type(fullName: string): KnownType | undefined;
    /** True for a namespace that holds (directly or further down) a listed type. */
    hasNamespace(name: string): boolean;
    get types(): readonly KnownType[];
}
