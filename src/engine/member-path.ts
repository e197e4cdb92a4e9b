// The enclosing member of a place in a file, in words that survive edits elsewhere: for C# the
// namespaces, types and member around it (`Sample.Application.GetApplication(string)`), for XML the
// elements around it with the attributes that tell siblings apart
// (`Project/PropertyGroup[Condition=...]`). Part of a finding's fingerprint (see finding-anchor).
import type { SyntaxNode } from './parse-csharp.js';

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

/** Attributes that tell sibling MSBuild and configuration elements apart. */
const XML_KEY_ATTRIBUTES = ['Condition', 'Include', 'Name'];

/** The XML path of `node`: the elements around it (not itself), with their key attributes, slash-separated. */
export function xmlElementPath(node: SyntaxNode): string {
  const parts: string[] = [];
  for (let current = node.parent; current; current = current.parent) {
    if (current.type !== 'element') continue;
    const tag = current.children.find((child) => child.type === 'STag' || child.type === 'EmptyElemTag');
    const name = tag?.children.find((child) => child.type === 'Name')?.text ?? '?';
    const keys = (tag?.children ?? [])
      .filter((child) => child.type === 'Attribute')
      .map(
        (attribute) =>
          [
            attribute.children.find((child) => child.type === 'Name')?.text ?? '',
            attribute.children.find((child) => child.type === 'AttValue')?.text ?? '',
          ] as const,
      )
      .filter(([key]) => XML_KEY_ATTRIBUTES.includes(key))
      .map(([key, value]) => `[${key}=${flat(value)}]`);
    parts.unshift(`${name}${keys.join('')}`);
  }
  return parts.join('/');
}

/** Whitespace runs as one space, trimmed: the normal form of text in a fingerprint. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
