// Checks what tree-sitter cannot: that an edit leaves comments, strings and directives whole.
// tree-sitter-c-sharp recovers too well: an inserted "/*" that never closes can parse without an
// error (as "/ *"), while the C# compiler would swallow the rest of the file.
import type { TextEdit } from '../../edits.js';
import { splitsCharacterPair, type SyntaxNode, type SyntaxTree } from '../tree-sitter-core.js';
import { COMMENT_AND_STRING_TYPES } from './parse.js';

/** Why the edit is unsafe at the lexical level, or undefined when it is fine. */
export function lexicalProblem(text: string, tree: SyntaxTree, edit: TextEdit): string | undefined {
  for (const offset of edit.start === edit.end ? [edit.start] : [edit.start, edit.end]) {
    if (splitsCharacterPair(text, offset))
      return `the edit boundary at offset ${offset} splits a character pair (a surrogate pair or CRLF)`;
  }
  const atStart = tokenAround(tree.rootNode, edit.start);
  const atEnd = edit.end === edit.start ? atStart : tokenAround(tree.rootNode, edit.end);
  if (atStart && atEnd && atStart.id === atEnd.id) return problemInsideToken(atStart, edit);
  if (atStart || atEnd) return 'the edit cuts through a comment or string literal';
  // An insertion right at the end of a // comment would continue the comment.
  const before = lineCommentEndingAt(tree.rootNode, edit.start);
  if (before && !/^[\r\n]/.test(edit.text) && edit.text !== '') return 'the inserted text would continue the // comment before it';
  const lineEnd = text.slice(edit.end).search(/[\r\n]/);
  return problemInCode(edit.text, lineEnd === -1 ? text.slice(edit.end) : text.slice(edit.end, edit.end + lineEnd));
}

/** The comment or string token that strictly contains `offset` (its delimiters excluded from "inside"). */
function tokenAround(root: SyntaxNode, offset: number): SyntaxNode | undefined {
  for (let node: SyntaxNode | null = root.descendantForIndex(offset, offset); node; node = node.parent) {
    if (COMMENT_AND_STRING_TYPES.has(node.type) && node.startIndex < offset && offset < node.endIndex) return node;
  }
  return undefined;
}

function lineCommentEndingAt(root: SyntaxNode, offset: number): SyntaxNode | undefined {
  if (offset === 0) return undefined;
  const node = root.descendantForIndex(offset - 1, offset - 1);
  return node.type === 'comment' && node.endIndex === offset && node.text.startsWith('//') ? node : undefined;
}

/** Text inserted inside a comment or string must not close it or break its line. */
function problemInsideToken(token: SyntaxNode, edit: TextEdit): string | undefined {
  const inserted = edit.text;
  const kind = token.type === 'comment' ? (token.text.startsWith('//') ? 'line-comment' : 'block-comment') : token.type;
  switch (kind) {
    case 'line-comment':
      return /[\r\n]/.test(inserted) ? 'the edit inserts a line break inside a // comment' : undefined;
    case 'block-comment':
      return inserted.includes('*/') ? 'the edit inserts "*/" inside a /* comment */' : undefined;
    case 'verbatim_string_literal':
      return inserted.includes('"') ? 'the edit inserts a quote inside a verbatim string' : undefined;
    case 'raw_string_literal':
      return inserted.includes('"""') ? 'the edit inserts """ inside a raw string' : undefined;
    case 'character_literal':
      return /['\\\r\n]/.test(inserted) ? 'the edit changes the delimiters of a character literal' : undefined;
    default:
      // Regular and interpolated strings: no quote, backslash, brace or line break.
      return /["\\{}\r\n]/.test(inserted) ? 'the edit inserts a quote, backslash, brace or line break inside a string' : undefined;
  }
}

/**
 * Lexes inserted code: every comment, string and character literal it opens must close inside
 * it (a // comment may run to the end of the line when only whitespace or a comment follows the
 * edit there), and its #if/#endif and #region/#endregion directives must balance.
 */
export function problemInCode(inserted: string, restOfLine: string): string | undefined {
  // Code after the edit on the same line that a trailing // comment in the insertion would hide.
  const hidesCode = !/^\s*(\/\/.*)?$/.test(restOfLine);
  let i = 0;
  const n = inserted.length;
  while (i < n) {
    const c = inserted[i]!;
    const next = inserted[i + 1];
    if (c === '/' && next === '/') {
      const end = inserted.slice(i).search(/[\r\n]/);
      if (end === -1 && hidesCode) return 'the inserted // comment would swallow the code after it on the line';
      i = end === -1 ? n : i + end;
    } else if (c === '/' && next === '*') {
      const end = inserted.indexOf('*/', i + 2);
      if (end === -1) return 'the inserted /* comment is not closed';
      i = end + 2;
    } else if (c === '"' || ((c === '@' || c === '$') && (next === '"' || ((next === '@' || next === '$') && inserted[i + 2] === '"')))) {
      const end = endOfString(inserted, i);
      if (end === -1) return 'the inserted string literal is not closed';
      i = end;
    } else if (c === "'") {
      const match = /^'(?:[^'\\\r\n]|\\.)+'/.exec(inserted.slice(i));
      if (!match) return 'the inserted character literal is not closed';
      i += match[0].length;
    } else {
      i++;
    }
  }
  const count = (pattern: RegExp) => (inserted.match(pattern) ?? []).length;
  if (count(/^[ \t]*#[ \t]*if\b/gm) !== count(/^[ \t]*#[ \t]*endif\b/gm)) return 'the inserted #if/#endif directives do not balance';
  if (count(/^[ \t]*#[ \t]*region\b/gm) !== count(/^[ \t]*#[ \t]*endregion\b/gm))
    return 'the inserted #region/#endregion directives do not balance';
  return undefined;
}

/** The index after the string literal starting at `start` (regular, verbatim, interpolated, raw), or -1. */
function endOfString(text: string, start: number): number {
  let i = start;
  let verbatim = false;
  let interpolated = false;
  while (text[i] === '@' || text[i] === '$') {
    if (text[i] === '@') verbatim = true;
    else interpolated = true;
    i++;
  }
  const quotes = /^"+/.exec(text.slice(i))![0].length;
  if (quotes >= 3) {
    const close = text.indexOf('"'.repeat(quotes), i + quotes);
    return close === -1 ? -1 : close + quotes;
  }
  i++;
  let depth = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (interpolated && c === '{') {
      if (text[i + 1] === '{' && depth === 0) i += 2;
      else {
        depth++;
        i++;
      }
      continue;
    }
    if (interpolated && c === '}' && depth > 0) {
      depth--;
      i++;
      continue;
    }
    if (depth > 0 && c === '"') {
      // A string nested in an interpolation hole.
      const end = endOfString(text, i);
      if (end === -1) return -1;
      i = end;
      continue;
    }
    if (verbatim) {
      if (c === '"') {
        if (text[i + 1] === '"') i += 2;
        else return i + 1;
        continue;
      }
    } else {
      if (c === '\\') {
        i += 2;
        continue;
      }
      if (c === '\r' || c === '\n') return -1;
      if (c === '"' && depth === 0) return i + 1;
    }
    i++;
  }
  return -1;
}
