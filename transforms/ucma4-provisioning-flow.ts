// Control flow on the syntax tree for the provisioning rules: which object an expression names
// (a local, or a field of a proven type), what values may reach a point along the straight-line
// paths before it (per branch, never per file), and which enclosing `try` catches an exception
// there. Decisions stay inside one function body; a lambda, an anonymous method or a local
// function is a boundary, since its code runs at another time (often on another thread).
import type { SyntaxNode, TypeResolver } from '../src/index.js';

/** Node types whose body runs at another time than the code around them. */
export const FUNCTION_BOUNDARIES = new Set([
  'lambda_expression',
  'anonymous_method_expression',
  'local_function_statement',
  'method_declaration',
  'constructor_declaration',
  'destructor_declaration',
  'accessor_declaration',
  'operator_declaration',
  'conversion_operator_declaration',
]);

/** The innermost function boundary around a node (the node itself excluded), or undefined. */
export function enclosingFunction(node: SyntaxNode): SyntaxNode | undefined {
  for (let current = node.parent; current; current = current.parent) if (FUNCTION_BOUNDARIES.has(current.type)) return current;
  return undefined;
}

/** `(x)` → `x`, `x!` → `x`. */
export function unwrap(node: SyntaxNode): SyntaxNode {
  let current = node;
  for (;;) {
    if (current.type === 'parenthesized_expression') {
      const inner = current.namedChildren.find((c) => c.type !== 'comment');
      if (!inner) return current;
      current = inner;
    } else if (current.type === 'postfix_unary_expression' && current.text.endsWith('!')) {
      current = current.namedChildren[0] ?? current;
    } else return current;
  }
}

/** The name and receiver of `x.M(...)` or `M(...)`. */
export function calleeParts(invocation: SyntaxNode): { name: string; receiver: SyntaxNode | undefined } | undefined {
  const callee = invocation.childForFieldName('function');
  if (!callee) return undefined;
  if (callee.type === 'member_access_expression') {
    const name = callee.childForFieldName('name');
    return name ? { name: simpleName(name), receiver: callee.childForFieldName('expression') ?? undefined } : undefined;
  }
  if (callee.type === 'identifier' || callee.type === 'generic_name') return { name: simpleName(callee), receiver: undefined };
  return undefined;
}

function simpleName(node: SyntaxNode): string {
  return node.type === 'generic_name' ? (node.namedChildren.find((c) => c.type === 'identifier')?.text ?? node.text) : node.text;
}

/** The argument expressions of an invocation or object creation, positional order (named ones by their position). */
export function argumentValues(call: SyntaxNode): SyntaxNode[] {
  const list = call.childForFieldName('arguments');
  return (list?.namedChildren ?? [])
    .filter((c) => c.type === 'argument')
    .map((a) => a.namedChildren.filter((c) => c.type !== 'comment' && c.type !== 'name_colon').at(-1))
    .filter((v): v is SyntaxNode => v !== undefined);
}

/**
 * A key for the object an expression names, equal for every spelling of the same variable in one
 * function (`local:`), or of the same field of a project type (`field:`): `p`, `this.p`, `x.p`
 * where `x` is proven to be of the type that declares `p`. Undefined when not known.
 */
export function referenceKey(expression: SyntaxNode, resolver: TypeResolver): string | undefined {
  const node = unwrap(expression);
  if (node.type === 'identifier') {
    const owner = localOwner(node);
    if (owner) return `local:${owner.startIndex}:${node.text}`;
    const member = resolver.implicitMember(node);
    return member && member.declaredInProject && (member.kind === 'field' || member.kind === 'property')
      ? `field:${member.owner.fullName}.${node.text}`
      : undefined;
  }
  if (node.type === 'member_access_expression') {
    const receiver = node.childForFieldName('expression');
    const name = node.childForFieldName('name');
    if (!receiver || !name) return undefined;
    const type =
      receiver.type === 'this' || receiver.type === 'this_expression' ? resolver.enclosingTypeAt(node) : resolver.typeOf(receiver);
    const found = type ? resolver.findMember(type, name.text) : undefined;
    return found && found.declaredInProject && (found.kind === 'field' || found.kind === 'property')
      ? `field:${found.owner.fullName}.${name.text}`
      : undefined;
  }
  return undefined;
}

/** The function whose local or parameter `identifier` names, or undefined when it names no local. */
export function localOwner(identifier: SyntaxNode): SyntaxNode | undefined {
  const name = identifier.text;
  for (let fn = enclosingFunction(identifier); fn; fn = enclosingFunction(fn)) {
    if (declaresLocal(fn, name)) return fn;
  }
  return undefined;
}

function declaresLocal(fn: SyntaxNode, name: string): boolean {
  const parameters = fn.childForFieldName('parameters') ?? fn.namedChildren.find((c) => c.type === 'parameter_list');
  if ((parameters?.type === 'identifier' || parameters?.type === 'implicit_parameter') && parameters.text === name) return true;
  if (parameters?.namedChildren.some((p) => p.type === 'parameter' && p.childForFieldName('name')?.text === name)) return true;
  const body = fn.childForFieldName('body') ?? fn.namedChildren.find((c) => c.type === 'block');
  if (!body) return false;
  const stack = [body];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'variable_declarator' || node.type === 'declaration_pattern' || node.type === 'declaration_expression') {
      if (node.childForFieldName('name')?.text === name) return true;
    }
    if (node.type === 'foreach_statement' && node.childForFieldName('left')?.text === name) return true;
    if (node.type === 'catch_declaration' && node.childForFieldName('name')?.text === name) return true;
    for (const child of node.namedChildren) if (!FUNCTION_BOUNDARIES.has(child.type)) stack.push(child);
  }
  return false;
}

/** One way a variable gets its value: the assigned expression (undefined for `x = null`-like unknowns is never used). */
export interface Assignment {
  readonly value: SyntaxNode;
  readonly at: SyntaxNode;
}

/** Values that may reach a point, and whether the function's entry value may too. */
export interface Reaching {
  readonly assignments: readonly Assignment[];
  /** True when some path from the function's start reaches the point without an assignment. */
  readonly fromEntry: boolean;
}

/**
 * The assignments to `key` that may reach `site` along the paths of its function: the nearest
 * assignment on each straight-line path before it, looking through `if`/`else` branches
 * (both sides), blocks, `try`, `using` and `lock`; an assignment inside a loop or `switch` before
 * the site may or may not have happened. Code after the site, other functions and nested lambdas
 * are not looked at.
 */
export function reachingAssignments(site: SyntaxNode, key: string, resolver: TypeResolver): Reaching {
  const found: Assignment[] = [];
  let statement = enclosingStatement(site);
  while (statement) {
    const container = statement.parent;
    if (!container) break;
    if (container.type === 'block' || container.type === 'switch_section') {
      const siblings = container.namedChildren;
      for (let i = siblings.indexOf(siblings.find((s) => s.id === statement!.id)!) - 1; i >= 0; i--) {
        const effect = effectOf(siblings[i]!, key, resolver);
        if (!effect) continue;
        found.push(...effect.assignments);
        if (effect.complete) return { assignments: found, fromEntry: false };
      }
    }
    if (FUNCTION_BOUNDARIES.has(container.type)) return { assignments: found, fromEntry: true };
    const up = container.type === 'block' || container.type === 'switch_section' ? container.parent : container;
    if (!up || FUNCTION_BOUNDARIES.has(up.type)) return { assignments: found, fromEntry: true };
    // `using (var x = ...) { site }` and `for (var x = ...; ...)` declare their variable for the body.
    const declared = headerDeclaration(up, key);
    if (declared) return { assignments: [...found, declared], fromEntry: false };
    statement = isStatement(up) ? up : enclosingStatement(up);
  }
  return { assignments: found, fromEntry: true };
}

function headerDeclaration(statement: SyntaxNode, key: string): Assignment | undefined {
  if (!['using_statement', 'for_statement', 'fixed_statement'].includes(statement.type)) return undefined;
  const declaration = statement.namedChildren.find((c) => c.type === 'variable_declaration');
  for (const declarator of declaration?.namedChildren.filter((c) => c.type === 'variable_declarator') ?? []) {
    const fn = enclosingFunction(declarator);
    const value = declaratorValue(declarator);
    if (value && fn && key === `local:${fn.startIndex}:${declarator.childForFieldName('name')?.text}`) return { value, at: declarator };
  }
  return undefined;
}

/** The statement a node is part of (the node itself when it is one). */
export function enclosingStatement(node: SyntaxNode): SyntaxNode | undefined {
  for (let current: SyntaxNode | null = node; current; current = current.parent) {
    if (FUNCTION_BOUNDARIES.has(current.type) && current.id !== node.id) return undefined;
    if (
      isStatement(current) &&
      (current.parent?.type === 'block' || current.parent?.type === 'switch_section' || isStatement(current.parent))
    )
      return current;
  }
  return undefined;
}

function isStatement(node: SyntaxNode | null): node is SyntaxNode {
  return node !== null && (node.type.endsWith('_statement') || node.type === 'block') && node.type !== 'local_function_statement';
}

interface Effect {
  readonly assignments: Assignment[];
  /** True when every path through the statement assigns the variable. */
  readonly complete: boolean;
}

/** What a statement does to the variable `key`: undefined when it never assigns it. */
function effectOf(statement: SyntaxNode, key: string, resolver: TypeResolver): Effect | undefined {
  switch (statement.type) {
    case 'expression_statement': {
      const assignment = directAssignment(statement, key, resolver);
      if (assignment) return { assignments: [assignment], complete: true };
      return looseEffect(statement, key, resolver);
    }
    case 'local_declaration_statement': {
      for (const declarator of statement.descendantsOfType('variable_declarator')) {
        const value = declaratorValue(declarator);
        if (value && key === localKeyOf(declarator)) return { assignments: [{ value, at: declarator }], complete: true };
      }
      return looseEffect(statement, key, resolver);
    }
    case 'block':
      return effectOfStatements(statement.namedChildren, key, resolver);
    case 'if_statement': {
      const consequence = statement.childForFieldName('consequence');
      const alternative = statement.childForFieldName('alternative');
      const a = consequence ? effectOf(consequence, key, resolver) : undefined;
      const b = alternative ? effectOf(alternative, key, resolver) : undefined;
      if (!a && !b) return undefined;
      return { assignments: [...(a?.assignments ?? []), ...(b?.assignments ?? [])], complete: Boolean(a?.complete && b?.complete) };
    }
    case 'try_statement': {
      const body = statement.childForFieldName('body');
      const inBody = body ? effectOf(body, key, resolver) : undefined;
      const rest = statement.namedChildren
        .filter((c) => c.id !== body?.id)
        .flatMap((c) => looseEffect(c, key, resolver)?.assignments ?? []);
      if (!inBody && rest.length === 0) return undefined;
      // A try body may stop at an exception: complete only if it assigns first thing... never assumed.
      return { assignments: [...(inBody?.assignments ?? []), ...rest], complete: false };
    }
    case 'using_statement':
    case 'lock_statement':
    case 'checked_statement':
    case 'unsafe_statement':
    case 'fixed_statement': {
      const body = statement.namedChildren.at(-1);
      const inBody = body && isStatement(body) ? effectOf(body, key, resolver) : undefined;
      return inBody ?? looseEffect(statement, key, resolver);
    }
    default:
      return looseEffect(statement, key, resolver);
  }
}

function effectOfStatements(statements: readonly SyntaxNode[], key: string, resolver: TypeResolver): Effect | undefined {
  const assignments: Assignment[] = [];
  for (let i = statements.length - 1; i >= 0; i--) {
    const effect = effectOf(statements[i]!, key, resolver);
    if (!effect) continue;
    assignments.push(...effect.assignments);
    if (effect.complete) return { assignments, complete: true };
  }
  return assignments.length > 0 ? { assignments, complete: false } : undefined;
}

/** Any assignment to `key` anywhere inside (not in nested functions): it may or may not run. */
function looseEffect(node: SyntaxNode, key: string, resolver: TypeResolver): Effect | undefined {
  const assignments: Assignment[] = [];
  const stack = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'assignment_expression') {
      const left = current.childForFieldName('left');
      const right = current.childForFieldName('right');
      if (left && right && operatorOf(current) === '=' && referenceKey(left, resolver) === key)
        assignments.push({ value: right, at: current });
    }
    if (current.type === 'variable_declarator' && localKeyOf(current) === key) {
      const value = declaratorValue(current);
      if (value) assignments.push({ value, at: current });
    }
    for (const child of current.namedChildren) if (!FUNCTION_BOUNDARIES.has(child.type)) stack.push(child);
  }
  return assignments.length > 0 ? { assignments, complete: false } : undefined;
}

function directAssignment(statement: SyntaxNode, key: string, resolver: TypeResolver): Assignment | undefined {
  const expression = statement.namedChildren.find((c) => c.type !== 'comment');
  if (expression?.type !== 'assignment_expression' || operatorOf(expression) !== '=') return undefined;
  const left = expression.childForFieldName('left');
  const right = expression.childForFieldName('right');
  return left && right && referenceKey(left, resolver) === key ? { value: right, at: expression } : undefined;
}

function operatorOf(assignment: SyntaxNode): string | undefined {
  return assignment.childForFieldName('operator')?.text ?? assignment.children.find((c) => c.type.endsWith('='))?.type;
}

/** The initial value of `var x = value` / `T x = value`. */
export function declaratorValue(declarator: SyntaxNode): SyntaxNode | undefined {
  const name = declarator.childForFieldName('name');
  const value = declarator.namedChildren.filter((c) => c.type !== 'comment' && c.id !== name?.id).at(-1);
  return value && value.type !== 'bracketed_argument_list' ? value : undefined;
}

/** The local key of a local variable's declarator (`local:<function>:<name>`). */
function localKeyOf(declarator: SyntaxNode): string | undefined {
  const name = declarator.childForFieldName('name');
  if (!name || declarator.parent?.parent?.type !== 'local_declaration_statement') return undefined;
  const fn = enclosingFunction(declarator);
  return fn ? `local:${fn.startIndex}:${name.text}` : undefined;
}

/**
 * Every assignment to a private field anywhere in the file (field initialisers included), when
 * the field is `field:<type>.<name>` of a type declared only in this file; undefined when other
 * code may assign it (not private, or the type has parts in other files).
 */
export function fieldAssignmentsInFile(root: SyntaxNode, key: string, resolver: TypeResolver): Assignment[] | undefined {
  const match = /^field:(.+)\.([^.]+)$/.exec(key);
  if (!match) return undefined;
  const [, typeName, fieldName] = match as unknown as [string, string, string];
  const declared = resolver.declaredType(typeName);
  if (!declared || declared.paths.length > 1) return undefined;
  const members = declared.members.get(fieldName) ?? [];
  if (members.length !== 1 || members[0]!.kind !== 'field') return undefined;
  let isPrivate = false;
  const assignments: Assignment[] = [];
  for (const declarator of root.descendantsOfType('variable_declarator')) {
    const field = declarator.parent?.parent;
    if (field?.type !== 'field_declaration' || declarator.childForFieldName('name')?.text !== fieldName) continue;
    if (resolver.enclosingTypeAt(declarator)?.fullName !== typeName) continue;
    const modifiers = field.namedChildren.filter((c) => c.type === 'modifier').map((c) => c.text);
    isPrivate = !modifiers.some((m) => m === 'public' || m === 'internal' || m === 'protected');
    const value = declaratorValue(declarator);
    if (value) assignments.push({ value, at: declarator });
  }
  if (!isPrivate) return undefined;
  for (const assignment of root.descendantsOfType('assignment_expression')) {
    const left = assignment.childForFieldName('left');
    const right = assignment.childForFieldName('right');
    if (!left || !right || operatorOf(assignment) !== '=') continue;
    if (left.text.split('.').pop() !== fieldName) continue;
    if (referenceKey(left, resolver) === key) assignments.push({ value: right, at: assignment });
    // Another spelling of the same name whose owner is not proven could be the field too.
    else if (referenceKey(left, resolver) === undefined) return undefined;
  }
  return assignments;
}

/** How a `catch` relates to an exception type. */
export type CatchVerdict = 'covered' | 'covered-rethrown' | 'covered-filtered' | 'unknown' | 'not-covered';

/**
 * Whether code at `node` is inside a `try` (between it and `boundary`, or its function) whose
 * catch covers an exception of type `exception`: a catch of that type, a base type of it, or a
 * bare `catch`. `rethrown` when that catch ends by throwing again; `filtered` when it has a
 * `when` filter; `unknown` when a catch type cannot be resolved.
 */
export function catchCoverage(node: SyntaxNode, exception: string, resolver: TypeResolver, boundary?: SyntaxNode): CatchVerdict {
  let unknown = false;
  let previous = node;
  for (let current = node.parent; current; previous = current, current = current.parent) {
    if (boundary && current.id === boundary.id) break;
    if (FUNCTION_BOUNDARIES.has(current.type)) break;
    if (current.type !== 'try_statement' || current.childForFieldName('body')?.id !== previous.id) continue;
    for (const clause of current.namedChildren.filter((c) => c.type === 'catch_clause')) {
      const declaration = clause.namedChildren.find((c) => c.type === 'catch_declaration');
      const typeNode = declaration?.childForFieldName('type');
      let covers: boolean;
      if (!typeNode) covers = true;
      else {
        const type = resolver.resolveTypeNode(typeNode);
        if (!type) {
          unknown = true;
          continue;
        }
        covers = resolver.isSameOrDerived({ fullName: exception, args: [] }, type.fullName) || type.fullName === 'System.Object';
      }
      if (!covers) continue;
      if (clause.namedChildren.some((c) => c.type === 'catch_filter_clause')) return 'covered-filtered';
      return rethrows(clause.childForFieldName('body')) ? 'covered-rethrown' : 'covered';
    }
  }
  return unknown ? 'unknown' : 'not-covered';
}

/** True when a catch block ends by throwing (a top-level `throw` statement, as its last statement). */
function rethrows(block: SyntaxNode | null): boolean {
  const statements = block?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
  return statements.at(-1)?.type === 'throw_statement';
}

/** Nodes of the given types inside `root`, not inside a nested function. */
export function descendantsInFunction(root: SyntaxNode, types: ReadonlySet<string>): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  const stack = [...root.namedChildren].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (types.has(node.type)) found.push(node);
    if (FUNCTION_BOUNDARIES.has(node.type)) continue;
    for (let i = node.namedChildren.length - 1; i >= 0; i--) stack.push(node.namedChildren[i]!);
  }
  return found;
}
