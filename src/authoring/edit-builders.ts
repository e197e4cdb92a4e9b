// Small constructors for edits and diagnostics, so transforms never compute offsets by hand.
import type { TextEdit } from '../engine/edits.js';
import type { SyntaxNode } from '../engine/languages/tree-sitter-core.js';
import type { Diagnostic, Severity, TextRange } from '../engine/transform.js';

/** A node or an explicit range. */
export type Target = SyntaxNode | TextRange;

function rangeOf(target: Target): TextRange {
  if ('startIndex' in target) return { start: target.startIndex, end: target.endIndex };
  return { start: target.start, end: target.end };
}

/** Replaces the node's text (or the range) with `text`. */
export function replace(target: Target, text: string): TextEdit {
  const { start, end } = rangeOf(target);
  return { start, end, text };
}

/** Inserts `text` just before the node (or at the range's start). */
export function insertBefore(target: Target, text: string): TextEdit {
  const { start } = rangeOf(target);
  return { start, end: start, text };
}

/** Inserts `text` just after the node (or at the range's end). */
export function insertAfter(target: Target, text: string): TextEdit {
  const { end } = rangeOf(target);
  return { start: end, end, text };
}

/** Removes the node's text (or the range). Surrounding whitespace is left alone. */
export function remove(target: Target): TextEdit {
  const { start, end } = rangeOf(target);
  return { start, end, text: '' };
}

/** A diagnostic of any severity at the node or range. */
export function diagnostic(severity: Severity, target: Target, message: string): Diagnostic {
  return { severity, message, range: rangeOf(target) };
}

/** The transform could not handle this place: the file fails. */
export function error(target: Target, message: string): Diagnostic {
  return diagnostic('error', target, message);
}

/** A person must make a change here by hand. */
export function warning(target: Target, message: string): Diagnostic {
  return diagnostic('warning', target, message);
}

/** For information only. */
export function info(target: Target, message: string): Diagnostic {
  return diagnostic('info', target, message);
}
