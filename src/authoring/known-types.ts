// A table of library types the code does not declare (e.g. UCMA's): their bases and the members
// whose types matter, so the type resolver can follow `call.Flow.X` through them.

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
  readonly invoke?: { readonly parameters: readonly string[]; readonly returns?: string };
}

/** Looks up library types by full name, and knows which namespaces they live in. */
export class KnownTypeTable {
  private readonly byName = new Map<string, KnownType>();
  private readonly bySimple = new Map<string, string | null>();
  private readonly namespaces = new Set<string>();

  constructor(types: readonly KnownType[]) {
    for (const type of types) {
      if (this.byName.has(type.fullName)) throw new Error(`known type ${type.fullName} is listed twice`);
      this.byName.set(type.fullName, type);
      const simple = type.fullName.slice(type.fullName.lastIndexOf('.') + 1);
      this.bySimple.set(simple, this.bySimple.has(simple) ? null : type.fullName);
      const parts = type.fullName.split('.');
      for (let length = 1; length < parts.length; length++) this.namespaces.add(parts.slice(0, length).join('.'));
    }
  }

  type(fullName: string): KnownType | undefined {
    return this.byName.get(fullName);
  }

  /** The full name of the one listed type with this simple name; null when several have it. */
  fullNameOf(simpleName: string): string | null | undefined {
    return this.bySimple.get(simpleName);
  }

  /** True for a namespace that holds (directly or further down) a listed type. */
  hasNamespace(name: string): boolean {
    return this.namespaces.has(name);
  }

  get types(): readonly KnownType[] {
    return [...this.byName.values()];
  }
}

/** A parsed type text: a (generic) name, or an array of an element type. */
export type TypeText = { readonly name: string; readonly args: readonly TypeText[] } | { readonly array: TypeText; readonly rank: number };

/** Parses a type text of the table (`A.B<C, D<E>>`, `T[]`); throws on a malformed one. */
export function parseTypeText(text: string): TypeText {
  let at = 0;
  const skip = () => {
    while (text[at] === ' ') at++;
  };
  const parse = (): TypeText => {
    skip();
    const start = at;
    while (at < text.length && /[\w.]/.test(text[at]!)) at++;
    const name = text.slice(start, at);
    if (name === '') throw new Error(`malformed type text: ${text}`);
    const args: TypeText[] = [];
    skip();
    if (text[at] === '<') {
      at++;
      for (;;) {
        args.push(parse());
        skip();
        if (text[at] === ',') at++;
        else if (text[at] === '>') {
          at++;
          break;
        } else throw new Error(`malformed type text: ${text}`);
      }
    }
    let result: TypeText = { name, args };
    skip();
    while (text[at] === '[') {
      let rank = 1;
      at++;
      while (text[at] === ',') {
        rank++;
        at++;
      }
      if (text[at] !== ']') throw new Error(`malformed type text: ${text}`);
      at++;
      result = { array: result, rank };
      skip();
    }
    return result;
  };
  const parsed = parse();
  skip();
  if (at !== text.length) throw new Error(`malformed type text: ${text}`);
  return parsed;
}

/** A parameter text of an overload (`out T`, `params T[]`): its modifier and its type text. */
export function parseParameterText(text: string): { readonly modifier?: 'out' | 'ref' | 'params'; readonly type: string } {
  const match = /^(out|ref|params) (.*)$/.exec(text.trim());
  return match ? { modifier: match[1] as 'out' | 'ref' | 'params', type: match[2]! } : { type: text.trim() };
}
