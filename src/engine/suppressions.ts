// Suppression comments: `// ucma-codemod-disable-next-line <id>[, <id>...] -- <reason>` lets a
// person acknowledge a transform's finding on the next line, in the manner of ESLint and Roslyn.
// Malformed, unknown and unused suppressions are reported, so stale ones do not pile up.
import type { OwnedEdit } from './edits.js';
import { LineIndex } from './line-index.js';
import type { SyntaxNode, SyntaxTree } from './languages/tree-sitter-core.js';
import type { Diagnostic } from './transform.js';

/** A diagnostic with its origin (a transform id, or `engine`), as the per-file engine collects them. */
export interface OriginDiagnostic extends Diagnostic {
  readonly origin: string;
}

/** The word that starts a suppression comment. */
export const SUPPRESSION_DIRECTIVE = 'ucma-codemod-disable-next-line';

const ENGINE = 'engine';

/** One suppression comment as written. */
export interface Suppression {
  /** Offsets of the comment. */
  readonly start: number;
  readonly end: number;
  /** 1-based line of the comment; it applies to the line after it. */
  readonly line: number;
  /** The transform ids it names, as written (`id`, or `id/rule-id` for one rule). */
  readonly ids: readonly string[];
  /** The text after `--`, trimmed; undefined when missing or empty. */
  readonly reason: string | undefined;
}

/** What a run knows about transforms, to judge the ids a suppression names. */
export interface SuppressionScope {
  /** The transforms that ran on this file: their findings can be silenced, and an unused suppression of them is stale. */
  readonly selected: ReadonlySet<string>;
  /** Every transform id the tool knows (built-in and loaded); a name outside it is a typo. */
  readonly known: ReadonlySet<string>;
}

/** True when the text may hold a suppression comment (cheap test before any tree walk). */
function mayHaveSuppressions(text: string): boolean {
  return text.includes(SUPPRESSION_DIRECTIVE);
}

/** The suppression comments of a file: line comments, or block comments on one line, that start with the directive. */
function findSuppressions(text: string, tree: SyntaxTree): Suppression[] {
  if (!mayHaveSuppressions(text)) return [];
  const lines = new LineIndex(text);
  const found: Suppression[] = [];
  for (const comment of commentNodes(tree.rootNode)) {
    const match = /^(?:\/\/(?!\/)|\/\*)\s*ucma-codemod-disable-next-line(?=\s|$|\*\/)(.*?)(?:\*\/)?\s*$/s.exec(comment.text);
    if (!match || /[\r\n]/.test(comment.text)) continue;
    const rest = match[1]!;
    const separator = rest.indexOf('--');
    const names = separator === -1 ? rest : rest.slice(0, separator);
    const reason = separator === -1 ? '' : rest.slice(separator + 2).trim();
    found.push({
      start: comment.startIndex,
      end: comment.endIndex,
      line: lines.positionAt(comment.startIndex).line,
      ids: names
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name !== ''),
      reason: reason === '' ? undefined : reason,
    });
  }
  return found;
}

/**
 * Drops the warnings, infos and edits that a suppression names on its next line, and reports
 * suppressions that are malformed (no id, no reason), name an unknown transform, or silence
 * nothing of a transform that ran. Errors are never silenced: they mean the file could not be
 * handled. Edits on a suppressed line are dropped too: the person has decided about that line,
 * and an edit left in would keep `check` failing.
 */
export function applySuppressions<D extends OriginDiagnostic>(
  text: string,
  tree: SyntaxTree,
  diagnostics: readonly D[],
  edits: readonly OwnedEdit[],
  scope: SuppressionScope,
): { diagnostics: Array<D | OriginDiagnostic>; edits: OwnedEdit[] } {
  const suppressions = findSuppressions(text, tree);
  if (suppressions.length === 0) return { diagnostics: [...diagnostics], edits: [...edits] };
  const lines = new LineIndex(text);
  const lineOf = (offset: number) => lines.positionAt(offset).line;
  const problems: OriginDiagnostic[] = [];
  const used = new Map<Suppression, Set<string>>();
  // Suppressions in force, by the line they apply to.
  const byLine = new Map<number, Suppression[]>();

  for (const suppression of suppressions) {
    const problem = (message: string) =>
      problems.push({ severity: 'warning', message, range: { start: suppression.start, end: suppression.end }, origin: ENGINE });
    if (suppression.ids.length === 0) {
      problem(
        `this ${SUPPRESSION_DIRECTIVE} comment names no transform, so it silences nothing; write "// ${SUPPRESSION_DIRECTIVE} <transform-id> -- <reason>"`,
      );
      continue;
    }
    if (suppression.reason === undefined) {
      problem(
        `this ${SUPPRESSION_DIRECTIVE} comment gives no reason, so it is not applied; add one after "--": "// ${SUPPRESSION_DIRECTIVE} ${suppression.ids.join(', ')} -- <reason>"`,
      );
      continue;
    }
    const unknown = suppression.ids.filter((id) => !scope.known.has(transformOf(id)));
    if (unknown.length > 0) {
      const known = [...scope.known].sort().join(', ');
      problem(
        `this ${SUPPRESSION_DIRECTIVE} comment names ${unknown.map((id) => `"${id}"`).join(', ')}, which ${unknown.length === 1 ? 'is' : 'are'} not a transform (known: ${known}); fix the name or remove it`,
      );
    }
    used.set(suppression, new Set());
    byLine.set(suppression.line + 1, [...(byLine.get(suppression.line + 1) ?? []), suppression]);
  }

  // The suppression and the name in it that cover a finding of `origin` (with its `rule`, if any) at `offset`.
  const silencedBy = (origin: string, rule: string | undefined, offset: number): { suppression: Suppression; name: string } | undefined => {
    for (const suppression of byLine.get(lineOf(offset)) ?? []) {
      const name = suppression.ids.find((id) => id === origin || (rule !== undefined && id === `${origin}/${rule}`));
      if (name !== undefined) return { suppression, name };
    }
    return undefined;
  };
  const kept: D[] = [];
  for (const diagnostic of diagnostics) {
    const hit =
      diagnostic.severity !== 'error' && diagnostic.origin !== ENGINE
        ? silencedBy(diagnostic.origin, ruleOf(diagnostic), diagnostic.range.start)
        : undefined;
    if (hit) used.get(hit.suppression)!.add(hit.name);
    else kept.push(diagnostic);
  }
  const keptEdits: OwnedEdit[] = [];
  for (const edit of edits) {
    const hit = silencedBy(edit.transformId, ruleOf(edit), edit.start);
    if (hit) used.get(hit.suppression)!.add(hit.name);
    else keptEdits.push(edit);
  }

  for (const [suppression, silenced] of used) {
    // Only a transform that ran can be judged: with -t, the others' suppressions are left alone.
    const unused = suppression.ids.filter((id) => scope.selected.has(transformOf(id)) && !silenced.has(id));
    if (unused.length === 0) continue;
    problems.push({
      severity: 'warning',
      message: `this ${SUPPRESSION_DIRECTIVE} comment silences nothing of ${unused.join(', ')} on line ${suppression.line + 1}; remove it (or the name) if the finding is gone`,
      range: { start: suppression.start, end: suppression.end },
      origin: ENGINE,
    });
  }
  return { diagnostics: [...kept, ...problems].sort((a, b) => a.range.start - b.range.start), edits: keptEdits };
}

/** The transform id of a name: `id`, or `id/rule-id` for one rule of a rule-table transform. */
function transformOf(name: string): string {
  const slash = name.indexOf('/');
  return slash === -1 ? name : name.slice(0, slash);
}

/** The optional rule id of a diagnostic or edit (rule-table transforms set it). */
function ruleOf(item: object): string | undefined {
  const rule = (item as { readonly rule?: unknown }).rule;
  return typeof rule === 'string' ? rule : undefined;
}

/** Every comment node, in document order. */
function commentNodes(root: SyntaxNode): SyntaxNode[] {
  const found: SyntaxNode[] = [];
  const cursor = root.walk();
  let descending = true;
  for (;;) {
    if (descending && cursor.nodeType === 'comment') found.push(cursor.currentNode);
    if (descending && cursor.gotoFirstChild()) continue;
    if (cursor.gotoNextSibling()) {
      descending = true;
      continue;
    }
    if (!cursor.gotoParent()) break;
    descending = false;
  }
  return found;
}
