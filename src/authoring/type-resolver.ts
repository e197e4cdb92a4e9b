// Gives the declared type of a C# expression when the code states it, following C#'s name lookup:
// locals, parameters, fields and properties (of this file or, through the project index, of the
// project's other files), `new T()`, casts, `as T`, `var` from a typable initialiser, using
// aliases, qualified and `global::` names, and a table of library types. Anything it cannot prove
// is `undefined`: callers must treat that as "not this type".
import { collectDeclarations, ProjectIndex, type DeclaredMember, type DeclaredType } from '../engine/project-index.js';
import type { SyntaxNode } from '../engine/languages/tree-sitter-core.js';
import type { TransformContext } from '../engine/transform.js';
import { nameScopeAt, typeNameOf, type NameScope, type TypeName, type TypeNamePart } from '../engine/type-names.js';
import type { KnownMember, KnownTypeTable } from './known-types.js';

/** A resolved type: its full name (`Ns.Outer.Inner`, no arity) and its type arguments where known. */
export interface ResolvedType {
  readonly fullName: string;
  readonly args: readonly (ResolvedType | undefined)[];
}

/** What a name or expression denotes: a value of a type (type unknown: `undefined`), a type, or a namespace. */
export type Meaning =
  | { readonly kind: 'value'; readonly type: ResolvedType | undefined }
  | { readonly kind: 'type'; readonly type: ResolvedType }
  | { readonly kind: 'namespace'; readonly name: string };

/** A member found on a type or one of its bases: the type that declares it, and the member's type. */
export interface FoundMember {
  readonly owner: ResolvedType;
  readonly kind: KnownMember['kind'] | DeclaredMember['kind'];
  readonly type: ResolvedType | undefined;
  /** True when the owner is a project type (declared in the code), false for a library type. */
  readonly declaredInProject: boolean;
}

const MAX_DEPTH = 24;

// Namespaces that never hold a type named like a UCMA type: importing them does not make a
// UCMA name ambiguous.
const HARMLESS_NAMESPACE = /^System(\.|$)/;

/** Resolves types of expressions and type names in one file, with its project's declarations. */
export class TypeResolver {
  private readonly project: ProjectIndex;
  private readonly cache = new Map<number, Meaning | undefined>();
  private depth = 0;

  constructor(
    readonly root: SyntaxNode,
    readonly path: string,
    project: ProjectIndex | undefined,
    readonly known: KnownTypeTable,
  ) {
    // Without project context (or for a file the index has not seen), the file indexes itself.
    this.project = project && project.hasFile(path) ? project : new ProjectIndex([collectDeclarations(path, root.tree)]);
  }

  /** The project's declaration of a type (partial parts merged), or undefined. */
  declaredType(fullName: string): DeclaredType | undefined {
    return this.project.type(fullName);
  }

  /** The type written at a type node (`InstantMessagingFlow`, `A.B`, `global::X.Y`, `List<T>`). */
  resolveTypeNode(node: SyntaxNode): ResolvedType | undefined {
    const name = typeNameOf(node);
    return name ? this.resolveTypeName(name, nameScopeAt(node)) : undefined;
  }

  /** The type an expression has, when the code proves it. */
  typeOf(expression: SyntaxNode): ResolvedType | undefined {
    const meaning = this.meaningOf(expression);
    return meaning?.kind === 'value' ? meaning.type : undefined;
  }

  /** What an expression denotes: a value, a type (`Foo.Bar` as a static receiver) or a namespace. */
  meaningOf(expression: SyntaxNode): Meaning | undefined {
    if (this.cache.has(expression.id)) return this.cache.get(expression.id);
    if (this.depth > MAX_DEPTH) return undefined;
    this.depth++;
    try {
      const meaning = this.computeMeaning(expression);
      this.cache.set(expression.id, meaning);
      return meaning;
    } finally {
      this.depth--;
    }
  }

  /** True when `type` is the type `fullName` or derives from it (through project or library bases). */
  isSameOrDerived(type: ResolvedType | undefined, fullName: string): boolean {
    if (!type) return false;
    const seen = new Set<string>();
    const queue: ResolvedType[] = [type];
    while (queue.length > 0 && seen.size < 64) {
      const current = queue.shift()!;
      if (current.fullName === fullName) return true;
      if (seen.has(current.fullName)) continue;
      seen.add(current.fullName);
      queue.push(...this.basesOf(current));
    }
    return false;
  }

  /** The member named `name` that `type` has: the nearest declaration on it or its bases. */
  findMember(type: ResolvedType, name: string): FoundMember | undefined {
    const seen = new Set<string>();
    const queue: ResolvedType[] = [type];
    while (queue.length > 0 && seen.size < 64) {
      const current = queue.shift()!;
      if (seen.has(current.fullName)) continue;
      seen.add(current.fullName);
      const declared = this.project.type(current.fullName);
      const members = declared?.members.get(name);
      if (members && members.length > 0) {
        const types = members.map((m) => (m.type ? this.resolveTypeName(m.type, m.scope) : undefined));
        const first = types[0];
        const same = types.every((t) => t && first && sameType(t, first));
        return { owner: current, kind: members[0]!.kind, type: same ? first : undefined, declaredInProject: true };
      }
      const knownType = declared ? undefined : this.known.type(current.fullName);
      const knownMember = knownType?.members?.[name];
      if (knownType && knownMember) {
        return { owner: current, kind: knownMember.kind, type: this.knownMemberType(current, knownMember), declaredInProject: false };
      }
      queue.push(...this.basesOf(current));
    }
    return undefined;
  }

  /** The direct base types (and interfaces) of a type, where they resolve. */
  basesOf(type: ResolvedType): ResolvedType[] {
    const declared = this.project.type(type.fullName);
    if (declared) {
      return declared.bases
        .map((b) => this.resolveTypeName(b.type, b.scope))
        .filter((t): t is ResolvedType => t !== undefined && t.fullName !== type.fullName);
    }
    const known = this.known.type(type.fullName);
    return known?.base ? [{ fullName: known.base, args: [] }] : [];
  }

  /** Resolves a written type name in a scope, following C# lookup; undefined when unproven or ambiguous. */
  resolveTypeName(name: TypeName, scope: NameScope): ResolvedType | undefined {
    if (name.kind === 'other') {
      const builtIn = BUILT_IN_TYPES[name.text];
      return builtIn ? { fullName: builtIn, args: [] } : undefined;
    }
    const meaning = this.resolveNamespaceOrType(name, scope);
    return meaning?.kind === 'type' ? meaning.type : undefined;
  }

  private resolveNamespaceOrType(name: TypeName, scope: NameScope): Meaning | undefined {
    if (name.kind !== 'named' || name.parts.length === 0) return undefined;
    const [first, ...rest] = name.parts as [TypeNamePart, ...TypeNamePart[]];
    let meaning: Meaning | undefined;
    if (name.alias === 'global') meaning = this.member({ kind: 'namespace', name: '' }, first, scope);
    else if (name.alias !== undefined) {
      const target = this.aliasTarget(name.alias, scope);
      meaning = target?.kind === 'namespace' ? this.member(target, first, scope) : undefined;
    } else meaning = this.resolveSimpleName(first, scope);
    for (const part of rest) {
      if (!meaning) return undefined;
      meaning = this.member(meaning, part, scope);
    }
    return meaning;
  }

  /** `left.part` where left is a namespace or a type. */
  private member(left: Meaning, part: TypeNamePart, scope: NameScope): Meaning | undefined {
    if (left.kind === 'value') return undefined;
    const prefix = left.kind === 'namespace' ? left.name : left.type.fullName;
    const fullName = prefix === '' ? part.name : `${prefix}.${part.name}`;
    if (this.typeExists(fullName)) return { kind: 'type', type: { fullName, args: this.resolveArgs(part, scope) } };
    if (left.kind === 'namespace' && this.namespaceExists(fullName)) return { kind: 'namespace', name: fullName };
    return undefined;
  }

  /** C# lookup of a simple name as a namespace or type: type parameters, nested types, then each namespace level. */
  private resolveSimpleName(part: TypeNamePart, scope: NameScope): Meaning | undefined {
    const { name } = part;
    if (scope.typeParameters.includes(name)) return undefined;
    for (const enclosing of scope.enclosingTypes) {
      const nested = `${enclosing}.${name}`;
      if (this.typeExists(nested)) return { kind: 'type', type: { fullName: nested, args: this.resolveArgs(part, scope) } };
    }
    let unknownImportsInside = false;
    for (const level of scope.levels) {
      const fullName = level.namespace === '' ? name : `${level.namespace}.${name}`;
      if (this.typeExists(fullName)) return { kind: 'type', type: { fullName, args: this.resolveArgs(part, scope) } };
      if (this.namespaceExists(fullName)) return { kind: 'namespace', name: fullName };
      const alias = level.aliases.get(name);
      if (alias) return part.args.length === 0 ? this.resolveAliasTarget(alias, scope) : undefined;
      const candidates = new Set<string>();
      for (const using of level.usings) {
        const candidate = `${using}.${name}`;
        if (this.typeExists(candidate)) candidates.add(candidate);
      }
      if (candidates.size > 1) return undefined; // ambiguous: C# refuses it, so do we
      const [only] = candidates;
      // A nearer level imports a namespace we know nothing about: it might hold this name.
      if (only !== undefined)
        return unknownImportsInside ? undefined : { kind: 'type', type: { fullName: only, args: this.resolveArgs(part, scope) } };
      if (level.usings.some((u) => !HARMLESS_NAMESPACE.test(u) && !this.namespaceExists(u))) unknownImportsInside = true;
    }
    return undefined;
  }

  private aliasTarget(alias: string, scope: NameScope): Meaning | undefined {
    for (const level of scope.levels) {
      const target = level.aliases.get(alias);
      if (target) return this.resolveAliasTarget(target, scope);
    }
    return undefined;
  }

  /** An alias's target is written fully qualified (C# resolves it without the file's other usings). */
  private resolveAliasTarget(target: TypeName, scope: NameScope): Meaning | undefined {
    if (target.kind !== 'named') return undefined;
    const bare: NameScope = {
      levels: scope.levels.map((l) => ({ namespace: l.namespace, usings: [], aliases: new Map() })),
      enclosingTypes: [],
      typeParameters: [],
    };
    return this.resolveNamespaceOrType(target, bare);
  }

  private resolveArgs(part: TypeNamePart, scope: NameScope): (ResolvedType | undefined)[] {
    return part.args.map((arg) => this.resolveTypeName(arg, scope));
  }

  private typeExists(fullName: string): boolean {
    return this.project.type(fullName) !== undefined || this.known.type(fullName) !== undefined;
  }

  private namespaceExists(name: string): boolean {
    return this.project.hasNamespace(name) || this.known.hasNamespace(name);
  }

  private knownMemberType(owner: ResolvedType, member: KnownMember): ResolvedType | undefined {
    if (!member.type) return undefined;
    const parameters = this.known.type(owner.fullName)?.typeParameters ?? [];
    const index = parameters.indexOf(member.type);
    if (index >= 0) return owner.args[index];
    return { fullName: member.type, args: [] };
  }

  private computeMeaning(node: SyntaxNode): Meaning | undefined {
    switch (node.type) {
      case 'parenthesized_expression': {
        const inner = node.namedChildren.find((c) => c.type !== 'comment');
        const meaning = inner ? this.meaningOf(inner) : undefined;
        return meaning?.kind === 'value' ? meaning : undefined;
      }
      case 'identifier':
        return this.meaningOfIdentifier(node);
      case 'string_literal':
      case 'verbatim_string_literal':
      case 'raw_string_literal':
      case 'interpolated_string_expression':
        return { kind: 'value', type: { fullName: 'System.String', args: [] } };
      case 'boolean_literal':
        return { kind: 'value', type: { fullName: 'System.Boolean', args: [] } };
      case 'integer_literal':
        return { kind: 'value', type: { fullName: 'System.Int32', args: [] } };
      case 'generic_name':
      case 'qualified_name':
      case 'alias_qualified_name': {
        const name = typeNameOf(node);
        return name ? this.resolveNamespaceOrType(name, nameScopeAt(node)) : undefined;
      }
      // tree-sitter-c-sharp 0.23 writes `this` and `base` as anonymous tokens.
      case 'this':
      case 'this_expression': {
        const self = this.enclosingTypeAt(node);
        return self ? { kind: 'value', type: self } : undefined;
      }
      case 'base':
      case 'base_expression': {
        const self = this.enclosingTypeAt(node);
        const bases = self ? this.basesOf(self).filter((b) => this.isClass(b)) : [];
        return bases.length === 1 ? { kind: 'value', type: bases[0] } : undefined;
      }
      case 'member_access_expression': {
        const left = node.childForFieldName('expression');
        const name = node.childForFieldName('name');
        if (!left || !name) return undefined;
        const leftMeaning = this.meaningOf(left);
        if (!leftMeaning) return undefined;
        const part = typeNameOf(name);
        if (leftMeaning.kind !== 'value' && part?.kind === 'named' && part.parts.length === 1) {
          const asType = this.member(leftMeaning, part.parts[0]!, nameScopeAt(node));
          if (asType) return asType;
        }
        if (leftMeaning.kind === 'namespace' || !leftMeaning.type) return undefined;
        return this.memberValue(leftMeaning.type, memberNameOf(name));
      }
      case 'conditional_access_expression': {
        const condition = node.childForFieldName('condition') ?? node.namedChildren[0];
        const binding = node.namedChildren.find((c) => c.type === 'member_binding_expression');
        const type = condition ? this.typeOf(condition) : undefined;
        const name = binding?.childForFieldName('name');
        if (!type || !name) return undefined;
        return this.memberValue(type, memberNameOf(name));
      }
      case 'invocation_expression': {
        const callee = node.childForFieldName('function');
        const found = callee ? this.calledMethod(callee) : undefined;
        return found?.kind === 'method' ? { kind: 'value', type: found.type } : undefined;
      }
      case 'object_creation_expression': {
        const typeNode = node.childForFieldName('type');
        const type = typeNode ? this.resolveTypeNode(typeNode) : undefined;
        return type ? { kind: 'value', type } : undefined;
      }
      case 'cast_expression': {
        const typeNode = node.childForFieldName('type');
        const type = typeNode ? this.resolveTypeNode(typeNode) : undefined;
        return type ? { kind: 'value', type } : undefined;
      }
      case 'as_expression': {
        const typeNode = node.childForFieldName('right');
        const type = typeNode ? this.resolveTypeNode(typeNode) : undefined;
        return type ? { kind: 'value', type } : undefined;
      }
      case 'conditional_expression': {
        const a = node.childForFieldName('consequence');
        const b = node.childForFieldName('alternative');
        const ta = a ? this.typeOf(a) : undefined;
        const tb = b ? this.typeOf(b) : undefined;
        return ta && tb && sameType(ta, tb) ? { kind: 'value', type: ta } : undefined;
      }
      default:
        return undefined;
    }
  }

  /** The method a callee expression names (`x.M`, `M`, `?.M`), found on its receiver's type. */
  calledMethod(callee: SyntaxNode): FoundMember | undefined {
    if (callee.type === 'member_access_expression') {
      const receiver = callee.childForFieldName('expression');
      const name = callee.childForFieldName('name');
      const meaning = receiver ? this.meaningOf(receiver) : undefined;
      const type = meaning && meaning.kind !== 'namespace' ? meaning.type : undefined;
      return type && name ? this.findMember(type, memberNameOf(name)) : undefined;
    }
    if (callee.type === 'identifier') {
      const self = this.enclosingTypeAt(callee);
      return self ? this.findMember(self, callee.text) : undefined;
    }
    return undefined;
  }

  private memberValue(type: ResolvedType, name: string): Meaning | undefined {
    const found = this.findMember(type, name);
    if (!found) return undefined;
    // A method group has no value type.
    return { kind: 'value', type: found.kind === 'method' ? undefined : found.type };
  }

  private isClass(type: ResolvedType): boolean {
    const declared = this.project.type(type.fullName);
    if (declared) return declared.kind === 'class' || declared.kind === 'record';
    return this.known.type(type.fullName)?.kind === 'class';
  }

  /** The innermost type declaration around a node, as a type. */
  enclosingTypeAt(node: SyntaxNode): ResolvedType | undefined {
    const fullName = nameScopeAt(node).enclosingTypes[0];
    return fullName === undefined ? undefined : { fullName, args: [] };
  }

  /**
   * For a simple name used as a member of the enclosing type (`SyncRoot` inside a subclass), the
   * member it names; undefined when a local or parameter hides it or no type declares it.
   */
  implicitMember(identifier: SyntaxNode): FoundMember | undefined {
    const name = identifier.text;
    let previous: SyntaxNode = identifier;
    for (let scope: SyntaxNode | null = identifier.parent; scope; previous = scope, scope = scope.parent) {
      if (this.localIn(scope, previous, name)) return undefined;
      if (TYPE_DECLARATION_TYPES.has(scope.type)) {
        const fullName = nameScopeAt(previous).enclosingTypes[0];
        return fullName === undefined ? undefined : this.findMember({ fullName, args: [] }, name);
      }
    }
    return undefined;
  }

  /** Simple-name lookup in an expression: locals and parameters, then members, then types and namespaces. */
  private meaningOfIdentifier(identifier: SyntaxNode): Meaning | undefined {
    const name = identifier.text;
    let previous: SyntaxNode = identifier;
    for (let scope: SyntaxNode | null = identifier.parent; scope; previous = scope, scope = scope.parent) {
      const local = this.localIn(scope, previous, name);
      if (local) return local;
      if (TYPE_DECLARATION_TYPES.has(scope.type)) {
        const fullName = nameScopeAt(previous).enclosingTypes[0];
        if (fullName !== undefined) {
          const found = this.findMember({ fullName, args: [] }, name);
          if (found) return { kind: 'value', type: found.kind === 'method' ? undefined : found.type };
        }
      }
    }
    const part: TypeNamePart = { name, args: [] };
    return this.resolveSimpleName(part, nameScopeAt(identifier));
  }

  /** A local, parameter or range variable named `name` that `scope` declares and `from` (its child) sees. */
  private localIn(scope: SyntaxNode, from: SyntaxNode, name: string): Meaning | undefined {
    switch (scope.type) {
      case 'lambda_expression':
      case 'anonymous_method_expression': {
        const parameters = scope.childForFieldName('parameters') ?? scope.namedChildren.find((c) => c.type === 'parameter_list');
        if (!parameters) return undefined;
        // `x => ...`: one untyped parameter.
        if (parameters.type === 'identifier' || parameters.type === 'implicit_parameter')
          return parameters.text === name ? { kind: 'value', type: undefined } : undefined;
        const declared = this.parameterIn(parameters, name);
        if (declared?.kind === 'value' && declared.type === undefined)
          return this.eventHandlerParameter(scope, parameters, name) ?? declared;
        return declared;
      }
      case 'method_declaration':
      case 'constructor_declaration':
      case 'local_function_statement':
      case 'operator_declaration':
      case 'conversion_operator_declaration':
      case 'indexer_declaration':
      case 'delegate_declaration': {
        const parameters =
          scope.childForFieldName('parameters') ??
          scope.namedChildren.find((c) => c.type === 'parameter_list' || c.type === 'bracketed_parameter_list');
        return parameters ? this.parameterIn(parameters, name) : undefined;
      }
      case 'accessor_declaration': {
        if (name !== 'value') return undefined;
        const owner = scope.parent?.parent;
        const typeNode = owner?.childForFieldName('type');
        if (!owner || !typeNode) return undefined;
        const keyword = scope.children.find((c) => ['set', 'init', 'add', 'remove'].includes(c.type));
        return keyword ? { kind: 'value', type: this.resolveTypeNode(typeNode) } : undefined;
      }
      case 'block':
      case 'switch_section':
      case 'compilation_unit':
        return this.declaredInStatements(scope, name);
      case 'for_statement': {
        const declaration = scope.namedChildren.find((c) => c.type === 'variable_declaration');
        return declaration ? this.declaratorIn(declaration, name) : undefined;
      }
      case 'using_statement':
      case 'fixed_statement': {
        const declaration = scope.namedChildren.find((c) => c.type === 'variable_declaration');
        return declaration && declaration.id !== from.id ? this.declaratorIn(declaration, name) : undefined;
      }
      case 'foreach_statement': {
        const left = scope.childForFieldName('left');
        const typeNode = scope.childForFieldName('type');
        if (left?.type !== 'identifier' || left.text !== name || !typeNode) return undefined;
        return { kind: 'value', type: typeNode.type === 'implicit_type' ? undefined : this.resolveTypeNode(typeNode) };
      }
      case 'catch_clause': {
        const declaration = scope.namedChildren.find((c) => c.type === 'catch_declaration');
        const typeNode = declaration?.childForFieldName('type');
        if (declaration?.childForFieldName('name')?.text !== name || !typeNode) return undefined;
        return { kind: 'value', type: this.resolveTypeNode(typeNode) };
      }
      default:
        return undefined;
    }
  }

  /**
   * `x.SomeEvent += (sender, e) => ...`: an untyped second parameter has the event-arguments type
   * the library table gives the event.
   */
  private eventHandlerParameter(lambda: SyntaxNode, list: SyntaxNode, name: string): Meaning | undefined {
    const parameters = list.namedChildren.filter((c) => c.type === 'parameter');
    if (parameters.length !== 2 || parameters[1]!.childForFieldName('name')?.text !== name || parameters[1]!.childForFieldName('type'))
      return undefined;
    const assignment = lambda.parent;
    if (assignment?.type !== 'assignment_expression' || assignment.childForFieldName('right')?.id !== lambda.id) return undefined;
    if (assignment.children.find((c) => c.type === '+=' || c.type === '-=') === undefined) return undefined;
    const target = assignment.childForFieldName('left');
    if (target?.type !== 'member_access_expression') return undefined;
    const receiver = target.childForFieldName('expression');
    const eventName = target.childForFieldName('name')?.text;
    const type = receiver ? this.typeOf(receiver) : undefined;
    const found = type && eventName ? this.findMember(type, eventName) : undefined;
    return found?.kind === 'event' && !found.declaredInProject && found.type ? { kind: 'value', type: found.type } : undefined;
  }

  private parameterIn(list: SyntaxNode, name: string): Meaning | undefined {
    for (const parameter of list.namedChildren) {
      if (parameter.type !== 'parameter' || parameter.childForFieldName('name')?.text !== name) continue;
      const typeNode = parameter.childForFieldName('type');
      return { kind: 'value', type: typeNode ? this.resolveTypeNode(typeNode) : undefined };
    }
    return undefined;
  }

  private declaratorIn(declaration: SyntaxNode, name: string): Meaning | undefined {
    for (const declarator of declaration.namedChildren) {
      if (declarator.type !== 'variable_declarator' || declarator.childForFieldName('name')?.text !== name) continue;
      const typeNode = declaration.childForFieldName('type');
      if (!typeNode) return { kind: 'value', type: undefined };
      if (typeNode.type === 'implicit_type') {
        const initializer = declarator.namedChildren
          .filter((c) => c.type !== 'comment' && c.id !== declarator.childForFieldName('name')?.id)
          .at(-1);
        return { kind: 'value', type: initializer ? this.typeOf(initializer) : undefined };
      }
      return { kind: 'value', type: this.resolveTypeNode(typeNode) };
    }
    return undefined;
  }

  /** A variable that a statement list declares: locals, and pattern or out variables outside nested scopes. */
  private declaredInStatements(container: SyntaxNode, name: string): Meaning | undefined {
    for (const statement of container.namedChildren) {
      if (statement.type === 'local_declaration_statement') {
        const declaration = statement.namedChildren.find((c) => c.type === 'variable_declaration');
        const found = declaration ? this.declaratorIn(declaration, name) : undefined;
        if (found) return found;
        continue;
      }
      if (statement.type === 'local_function_statement') {
        if (statement.childForFieldName('name')?.text === name) return { kind: 'value', type: undefined };
        continue;
      }
      const found = this.patternVariableIn(statement, name);
      if (found) return found;
    }
    return undefined;
  }

  private patternVariableIn(root: SyntaxNode, name: string): Meaning | undefined {
    const stack: SyntaxNode[] = [root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.type === 'declaration_expression' || node.type === 'declaration_pattern') {
        const declared = node.childForFieldName('name');
        const typeNode = node.childForFieldName('type');
        if (declared?.type === 'identifier' && declared.text === name) {
          return { kind: 'value', type: typeNode && typeNode.type !== 'implicit_type' ? this.resolveTypeNode(typeNode) : undefined };
        }
      }
      for (const child of node.namedChildren) if (!NESTED_SCOPES.has(child.type)) stack.push(child);
    }
    return undefined;
  }
}

// C# keywords for built-in types, as their System types.
const BUILT_IN_TYPES: Readonly<Record<string, string>> = {
  string: 'System.String',
  bool: 'System.Boolean',
  int: 'System.Int32',
  object: 'System.Object',
  long: 'System.Int64',
  byte: 'System.Byte',
};

const TYPE_DECLARATION_TYPES = new Set([
  'class_declaration',
  'struct_declaration',
  'interface_declaration',
  'record_declaration',
  'record_struct_declaration',
]);
// Variables declared inside these are not visible to the statements around them.
const NESTED_SCOPES = new Set([
  'block',
  'lambda_expression',
  'anonymous_method_expression',
  'local_function_statement',
  'for_statement',
  'foreach_statement',
  'using_statement',
  'catch_clause',
  'while_statement',
  'do_statement',
  'switch_section',
  'query_expression',
]);

/** The identifier of a member name (`Flow` in `x.Flow`, `M` in `x.M<T>`). */
function memberNameOf(node: SyntaxNode): string {
  if (node.type === 'generic_name') return node.namedChildren.find((c) => c.type === 'identifier')?.text ?? node.text;
  return node.text;
}

function sameType(a: ResolvedType, b: ResolvedType): boolean {
  return (
    a.fullName === b.fullName &&
    a.args.length === b.args.length &&
    a.args.every((x, i) => (x && b.args[i] ? sameType(x, b.args[i]!) : x === b.args[i]))
  );
}

/** A resolver for the file of a transform context, using the project index when the engine gives one. */
export function createTypeResolver(
  context: Pick<TransformContext, 'tree' | 'path'> & { readonly project?: ProjectIndex },
  known: KnownTypeTable,
): TypeResolver {
  return new TypeResolver(context.tree.rootNode, context.path, context.project, known);
}
