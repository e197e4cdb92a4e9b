// A table of library types the code does not declare (e.g. UCMA's): their bases and the members
// whose types matter, so the type resolver can follow `call.Flow.X` through them.

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
export class KnownTypeTable {
  private readonly byName = new Map<string, KnownType>();
  private readonly namespaces = new Set<string>();

  constructor(types: readonly KnownType[]) {
    for (const type of types) {
      if (this.byName.has(type.fullName)) throw new Error(`known type ${type.fullName} is listed twice`);
      this.byName.set(type.fullName, type);
      const parts = type.fullName.split('.');
      for (let length = 1; length < parts.length; length++) this.namespaces.add(parts.slice(0, length).join('.'));
    }
  }

  type(fullName: string): KnownType | undefined {
    return this.byName.get(fullName);
  }

  /** True for a namespace that holds (directly or further down) a listed type. */
  hasNamespace(name: string): boolean {
    return this.namespaces.has(name);
  }

  get types(): readonly KnownType[] {
    return [...this.byName.values()];
  }
}
