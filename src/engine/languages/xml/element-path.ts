// The enclosing elements of a place in an XML file, in words that survive edits elsewhere: the
// elements around it with the attributes that tell siblings apart
// (`Project/PropertyGroup[Condition=...]`). Part of a finding's fingerprint (see
// engine/finding-anchor.ts).
import { flat } from '../../finding-anchor.js';
import type { SyntaxNode } from '../tree-sitter-core.js';

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
