// The enclosing member of a place in a C# file, in words that survive edits elsewhere: the
// namespaces, types and member around it (`Sample.Application.GetApplication(string)`). Part of a
// finding's fingerprint (see engine/finding-anchor.ts).
import { flat } from '../../finding-anchor.js';
import type { SyntaxNode } from '../tree-sitter-core.js';

/** C# declarations that name a level of the path; members end it. */
const CSHARP_CONTAINERS = new Set([
  'namespace_declaration',
  'file_scoped_namespace_declaration',
  'class_declaration',
  'struct_declaration',
  'interface_declaration',
  'record_declaration',
  'enum_declaration',
]);
const CSHARP_MEMBERS = new Set([
  'method_declaration',
  'constructor_declaration',
  'destructor_declaration',
  'operator_declaration',
  'conversion_operator_declaration',
  'indexer_declaration',
  'property_declaration',
  'event_declaration',
  'event_field_declaration',
  'field_declaration',
  'delegate_declaration',
]);

/** The C# path of `node`: its containers' names and its member (with parameter types), dot-separated; `` at file level. */
export function csharpMemberPath(node: SyntaxNode): string {
  const parts: string[] = [];
  let member: string | undefined;
  for (let current: SyntaxNode | null = node; current; current = current.parent) {
    if (member === undefined && CSHARP_MEMBERS.has(current.type)) member = csharpMemberName(current);
    else if (CSHARP_CONTAINERS.has(current.type)) parts.unshift(flat(current.childForFieldName('name')?.text ?? '?'));
  }
  if (member !== undefined) parts.push(member);
  return parts.join('.');
}

function csharpMemberName(member: SyntaxNode): string {
  const parameters = member.childForFieldName('parameters');
  const list = parameters
    ? `(${parameters.namedChildren
        .filter((parameter) => parameter.type === 'parameter')
        .map((parameter) => flat(parameter.childForFieldName('type')?.text ?? '?'))
        .join(', ')})`
    : '';
  if (member.type === 'indexer_declaration') return `this[${list.slice(1, -1)}]`;
  if (member.type === 'destructor_declaration') return `~${flat(member.childForFieldName('name')?.text ?? '')}()`;
  const name = member.childForFieldName('name')?.text;
  if (name !== undefined) return `${flat(name)}${list}`;
  // Fields and event fields name their variables; operators their symbol.
  const declarators = member.descendantsOfType('variable_declarator').map((declarator) => declarator.childForFieldName('name')?.text);
  if (declarators.length > 0) return declarators.filter(Boolean).join(', ');
  return `${flat(member.childForFieldName('operator')?.text ?? member.childForFieldName('type')?.text ?? member.type)}${list}`;
}
