// The declarations of a project's files (types, their members with declared types, base types),
// read from syntax trees once and shared read-only by every file of the project.
import { declarationSkeleton } from './languages/csharp/declaration-skeleton.js';
import { plusAssignedNames } from './lexical-facts.js';
import { parseCSharp } from './languages/csharp/parse.js';
import type { SyntaxNode, SyntaxTree } from './languages/tree-sitter-core.js';
import { isGlobalUsing, isTypeDeclaration, nameScopeAt, readUsings, typeNameOf, type NameScope, type TypeName } from './type-names.js';

/** `indexer` members are named `this[]`. */
export type DeclaredMemberKind = 'field' | 'property' | 'method' | 'event' | 'enum-member' | 'constructor' | 'indexer';

/** The name under which a type's indexers are listed among its members. */
export const INDEXER_NAME = 'this[]';

/** A parameter as declared: its type when written (a lambda's may not be), and its modifier. */
export interface DeclaredParameter {
  readonly name: string;
  readonly type?: TypeName;
  readonly modifier?: 'out' | 'ref' | 'in' | 'params' | 'this';
  /** It has a default value, so a call may leave it out. */
  readonly optional?: boolean;
}

/** A project file (*.csproj, App.config, *.exe.config) as text. */
export interface ProjectFileText {
  /** Relative to the working directory, with forward slashes. */
  readonly path: string;
  readonly text: string;
}

/** A member as declared: its type (for a method, its return type) and where that type is looked up. */
export interface DeclaredMember {
  readonly name: string;
  readonly kind: DeclaredMemberKind;
  readonly type?: TypeName;
  readonly scope: NameScope;
  readonly path: string;
  /** Methods, constructors, indexers and delegates' Invoke: the parameters. */
  readonly parameters?: readonly DeclaredParameter[];
  /** A method's own type parameters. */
  readonly typeParameters?: readonly string[];
  readonly isStatic?: boolean;
  /** A method whose first parameter is `this T` (an extension method). */
  readonly isExtension?: boolean;
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
  readonly kind: 'class' | 'struct' | 'interface' | 'record' | 'enum' | 'delegate';
  /** A `static class` (where extension methods live). */
  readonly isStatic?: boolean;
  readonly typeParameters: readonly string[];
  readonly bases: readonly DeclaredBase[];
  readonly members: ReadonlyMap<string, readonly DeclaredMember[]>;
  readonly paths: readonly string[];
}

/** `global using` directives of a file: they apply to every file of the project. */
export interface GlobalUsings {
  readonly usings: readonly string[];
  readonly aliases: ReadonlyArray<readonly [string, TypeName]>;
  readonly staticUsings: readonly TypeName[];
}

/** The declarations of one file, before merging. */
export interface FileDeclarations {
  readonly path: string;
  readonly types: readonly DeclaredType[];
  readonly namespaces: readonly string[];
  readonly globalUsings?: GlobalUsings;
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
  private readonly extensions = new Map<string, Array<{ readonly owner: DeclaredType; readonly member: DeclaredMember }>>();
  /** The `global using` directives of all the project's files together. */
  readonly globalUsings: GlobalUsings;
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
    const usings = new Set<string>();
    const aliases: Array<readonly [string, TypeName]> = [];
    const staticUsings: TypeName[] = [];
    // Partial declarations are gathered first and merged once per type: merging them pairwise
    // copied the lists every time, quadratic in the number of parts (20,000 copies of one class in
    // one project never finished).
    const parts = new Map<string, DeclaredType[]>();
    for (const file of files) {
      this.filePaths.add(file.path);
      for (const name of file.plusAssigned ?? []) this.plusAssignedNames.add(name);
      for (const namespace of file.namespaces) this.namespaceNames.add(namespace);
      for (const type of file.types) {
        const known = parts.get(type.fullName);
        if (known) known.push(type);
        else parts.set(type.fullName, [type]);
        for (const list of type.members.values()) {
          for (const member of list) {
            if (!member.isExtension) continue;
            const found = this.extensions.get(member.name);
            if (found) found.push({ owner: type, member });
            else this.extensions.set(member.name, [{ owner: type, member }]);
          }
        }
      }
      for (const using of file.globalUsings?.usings ?? []) usings.add(using);
      aliases.push(...(file.globalUsings?.aliases ?? []));
      staticUsings.push(...(file.globalUsings?.staticUsings ?? []));
    }
    for (const [fullName, declared] of parts) this.typesByName.set(fullName, declared.length === 1 ? declared[0]! : mergeTypes(declared));
    this.globalUsings = { usings: [...usings], aliases, staticUsings };
  }

  /** The extension methods named `name` that the project declares, with the static classes that hold them. */
  extensionMethods(name: string): ReadonlyArray<{ readonly owner: DeclaredType; readonly member: DeclaredMember }> {
    return this.extensions.get(name) ?? [];
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
    if (node.type === 'delegate_declaration') {
      const delegate = readDelegate(path, node);
      if (delegate) types.push(delegate);
    }
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
      if (DESCEND.has(child.type) || isTypeDeclaration(child) || child.type === 'delegate_declaration') visit(child);
    }
  };
  visit(tree.rootNode);
  const global = readUsings(tree.rootNode, isGlobalUsing);
  const hasGlobal = global.usings.length > 0 || global.aliases.size > 0 || global.staticUsings.length > 0;
  return {
    path,
    types,
    namespaces: [...namespaces],
    ...(hasGlobal ? { globalUsings: { usings: global.usings, aliases: [...global.aliases], staticUsings: global.staticUsings } } : {}),
  };
}

/** `delegate R D(P p);` as a type whose one member, Invoke, has its signature. */
function readDelegate(path: string, node: SyntaxNode): DeclaredType | undefined {
  const name = node.childForFieldName('name')?.text;
  if (!name) return undefined;
  const outer = nameScopeAt(node);
  const owner = outer.enclosingTypes[0];
  const namespace = outer.levels[0]?.namespace ?? '';
  const full = owner !== undefined ? `${owner}.${name}` : namespace === '' ? name : `${namespace}.${name}`;
  const returns = node.childForFieldName('type');
  const scope = nameScopeAt(node.childForFieldName('parameters') ?? node);
  const invoke: DeclaredMember = {
    name: 'Invoke',
    kind: 'method',
    scope,
    path,
    parameters: readParameters(node.childForFieldName('parameters')),
    ...(returns ? { type: typeNameOf(returns) ?? { kind: 'other', text: returns.text } } : {}),
  };
  return {
    fullName: full,
    name,
    kind: 'delegate',
    typeParameters: ownTypeParameters(node),
    bases: [],
    members: new Map([['Invoke', [invoke]]]),
    paths: [path],
  };
}

/** The parameters of a parameter list (or bracketed list), with their types and modifiers. */
function readParameters(list: SyntaxNode | null): DeclaredParameter[] {
  const parameters: DeclaredParameter[] = [];
  const children = list?.children ?? [];
  for (let index = 0; index < children.length; index++) {
    const parameter = children[index]!;
    // tree-sitter-c-sharp 0.23 writes `params T[] name` as loose tokens of the list.
    if (parameter.type === 'params') {
      const typeNode = children.slice(index + 1).find((c) => c.isNamed && c.type !== 'identifier');
      const nameNode = children.slice(index + 1).find((c) => c.type === 'identifier');
      const type = typeNode ? typeNameOf(typeNode) : undefined;
      parameters.push({ name: nameNode?.text ?? '', modifier: 'params', ...(type ? { type } : {}) });
      break;
    }
    if (parameter.type !== 'parameter') continue;
    const nameNode = parameter.childForFieldName('name');
    const typeNode = parameter.childForFieldName('type');
    const type = typeNode ? typeNameOf(typeNode) : undefined;
    const modifierText = parameter.namedChildren.find((c) => c.type === 'modifier' || c.type === 'parameter_modifier')?.text;
    const modifier = MODIFIERS.has(modifierText ?? '') ? (modifierText as DeclaredParameter['modifier']) : undefined;
    // A default value is the one named child that is neither the type, the name, a modifier nor an attribute.
    const optional = parameter.namedChildren.some(
      (c) => c.id !== nameNode?.id && c.id !== typeNode?.id && !['modifier', 'parameter_modifier', 'attribute_list'].includes(c.type),
    );
    parameters.push({
      name: nameNode?.text ?? '',
      ...(type ? { type } : typeNode ? { type: { kind: 'other', text: typeNode.text } } : {}),
      ...(modifier ? { modifier } : {}),
      ...(optional ? { optional } : {}),
    });
  }
  return parameters;
}

const MODIFIERS = new Set(['out', 'ref', 'in', 'this']);

function ownTypeParameters(node: SyntaxNode): string[] {
  const list = node.namedChildren.find((c) => c.type === 'type_parameter_list');
  return (list?.namedChildren ?? [])
    .filter((c) => c.type === 'type_parameter')
    .map((c) => (c.childForFieldName('name') ?? c.namedChildren.find((n) => n.type === 'identifier'))?.text ?? '');
}

function hasModifier(node: SyntaxNode, word: string): boolean {
  return node.namedChildren.some((c) => c.type === 'modifier' && c.text === word);
}

// Types and namespaces sit only in these; method bodies are never walked.
const DESCEND = new Set(['compilation_unit', 'namespace_declaration', 'file_scoped_namespace_declaration', 'declaration_list', 'ERROR']);

function readType(path: string, node: SyntaxNode): DeclaredType {
  const body = node.childForFieldName('body');
  const inside = body ?? node;
  const scope = nameScopeAt(inside);
  const fullName = scope.enclosingTypes[0] ?? node.childForFieldName('name')?.text ?? '';
  const members = new Map<string, DeclaredMember[]>();
  const add = (
    name: string | undefined,
    kind: DeclaredMemberKind,
    type: TypeName | undefined,
    at: SyntaxNode,
    extra: Partial<Pick<DeclaredMember, 'parameters' | 'typeParameters' | 'isStatic' | 'isExtension'>> = {},
  ) => {
    if (!name) return;
    // A generic method's own type parameters hide outer types in its return type.
    const own = at.type === 'method_declaration' && at.namedChildren.some((c) => c.type === 'type_parameter_list');
    const member: DeclaredMember = { name, kind, scope: own ? nameScopeAt(at) : scope, path, ...(type ? { type } : {}), ...extra };
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
        add(child.childForFieldName('name')?.text, 'property', typeNode ? typeNameOf(typeNode) : undefined, child, {
          ...(hasModifier(child, 'static') ? { isStatic: true } : {}),
        });
        break;
      case 'indexer_declaration':
        add(INDEXER_NAME, 'indexer', typeNode ? typeNameOf(typeNode) : undefined, child, {
          parameters: readParameters(child.childForFieldName('parameters')),
        });
        break;
      case 'event_declaration':
        add(child.childForFieldName('name')?.text, 'event', typeNode ? typeNameOf(typeNode) : undefined, child);
        break;
      case 'method_declaration': {
        const returns = child.childForFieldName('returns') ?? child.childForFieldName('type');
        const parameters = readParameters(child.childForFieldName('parameters'));
        const isStatic = hasModifier(child, 'static');
        const typeParameters = ownTypeParameters(child);
        add(child.childForFieldName('name')?.text, 'method', returns ? typeNameOf(returns) : undefined, child, {
          parameters,
          ...(typeParameters.length > 0 ? { typeParameters } : {}),
          ...(isStatic ? { isStatic } : {}),
          ...(isStatic && parameters[0]?.modifier === 'this' ? { isExtension: true } : {}),
        });
        break;
      }
      case 'constructor_declaration':
        add(child.childForFieldName('name')?.text, 'constructor', undefined, child, {
          parameters: readParameters(child.childForFieldName('parameters')),
        });
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
    ...(hasModifier(node, 'static') ? { isStatic: true } : {}),
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
