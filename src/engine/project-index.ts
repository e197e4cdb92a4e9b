// The declarations of a project's files (types, their members with declared types, base types),
// read from syntax trees once and shared read-only by every file of the project.
import { declarationSkeleton } from './languages/csharp/declaration-skeleton.js';
import { plusAssignedNames } from './lexical-facts.js';
import { parseCSharp } from './languages/csharp/parse.js';
import type { SyntaxNode, SyntaxTree } from './languages/tree-sitter-core.js';
import { isTypeDeclaration, nameScopeAt, typeNameOf, type NameScope, type TypeName } from './type-names.js';

/** A project file (*.csproj, App.config, *.exe.config) as text. */
export interface ProjectFileText {
  /** Relative to the working directory, with forward slashes. */
  readonly path: string;
  readonly text: string;
}

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
  /**
   * The names written left of `+=` anywhere in the file's code, member bodies included (event
   * subscriptions such as `ProvisioningFailed`); see lexical-facts. Absent when not read.
   */
  readonly plusAssigned?: readonly string[];
}

/** Read-only facts about the declarations of every file of one project. */
export class ProjectIndex {
  private readonly typesByName = new Map<string, DeclaredType>();
  private readonly namespaceNames = new Set<string>();
  private readonly filePaths = new Set<string>();
  private readonly plusAssignedNames = new Set<string>();

  /**
   * Merges the declarations of the files (partial types become one). `files` is kept as given:
   * it is plain data, so a worker thread can build the same index from it, and so are
   * `projectFiles`: the texts of the project's own *.csproj, App.config and *.exe.config (in the
   * project's folder), for facts such as its output type or its appSettings.
   */
  constructor(
    readonly files: readonly FileDeclarations[],
    readonly root = '',
    readonly projectFiles: readonly ProjectFileText[] = [],
  ) {
    for (const file of files) {
      this.filePaths.add(file.path);
      for (const name of file.plusAssigned ?? []) this.plusAssignedNames.add(name);
      for (const namespace of file.namespaces) this.namespaceNames.add(namespace);
      for (const type of file.types) {
        const known = this.typesByName.get(type.fullName);
        this.typesByName.set(type.fullName, known ? mergeTypes(known, type) : type);
      }
    }
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

  /**
   * True when some file of the project writes `<name> +=` in its code (`ProvisioningFailed +=`
   * subscribes to the event). Only files read with their facts count (see readDeclarations).
   */
  hasPlusAssigned(name: string): boolean {
    return this.plusAssignedNames.has(name);
  }

  /** Every declared type, for tools and tests. */
  get types(): readonly DeclaredType[] {
    return [...this.typesByName.values()];
  }
}

function mergeTypes(a: DeclaredType, b: DeclaredType): DeclaredType {
  const members = new Map(a.members);
  for (const [name, list] of b.members) members.set(name, [...(members.get(name) ?? []), ...list]);
  return { ...a, bases: [...a.bases, ...b.bases], members, paths: [...a.paths, ...b.paths] };
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
  // Facts from member bodies come from the text itself: the skeleton has no bodies.
  const plusAssigned = plusAssignedNames(text);
  const skeleton = declarationSkeleton(text);
  if (skeleton !== undefined) {
    const tree = parseCSharp(skeleton);
    if (!tree.rootNode.hasError) return { ...collectTypes(path, tree), plusAssigned };
  }
  return { ...collectTypes(path, parseCSharp(text)), plusAssigned };
}

/** The types and namespaces declared in one parsed file, and the facts its code shows (see FileDeclarations). */
export function collectDeclarations(path: string, tree: SyntaxTree): FileDeclarations {
  return { ...collectTypes(path, tree), plusAssigned: plusAssignedNames(tree.rootNode.text) };
}

function collectTypes(path: string, tree: SyntaxTree): FileDeclarations {
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
