// C# type names as data, and the name scope (namespaces, usings, aliases, enclosing types) that a
// name is looked up in. Both are plain values, so declarations of other files can be resolved
// without their trees.
import type { SyntaxNode } from './languages/tree-sitter-core.js';
import { memoPerNode } from './languages/tree-memo.js';

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
export type TypeName =
  | { readonly kind: 'named'; readonly alias?: string; readonly parts: readonly TypeNamePart[] }
  | { readonly kind: 'array'; readonly element: TypeName; readonly rank: number }
  | { readonly kind: 'other'; readonly text: string };

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
export function typeNameOf(node: SyntaxNode): TypeName | undefined {
  switch (node.type) {
    case 'identifier':
      return { kind: 'named', parts: [{ name: node.text, args: [] }] };
    case 'generic_name': {
      const name = node.namedChildren.find((c) => c.type === 'identifier');
      const list = node.namedChildren.find((c) => c.type === 'type_argument_list');
      if (!name) return undefined;
      const args = (list?.namedChildren ?? []).filter((c) => c.type !== 'comment').map((c) => typeNameOf(c) ?? other(c));
      return { kind: 'named', parts: [{ name: name.text, args }] };
    }
    case 'qualified_name': {
      const qualifier = node.childForFieldName('qualifier');
      const name = node.childForFieldName('name');
      if (!qualifier || !name) return undefined;
      const left = typeNameOf(qualifier);
      const right = typeNameOf(name);
      if (left?.kind !== 'named' || right?.kind !== 'named') return undefined;
      return { ...left, parts: [...left.parts, ...right.parts] };
    }
    case 'alias_qualified_name': {
      const alias = node.childForFieldName('alias');
      const name = node.childForFieldName('name');
      if (!alias || !name) return undefined;
      const right = typeNameOf(name);
      if (right?.kind !== 'named') return undefined;
      return { kind: 'named', alias: alias.text, parts: right.parts };
    }
    case 'nullable_type': {
      // `T?` on a reference type is the same class.
      const inner = node.childForFieldName('type') ?? node.namedChildren[0];
      return inner ? typeNameOf(inner) : undefined;
    }
    case 'array_type': {
      const element = node.childForFieldName('type');
      const rank = node.childForFieldName('rank');
      const elementName = element ? typeNameOf(element) : undefined;
      if (!elementName) return other(node);
      return { kind: 'array', element: elementName, rank: rank ? rank.text.split(',').length : 1 };
    }
    case 'predefined_type':
    case 'tuple_type':
    case 'pointer_type':
    case 'function_pointer_type':
    case 'ref_type':
      return other(node);
    default:
      return undefined;
  }
}

function other(node: SyntaxNode): TypeName {
  return { kind: 'other', text: node.text };
}

/** `A.B.C` for a named type without its type arguments, e.g. for messages and keys. */
export function dottedName(name: TypeName): string {
  if (name.kind === 'other') return name.text;
  if (name.kind === 'array') return `${dottedName(name.element)}[${','.repeat(name.rank - 1)}]`;
  const body = name.parts.map((p) => p.name).join('.');
  return name.alias ? `${name.alias}::${body}` : body;
}

/** Parses a dotted name written in a table, such as `Microsoft.Rtc.Signaling.ConnectionContext`. */
export function parseDottedName(text: string): TypeName {
  return { kind: 'named', parts: text.split('.').map((name) => ({ name, args: [] })) };
}

const NAMESPACE_TYPES = new Set(['namespace_declaration', 'file_scoped_namespace_declaration']);
const TYPE_DECLARATIONS = new Set([
  'class_declaration',
  'struct_declaration',
  'interface_declaration',
  'record_declaration',
  'record_struct_declaration',
  'enum_declaration',
]);
const METHOD_LIKE = new Set(['method_declaration', 'local_function_statement', 'delegate_declaration']);

/** True for class, struct, interface, record and enum declarations. */
export function isTypeDeclaration(node: SyntaxNode): boolean {
  return TYPE_DECLARATIONS.has(node.type);
}

/** The name scope at `node`: the namespaces, using directives, enclosing types and type parameters around it. */
export function nameScopeAt(node: SyntaxNode): NameScope {
  // Only types, methods and namespaces add to a scope: a node has its nearest one's scope, read once
  // per tree (resolving every `new X()` of a big method climbed to the root each time). Directly
  // under the compilation unit, where a file-scoped namespace splits it, the node's place decides.
  let owner: SyntaxNode | null = node;
  while (owner && !isTypeDeclaration(owner) && !METHOD_LIKE.has(owner.type) && !NAMESPACE_TYPES.has(owner.type)) owner = owner.parent;
  return owner ? ownerNameScope(owner) : readNameScope(node);
}

const ownerNameScope = memoPerNode(readNameScope);

function readNameScope(node: SyntaxNode): NameScope {
  const namespaceDeclarations: Array<{ parts: readonly string[] } & Usings> = [];
  const typeChain: string[] = [];
  const typeParameters: string[] = [];
  const constraints: Record<string, TypeName> = {};
  let global: ScopeLevel = { namespace: '', usings: [], aliases: new Map() };
  for (let current: SyntaxNode | null = node; current; current = current.parent) {
    if (isTypeDeclaration(current) || METHOD_LIKE.has(current.type)) {
      for (const list of current.namedChildren.filter((c) => c.type === 'type_parameter_list')) {
        for (const parameter of list.namedChildren) {
          const name = parameter.childForFieldName('name') ?? parameter.namedChildren.find((c) => c.type === 'identifier');
          if (name) typeParameters.push(name.text);
        }
      }
      readConstraints(current, constraints);
    }
    if (isTypeDeclaration(current)) {
      const name = current.childForFieldName('name')?.text;
      if (name) typeChain.push(name);
    }
    if (current.type === 'compilation_unit') {
      const unit = compilationUnitScope(current);
      const fileScoped = unit.fileScoped;
      if (fileScoped && node.startIndex >= fileScoped.end && namespaceDeclarations.length === 0) {
        namespaceDeclarations.push({ parts: fileScoped.parts, ...fileScoped.inside });
        global = { namespace: '', ...fileScoped.before };
      } else {
        global = { namespace: '', ...unit.all };
      }
    } else if (NAMESPACE_TYPES.has(current.type)) {
      namespaceDeclarations.push(namespaceScope(current));
    }
  }
  // `namespace X { namespace A.B { } }` gives the levels X.A.B (with its directives), X.A, X (with
  // its directives), then the global namespace.
  const levels: ScopeLevel[] = [];
  let outer: string[] = [];
  const outsideIn: ScopeLevel[][] = [];
  for (const declaration of [...namespaceDeclarations].reverse()) {
    const own: ScopeLevel[] = [];
    for (let length = 1; length <= declaration.parts.length; length++) {
      const name = [...outer, ...declaration.parts.slice(0, length)].join('.');
      const last = length === declaration.parts.length;
      own.push({
        namespace: name,
        usings: last ? declaration.usings : [],
        aliases: last ? declaration.aliases : new Map(),
        staticUsings: last ? declaration.staticUsings : [],
      });
    }
    outsideIn.push(own);
    outer = [...outer, ...declaration.parts];
  }
  for (const own of outsideIn.reverse()) levels.push(...own.reverse());
  levels.push(global);
  const namespace = outer.join('.');
  const enclosingTypes: string[] = [];
  // typeChain is innermost first: the innermost type's full name is namespace.Outer.Inner.
  for (let index = 0; index < typeChain.length; index++) {
    const outerFirst = typeChain.slice(index).reverse();
    enclosingTypes.push([namespace, ...outerFirst].filter((s) => s !== '').join('.'));
  }
  return { levels, enclosingTypes, typeParameters, ...(Object.keys(constraints).length > 0 ? { constraints } : {}) };
}

/** `where T : X` clauses of a declaration: the one type constraint of each parameter that has exactly one (inner declarations win). */
function readConstraints(declaration: SyntaxNode, into: Record<string, TypeName>): void {
  for (const clause of declaration.namedChildren) {
    if (clause.type !== 'type_parameter_constraints_clause') continue;
    const parameter = clause.namedChildren.find((c) => c.type === 'identifier')?.text;
    if (parameter === undefined || parameter in into) continue;
    const types = clause.namedChildren
      .filter((c) => c.type === 'type_parameter_constraint')
      .map((c) => c.childForFieldName('type'))
      .filter((t): t is SyntaxNode => t !== null);
    const name = types.length === 1 ? typeNameOf(types[0]!) : undefined;
    if (name?.kind === 'named') into[parameter] = name;
  }
}

type Usings = {
  readonly usings: readonly string[];
  readonly aliases: ReadonlyMap<string, TypeName>;
  readonly staticUsings: readonly TypeName[];
};
type NamespaceScope = Usings & { readonly parts: readonly string[] };
interface CompilationUnitScope {
  readonly all: Usings;
  /** `namespace A.B;`: its extent, name, and the directives before and after it. */
  readonly fileScoped?: { readonly end: number; readonly parts: readonly string[]; readonly before: Usings; readonly inside: Usings };
}

// What a compilation unit or namespace contributes to a scope, read once per tree: reading it for
// every declaration walks all the children of the unit or namespace again, which makes a file with
// thousands of declarations quadratic.
const compilationUnitScope = memoPerNode((unit): CompilationUnitScope => {
  // `namespace A.B;` is a sibling of the declarations it holds (tree-sitter-c-sharp 0.23): the
  // usings before it are global, those after it belong to the namespace.
  const fileScoped = unit.namedChildren.find((c) => c.type === 'file_scoped_namespace_declaration');
  if (!fileScoped) return { all: readUsings(unit) };
  const written = fileScoped.childForFieldName('name');
  const name = written ? typeNameOf(written) : undefined;
  return {
    all: readUsings(unit),
    fileScoped: {
      end: fileScoped.endIndex,
      parts: name?.kind === 'named' ? name.parts.map((p) => p.name) : [],
      before: readUsings(unit, (c) => c.endIndex <= fileScoped.startIndex),
      inside: readUsings(unit, (c) => c.startIndex >= fileScoped.endIndex),
    },
  };
});

const namespaceScope = memoPerNode((declaration): NamespaceScope => {
  const container = declaration.type === 'namespace_declaration' ? declaration.childForFieldName('body') : declaration;
  const nameNode = declaration.childForFieldName('name');
  const written = nameNode ? typeNameOf(nameNode) : undefined;
  const parts = written?.kind === 'named' ? written.parts.map((p) => p.name) : [];
  return { parts, ...(container ? readUsings(container) : { usings: [], aliases: new Map(), staticUsings: [] }) };
});

/** The using directives directly inside a compilation unit or namespace body. */
export function readUsings(
  container: SyntaxNode,
  include: (directive: SyntaxNode) => boolean = () => true,
): { usings: string[]; aliases: Map<string, TypeName>; staticUsings: TypeName[] } {
  const usings: string[] = [];
  const aliases = new Map<string, TypeName>();
  const staticUsings: TypeName[] = [];
  for (const child of container.namedChildren) {
    if (child.type !== 'using_directive' || !include(child)) continue;
    const target = child.namedChildren.filter((c) => c.type !== 'comment' && !isAliasNameNode(child, c)).at(-1);
    const targetName = target ? typeNameOf(target) : undefined;
    if (child.children.some((token) => token.type === 'static')) {
      if (targetName?.kind === 'named') staticUsings.push(targetName);
      continue;
    }
    const alias = child.childForFieldName('name');
    if (alias) {
      if (targetName) aliases.set(alias.text, targetName);
    } else if (targetName?.kind === 'named') {
      usings.push(dottedName({ kind: 'named', parts: targetName.parts }));
    }
  }
  // A namespace used twice (a warning in C#) is looked in once: every simple name is looked up in
  // each using, and a file with thousands of repeated directives made that quadratic.
  return { usings: [...new Set(usings)], aliases, staticUsings };
}

/** True for `global using ...;`: it applies to every file of the project. */
export function isGlobalUsing(directive: SyntaxNode): boolean {
  return directive.type === 'using_directive' && directive.children.some((token) => token.type === 'global');
}

function isAliasNameNode(directive: SyntaxNode, node: SyntaxNode): boolean {
  const alias = directive.childForFieldName('name');
  return alias !== null && alias.id === node.id;
}
