// Helpers for reading the C# tree in transforms: search, queries, ancestry, syntax-error checks.
import type ParserModule from 'tree-sitter';
import { COMMENT_AND_STRING_TYPES } from '../engine/languages/csharp/parse.js';
import { csharpGrammar } from '../engine/languages/csharp/grammar.js';
import { findSyntaxErrors, treeSitter, type SyntaxErrorSite, type SyntaxNode } from '../engine/languages/tree-sitter-core.js';

/** The node's source text. */
export function nodeText(node: SyntaxNode): string {
  return node.text;
}

/** Every descendant of `root` (itself included) whose type is one of `types`, in document order. */
export function findAll(root: SyntaxNode, types: string | readonly string[]): SyntaxNode[] {
  const wanted = typeof types === 'string' ? [types] : [...types];
  const found = root.descendantsOfType(wanted);
  return wanted.includes(root.type) ? [root, ...found.filter((n) => !isSameNode(n, root))] : found;
}

/**
 * Every `identifier` of `root` (itself included) whose text is `name` (or one of `names`), in
 * document order: the same nodes as `findAll(root, 'identifier').filter((n) => n.text === name)`,
 * found from the text.
 * The text is searched for `name` and each whole-word occurrence is looked up in the tree, so the
 * cost follows the occurrences, not the size of the tree: a walk of every node makes a JavaScript
 * object per match of its type, which dominates a transform's time on big files. Occurrences in
 * comments and strings are not identifiers and are left out by the lookup.
 */
export function findIdentifiers(root: SyntaxNode, names: string | readonly string[]): SyntaxNode[] {
  const text = root.text;
  const found: SyntaxNode[] = [];
  const wanted = typeof names === 'string' ? [names] : [...new Set(names)];
  for (const name of wanted) if (name !== '') findOccurrences(root, text, name, found);
  // Names never overlap as whole identifiers, so sorting by start puts them in document order.
  if (wanted.length > 1) found.sort((a, b) => a.startIndex - b.startIndex);
  return found;
}

function findOccurrences(root: SyntaxNode, text: string, name: string, found: SyntaxNode[]): void {
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
    if (isIdentifierPart(text, at - 1) || isIdentifierPart(text, at + name.length)) continue;
    const start = root.startIndex + at;
    const end = start + name.length;
    // The smallest node there may be a keyword token inside the identifier (`global` of `global::`).
    let node: SyntaxNode | null = root.descendantForIndex(start, end);
    while (node && node.type !== 'identifier' && node.startIndex === start && node.endIndex === end && !isSameNode(node, root))
      node = node.parent;
    if (node?.type === 'identifier' && node.startIndex === start && node.endIndex === end) found.push(node);
  }
}

/**
 * The declarations of `root` (itself included) of one of `types` whose `name` field is `name`, in
 * document order (see findIdentifiers: found from the text, not by a walk of every node).
 */
export function findDeclarationsNamed(root: SyntaxNode, types: string | readonly string[], name: string): SyntaxNode[] {
  const wanted = typeof types === 'string' ? [types] : types;
  const found: SyntaxNode[] = [];
  for (const identifier of findIdentifiers(root, name)) {
    const declaration = identifier.parent;
    if (!declaration || !wanted.includes(declaration.type)) continue;
    const named = declaration.childForFieldName('name');
    if (named && isSameNode(named, identifier)) found.push(declaration);
  }
  return found;
}

// An ASCII letter, digit, underscore or @ next to an occurrence makes it part of another word (@
// starts a verbatim identifier, whose node text keeps it): no lookup needed. Anything else is
// looked up, and the tree decides.
function isIdentifierPart(text: string, index: number): boolean {
  const code = index < 0 ? NaN : text.charCodeAt(index);
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || code === 64;
}

/** The first descendant of the given type, or undefined. */
export function findFirst(root: SyntaxNode, types: string | readonly string[]): SyntaxNode | undefined {
  return findAll(root, types)[0];
}

/** The nearest ancestor (not the node itself) of one of the types, or undefined. */
export function findAncestor(node: SyntaxNode, types: string | readonly string[]): SyntaxNode | undefined {
  const wanted = typeof types === 'string' ? [types] : types;
  for (let current = node.parent; current; current = current.parent) {
    if (wanted.includes(current.type)) return current;
  }
  return undefined;
}

/** The node's ancestors, nearest first. */
export function ancestors(node: SyntaxNode): SyntaxNode[] {
  const result: SyntaxNode[] = [];
  for (let current = node.parent; current; current = current.parent) result.push(current);
  return result;
}

const queryCache = new Map<string, ParserModule.Query>();

/** A compiled tree-sitter query over C# (cached by its source). Throws with tree-sitter's message on a bad pattern. */
export function compileQuery(source: string): ParserModule.Query {
  let query = queryCache.get(source);
  if (!query) {
    query = new (treeSitter().Query)(csharpGrammar(), source);
    queryCache.set(source, query);
  }
  return query;
}

/** Runs a tree-sitter query; returns one record of captures (name to node) per match. */
export function query(root: SyntaxNode, source: string): Array<Record<string, SyntaxNode>> {
  return compileQuery(source)
    .matches(root)
    .map((match) => Object.fromEntries(match.captures.map((capture) => [capture.name, capture.node])));
}

/** True when the node is, or sits inside, a comment, a string or a character literal. */
export function isInsideCommentOrString(node: SyntaxNode): boolean {
  for (let current: SyntaxNode | null = node; current; current = current.parent) {
    if (COMMENT_AND_STRING_TYPES.has(current.type)) return true;
  }
  return false;
}

/** True when the node contains an ERROR or MISSING node. */
export function hasSyntaxError(node: SyntaxNode): boolean {
  return node.hasError;
}

/** The syntax errors inside the node, in document order. */
export function syntaxErrorsIn(node: SyntaxNode): SyntaxErrorSite[] {
  return findSyntaxErrors(node);
}

/** The named children of a node, skipping comments (which tree-sitter places anywhere). */
export function namedChildrenWithoutComments(node: SyntaxNode): SyntaxNode[] {
  return node.namedChildren.filter((child) => child.type !== 'comment');
}

/** True when both are the same node of the same tree. */
export function isSameNode(a: SyntaxNode, b: SyntaxNode): boolean {
  return a.id === b.id && a.tree === b.tree;
}
