// The XML counterpart of lexical-guard: an edit must not cut a comment, CDATA section or
// processing instruction, and text inserted into an attribute value or character data must not
// close it or open markup. The re-parse guard catches the rest.
import type { TextEdit } from '../../edits.js';
import { splitsCharacterPair, type SyntaxNode, type SyntaxTree } from '../tree-sitter-core.js';

/** Tokens whose inside an edit may touch only with text that keeps them whole. */
const OPAQUE_TYPES = new Set(['Comment', 'CDSect', 'PI', 'XMLDecl', 'doctypedecl']);

/** Why the edit is unsafe at the lexical level, or undefined when it is fine. */
export function xmlLexicalProblem(text: string, tree: SyntaxTree, edit: TextEdit): string | undefined {
  for (const offset of edit.start === edit.end ? [edit.start] : [edit.start, edit.end]) {
    if (splitsCharacterPair(text, offset))
      return `the edit boundary at offset ${offset} splits a character pair (a surrogate pair or CRLF)`;
  }
  const opaqueStart = enclosing(tree.rootNode, edit.start, OPAQUE_TYPES);
  const opaqueEnd = enclosing(tree.rootNode, edit.end, OPAQUE_TYPES);
  if (opaqueStart || opaqueEnd)
    return `the edit cuts into an XML ${(opaqueStart ?? opaqueEnd)!.type === 'Comment' ? 'comment' : 'declaration, CDATA section or processing instruction'}`;
  const value = enclosing(tree.rootNode, edit.start, new Set(['AttValue']));
  if (value) {
    if (edit.end >= value.endIndex) return 'the edit runs past the end of an attribute value';
    const quote = value.text[0]!;
    if (edit.text.includes(quote) || edit.text.includes('<')) return `the edit inserts ${quote} or < inside an attribute value`;
    if (!escapesAreWhole(edit.text)) return 'the edit inserts an & that does not start an entity or character reference';
  }
  return undefined;
}

function escapesAreWhole(inserted: string): boolean {
  for (let i = inserted.indexOf('&'); i !== -1; i = inserted.indexOf('&', i + 1)) {
    const semicolon = inserted.indexOf(';', i);
    if (semicolon === -1) return false;
    const name = inserted.slice(i + 1, semicolon);
    if (!/^(#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z_][\w.-]*)$/.test(name)) return false;
  }
  return true;
}

/** The node of one of `types` that strictly contains `offset` (its first and last character excluded). */
function enclosing(root: SyntaxNode, offset: number, types: ReadonlySet<string>): SyntaxNode | undefined {
  for (let node: SyntaxNode | null = root.descendantForIndex(offset, offset); node; node = node.parent) {
    if (types.has(node.type) && node.startIndex < offset && offset < node.endIndex) return node;
  }
  return undefined;
}
