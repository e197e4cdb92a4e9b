// Where a finding is, in terms that survive edits elsewhere in the file and moved lines: the
// enclosing member (the language's memberPath), the normalised text of the node it points at, and an
// occurrence index among identical findings. The run adds the project-relative path to make the
// fingerprint that the baseline and SARIF's partialFingerprints key on. Line numbers take no part,
// and two different findings never share an anchor (unlike a count per file and rule).
import { createHash } from 'node:crypto';
import type { SyntaxNode, SyntaxTree } from './languages/tree-sitter-core.js';

/** A finding's place in words that survive edits elsewhere. */
export interface FindingAnchor {
  /** The enclosing member (`Sample.Application.GetApplication(string)`; XML: `Project/ItemGroup`); `` at file level. */
  readonly member: string;
  /** The start of the node's normalised text, for people reading a baseline. */
  readonly snippet: string;
  /** Hash (16 hex digits) of the origin, rule, member, node text without whitespace and occurrence index. */
  readonly digest: string;
}

/** What a finding gives the anchor: its origin (transform id or `engine`), rule and range. */
export interface Locatable {
  readonly origin: string;
  readonly rule?: string | undefined;
  readonly start: number;
  readonly end: number;
}

const SNIPPET_LENGTH = 80;

/** The anchor of each item, in input order; `memberPath` is the language's (see Language.memberPath). */
export function anchorFindings(tree: SyntaxTree, items: readonly Locatable[], memberPath: (node: SyntaxNode) => string): FindingAnchor[] {
  const parts = items.map((item) => {
    const node = nodeAt(tree, item.start, item.end);
    const text = flat(node.text);
    // The key ignores whitespace altogether, so that reformatting (`if(x)` to `if (x)`) changes nothing.
    return { member: memberPath(node), text, key: text.replace(/ /g, '') };
  });
  // The n-th of identical findings (same origin, rule, member and text) in document order.
  const order = items.map((_, index) => index).sort((a, b) => items[a]!.start - items[b]!.start || a - b);
  const seen = new Map<string, number>();
  const occurrences: number[] = [];
  for (const index of order) {
    const item = items[index]!;
    const key = JSON.stringify([item.origin, item.rule ?? '', parts[index]!.member, parts[index]!.key]);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    occurrences[index] = occurrence;
  }
  return items.map((item, index) => {
    const { member, text, key } = parts[index]!;
    return {
      member,
      snippet: text.length > SNIPPET_LENGTH ? `${text.slice(0, SNIPPET_LENGTH - 3)}...` : text,
      digest: digestOf([item.origin, item.rule ?? '', member, key, String(occurrences[index])]),
    };
  });
}

/** A hash of the parts (16 hex digits of SHA-256): collisions within one project are not a concern at 64 bits. */
export function digestOf(parts: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 16);
}

/** The smallest named node that holds the range (for an empty range, the one at its offset). */
function nodeAt(tree: SyntaxTree, start: number, end: number): SyntaxNode {
  let node: SyntaxNode | null = tree.rootNode.namedDescendantForIndex(start, Math.max(start, end - 1));
  while (node && (node.startIndex > start || node.endIndex < end)) node = node.parent;
  return node ?? tree.rootNode;
}

/** Whitespace runs as one space, trimmed: the normal form of text in a fingerprint. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
