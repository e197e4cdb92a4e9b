// The declarations of a project's files (types, their members with declared types, base types),
// read from syntax trees once and shared read-only by every file of the project.
import { declarationSkeleton } from './declaration-skeleton.js';
import { parseCSharp, type SyntaxNode, type SyntaxTree } from './parse-csharp.js';
import { isTypeDeclaration, nameScopeAt, typeNameOf, type NameScope, type TypeName } from './type-names.js';

export type DeclaredMemberKind = 'field' | 'property' | 'method' | 'event' | 'enum-member' | 'constructor';

/** A member as declared: its type (for a method, its return type) and where that type is looked up. */
export interface DeclaredMember {
  readonly name: string;
  readonly kind: DeclaredMemberKind;
  readonly type?: TypeName;
  readonly scope: NameScope;
  readonly path: string;
}

/** A written base type with the scope it is looked up in. */
export interface DeclaredBase {
  readonly type: TypeName;
  readonly scope: NameScope;
}

/** A type declared in the project (partial declarations merged). */
export interface DeclaredType {
  readonly fullName: string;
  readonly name: string;
  readonly kind: 'class' | 'struct' | 'interface' | 'record' | 'enum';
  readonly typeParameters: readonly string[];
  readonly bases: readonly DeclaredBase[];
  readonly members: ReadonlyMap<string, readonly DeclaredMember[]>;
  readonly paths: readonly string[];
}

/** The declarations of one file, before merging. */
export interface FileDeclarations {
  readonly path: string;
  readonly types: readonly DeclaredType[];
  readonly namespaces: readonly string[];
}

/** Read-only facts about the declarations of every file of one project. */
export class ProjectIndex {
  private readonly typesByName = new Map<string, DeclaredType>();
  private readonly namespaceNames = new Set<string>();
  private readonly filePaths = new Set<string>();

  /**
   * Merges the declarations of the files (partial types become one). `files` is kept as given:
   * it is plain data, so a worker thread can build the same index from it.
   */
  constructor(
    readonly files: readonly FileDeclarations[],
    readonly root = '',
  ) {
    // Partial declarations are gathered first and merged once per type: merging them pairwise
    // copied the lists every time, quadratic in the number of parts (20,000 copies of one class in
    // one project never finished).
    const parts = new Map<string, DeclaredType[]>();
    for (const file of files) {
      this.filePaths.add(file.path);
      for (const namespace of file.namespaces) this.namespaceNames.add(namespace);
      for (const type of file.types) {
        const known = parts.get(type.fullName);
        if (known) known.push(type);
        else parts.set(type.fullName, [type]);
      }
    }
    for (const [fullName, declared] of parts) this.typesByName.set(fullName, declared.length === 1 ? declared[0]! : mergeTypes(declared));
  }

  /** The project type with this full name (`Ns.Outer.Inner`), or undefined. */
  type(fullName: string): DeclaredType | undefined {
    return this.typesByName.get(fullName);
  }

  /** True when some file of the project declares this namespace (or a namespace inside it). */
  hasNamespace(name: string): boolean {
    return this.namespaceNames.has(name);
  }

  /** True when the file was indexed. */
  hasFile(path: string): boolean {
    return this.filePaths.has(path);
  }

  /** Every declared type, for tools and tests. */
  get types(): readonly DeclaredType[] {
    return [...this.typesByName.values()];
  }
}

/** One type from its partial declarations, in file order: the first one's name and kind, everyone's bases, members and paths. */
function mergeTypes(declared: readonly DeclaredType[]): DeclaredType {
  const members = new Map<string, DeclaredMember[]>();
  for (const part of declared) {
    for (const [name, list] of part.members) {
      const known = members.get(name);
      if (known) known.push(...list);
      else members.set(name, [...list]);
    }
  }
  return {
    ...declared[0]!,
    bases: declared.flatMap((part) => part.bases),
    members,
    paths: declared.flatMap((part) => part.paths),
  };
}

const KIND_OF: Record<string, DeclaredType['kind']> = {
  class_declaration: 'class',
  struct_declaration: 'struct',
  interface_declaration: 'interface',
  record_declaration: 'record',
  record_struct_declaration: 'record',
  enum_declaration: 'enum',
};

/**
 * The declarations of one file's text, read from its skeleton (member bodies blanked: a fraction
 * of the parsing work), or from the whole text when the skeleton cannot be made or does not parse
 * cleanly.
 */
export function readDeclarations(path: string, text: string): FileDeclarations {
  const skeleton = declarationSkeleton(text);
  if (skeleton !== undefined) {
    const tree = parseCSharp(skeleton);
    if (!tree.rootNode.hasError) return collectDeclarations(path, tree);
  }
  return collectDeclarations(path, parseCSharp(text));
}

/** The types and namespaces declared in one parsed file. */
export function collectDeclarations(path: string, tree: SyntaxTree): FileDeclarations {
  const types: DeclaredType[] = [];
  const namespaces = new Set<string>();
  const visit = (node: SyntaxNode): void => {
    if (isTypeDeclaration(node)) types.push(readType(path, node));
    if (node.type === 'namespace_declaration') {
      const levels = nameScopeAt(node.childForFieldName('name') ?? node).levels;
      for (const level of levels) if (level.namespace !== '') namespaces.add(level.namespace);
    }
    if (node.type === 'file_scoped_namespace_declaration') {
      const written = node.childForFieldName('name');
      const name = written ? typeNameOf(written) : undefined;
      const parts = name?.kind === 'named' ? name.parts.map((p) => p.name) : [];
      for (let length = 1; length <= parts.length; length++) namespaces.add(parts.slice(0, length).join('.'));
    }
    for (const child of node.namedChildren) {
      if (DESCEND.has(child.type) || isTypeDeclaration(child)) visit(child);
    }
  };
  visit(tree.rootNode);
  return { path, types, namespaces: [...namespaces] };
}

// Types and namespaces sit only in these; method bodies are never walked.
const DESCEND = new Set(['compilation_unit', 'namespace_declaration', 'file_scoped_namespace_declaration', 'declaration_list', 'ERROR']);

function readType(path: string, node: SyntaxNode): DeclaredType {
  const body = node.childForFieldName('body');
  const inside = body ?? node;
  const scope = nameScopeAt(inside);
  const fullName = scope.enclosingTypes[0] ?? node.childForFieldName('name')?.text ?? '';
  const members = new Map<string, DeclaredMember[]>();
  const add = (name: string | undefined, kind: DeclaredMemberKind, type: TypeName | undefined, at: SyntaxNode) => {
    if (!name) return;
    // A generic method's own type parameters hide outer types in its return type.
    const own = at.type === 'method_declaration' && at.namedChildren.some((c) => c.type === 'type_parameter_list');
    const member: DeclaredMember = { name, kind, scope: own ? nameScopeAt(at) : scope, path, ...(type ? { type } : {}) };
    members.set(name, [...(members.get(name) ?? []), member]);
  };
  for (const child of body?.namedChildren ?? []) {
    const typeNode = child.childForFieldName('type');
    switch (child.type) {
      case 'field_declaration':
      case 'event_field_declaration': {
        const declaration = child.namedChildren.find((c) => c.type === 'variable_declaration');
        const declared = declaration?.childForFieldName('type');
        for (const declarator of declaration?.namedChildren.filter((c) => c.type === 'variable_declarator') ?? []) {
          add(
            declarator.childForFieldName('name')?.text,
            child.type === 'field_declaration' ? 'field' : 'event',
            declared ? typeNameOf(declared) : undefined,
            declarator,
          );
        }
        break;
      }
      case 'property_declaration':
        add(child.childForFieldName('name')?.text, 'property', typeNode ? typeNameOf(typeNode) : undefined, child);
        break;
      case 'event_declaration':
        add(child.childForFieldName('name')?.text, 'event', typeNode ? typeNameOf(typeNode) : undefined, child);
        break;
      case 'method_declaration': {
        const returns = child.childForFieldName('returns') ?? child.childForFieldName('type');
        add(child.childForFieldName('name')?.text, 'method', returns ? typeNameOf(returns) : undefined, child);
        break;
      }
      case 'constructor_declaration':
        add(child.childForFieldName('name')?.text, 'constructor', undefined, child);
        break;
      case 'enum_member_declaration':
        add(child.childForFieldName('name')?.text, 'enum-member', undefined, child);
        break;
      default:
        break;
    }
  }
  const bases: DeclaredBase[] = [];
  const baseList = node.namedChildren.find((c) => c.type === 'base_list');
  for (const base of baseList?.namedChildren ?? []) {
    // `record R(int X) : Base(X)` writes a primary-constructor base as a call.
    const typeNode = base.type === 'primary_constructor_base_type' ? base.namedChildren[0] : base;
    const type = typeNode ? typeNameOf(typeNode) : undefined;
    if (type) bases.push({ type, scope: nameScopeAt(node) });
  }
  return {
    fullName,
    name: node.childForFieldName('name')?.text ?? '',
    kind: KIND_OF[node.type] ?? 'class',
    typeParameters: scope.typeParameters.slice(0, countOwnTypeParameters(node)),
    bases,
    members,
    paths: [path],
  };
}

function countOwnTypeParameters(node: SyntaxNode): number {
  const list = node.namedChildren.find((c) => c.type === 'type_parameter_list');
  return list ? list.namedChildren.filter((c) => c.type === 'type_parameter').length : 0;
}
