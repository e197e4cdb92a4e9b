// Helpers for transforms over XML files (MSBuild projects, App.config): elements, attributes and
// simple text values read from the tree-sitter XML tree, with the offsets to edit them.
import type { SyntaxNode } from '../engine/languages/tree-sitter-core.js';

/** An attribute: its name and its value as written (between the quotes), with the value's range. */
export interface XmlAttribute {
  readonly name: string;
  /** The raw value, entities not expanded. */
  readonly raw: string;
  /** The value with the predefined entities and character references expanded. */
  readonly value: string;
  /** Offsets of the value inside the quotes. */
  readonly start: number;
  readonly end: number;
  readonly node: SyntaxNode;
}

/** The start tag (or empty-element tag) of an element. */
function tagOf(element: SyntaxNode): SyntaxNode | undefined {
  return element.children.find((child) => child.type === 'STag' || child.type === 'EmptyElemTag');
}

/** The element's name as written, prefix included (`Reference`, `asmv1:assembly`). */
export function elementName(element: SyntaxNode): string {
  return tagOf(element)?.children.find((child) => child.type === 'Name')?.text ?? '';
}

/** The element's attributes, in document order. */
export function elementAttributes(element: SyntaxNode): XmlAttribute[] {
  const tag = tagOf(element);
  if (!tag) return [];
  const result: XmlAttribute[] = [];
  for (const attribute of tag.children) {
    if (attribute.type !== 'Attribute') continue;
    const name = attribute.children.find((child) => child.type === 'Name')?.text ?? '';
    const quoted = attribute.children.find((child) => child.type === 'AttValue');
    if (!quoted) continue;
    const start = quoted.startIndex + 1;
    const end = quoted.endIndex - 1;
    const raw = quoted.text.slice(1, -1);
    result.push({ name, raw, value: expandXmlReferences(raw), start, end, node: attribute });
  }
  return result;
}

/** The attribute called `name` (compared exactly, as XML does), or undefined. */
export function attributeOf(element: SyntaxNode, name: string): XmlAttribute | undefined {
  return elementAttributes(element).find((attribute) => attribute.name === name);
}

/** The elements directly inside `element`. */
export function childElements(element: SyntaxNode): SyntaxNode[] {
  const content = element.children.find((child) => child.type === 'content');
  return content ? content.children.filter((child) => child.type === 'element') : [];
}

/** Every element in the subtree of `node` (itself included), in document order. */
export function descendantElements(node: SyntaxNode): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  const visit = (current: SyntaxNode): void => {
    if (current.type === 'element') found.push(current);
    for (const child of current.children)
      if (child.type === 'element' || child.type === 'content' || child.type === 'document') visit(child);
  };
  visit(node);
  return found;
}

/** The root element of an XML document tree, or undefined when it has none. */
export function rootElement(documentNode: SyntaxNode): SyntaxNode | undefined {
  return documentNode.children.find((child) => child.type === 'element');
}

/** An element's text value: the range between its tags and the text there, entities expanded. */
export interface XmlTextValue {
  readonly raw: string;
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The text of an element that holds only character data (and entity references), such as
 * `<TargetFrameworkVersion>v3.5</TargetFrameworkVersion>`; undefined when it holds elements,
 * comments or CDATA, or is an empty-element tag.
 */
export function elementTextValue(element: SyntaxNode): XmlTextValue | undefined {
  const startTag = element.children.find((child) => child.type === 'STag');
  const endTag = element.children.find((child) => child.type === 'ETag');
  if (!startTag || !endTag) return undefined;
  const content = element.children.find((child) => child.type === 'content');
  if (content && !content.children.every((child) => child.type === 'CharData' || child.type === 'EntityRef' || child.type === 'CharRef'))
    return undefined;
  const start = startTag.endIndex;
  const end = endTag.startIndex;
  const raw = content ? content.text : '';
  return { raw, value: expandXmlReferences(raw), start, end };
}

/** The child elements of `element` named `name` (exactly). */
export function childElementsNamed(element: SyntaxNode, name: string): SyntaxNode[] {
  return childElements(element).filter((child) => elementName(child) === name);
}

const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Expands the five predefined entities and character references; other references are kept as written. */
export function expandXmlReferences(raw: string): string {
  let result = '';
  let cursor = 0;
  for (let i = raw.indexOf('&'); i !== -1; i = raw.indexOf('&', cursor)) {
    const semicolon = raw.indexOf(';', i);
    if (semicolon === -1) break;
    const name = raw.slice(i + 1, semicolon);
    let expanded: string | undefined = PREDEFINED[name];
    if (expanded === undefined && name.startsWith('#x')) expanded = codePoint(Number.parseInt(name.slice(2), 16));
    else if (expanded === undefined && name.startsWith('#')) expanded = codePoint(Number.parseInt(name.slice(1), 10));
    result += raw.slice(cursor, i) + (expanded ?? raw.slice(i, semicolon + 1));
    cursor = semicolon + 1;
  }
  return result + raw.slice(cursor);
}

function codePoint(value: number): string | undefined {
  return Number.isInteger(value) && value >= 0 && value <= 0x10ffff ? String.fromCodePoint(value) : undefined;
}

/** The whitespace that starts the line `offset` is on (the indentation of the element there). */
export function indentationAt(text: string, offset: number): string {
  let lineStart = offset;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  let end = lineStart;
  while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
  return text.slice(lineStart, end);
}

/**
 * An insertion that adds `markup` (one element) as the last child of `parent`, on its own line,
 * indented like the parent's last child element (or one step deeper than the parent when it has
 * none). The line break is written as "\n"; the engine turns it into the file's own.
 */
export function appendChildElement(
  text: string,
  parent: SyntaxNode,
  markup: string,
): { start: number; end: number; text: string } | undefined {
  const last = childElements(parent).pop();
  if (last) {
    return { start: last.endIndex, end: last.endIndex, text: `\n${indentationAt(text, last.startIndex)}${markup}` };
  }
  const endTag = parent.children.find((child) => child.type === 'ETag');
  if (!endTag) return undefined;
  const parentIndent = indentationAt(text, parent.startIndex);
  const step = parentIndent.includes('\t') ? '\t' : '  ';
  return { start: endTag.startIndex, end: endTag.startIndex, text: `\n${parentIndent}${step}${markup}\n${parentIndent}` };
}
