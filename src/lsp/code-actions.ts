// The code actions of a checked buffer: a quick fix for each change in the asked range (its own
// edits, as the engine made them), "fix all" (every edit of the file: exactly what apply writes),
// "suppress with a reason" (the suppression comment line), and the workspace-wide apply command.
// Only findings in the asked range get actions (editors ask for the cursor's line; offering fixes
// for every finding on every line is the noise ast-grep#1327 complained of).
import { CodeActionKind, type CodeAction, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { LineIndex } from '../engine/line-index.js';
import { languageForPath } from '../engine/languages/index.js';
import { SUPPRESSION_DIRECTIVE, type SuppressionSyntax } from '../engine/languages/suppression-syntax.js';
import type { Transform } from '../engine/transform.js';
import type { ReportedEdit } from '../run/run-result.js';
import { positionOf, type Finding } from './document-findings.js';

/** The kind of "fix all" (editors run `source.fixAll` on save when asked to). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.ucma-codemod`;
/** The kind of the workspace-wide apply. */
export const APPLY_WORKSPACE_KIND = `${CodeActionKind.Source}.applyWorkspace.ucma-codemod`;
/** The command that applies every change of the workspace (see workspace-edit.ts). */
export const APPLY_WORKSPACE_COMMAND = 'ucma-codemod.applyWorkspace';

/** A checked buffer as the actions need it. */
export interface CheckedBuffer {
  readonly uri: string;
  readonly version: number;
  /** The file's path relative to the workspace (its language comes from its name). */
  readonly path: string;
  readonly text: string;
  readonly findings: readonly Finding[];
  /** Every edit of the file, already through the engine's guards together. */
  readonly edits: readonly ReportedEdit[];
}

export interface ActionRequest {
  readonly range: Range;
  /** The kinds the client asked for (CodeActionContext.only); undefined: all. */
  readonly only: readonly string[] | undefined;
  /** The client takes versioned document changes (else plain `changes`). */
  readonly documentChanges: boolean;
}

/** The actions for `request` on `buffer`. */
export function codeActionsFor(
  buffer: CheckedBuffer,
  request: ActionRequest,
  transformsById: ReadonlyMap<string, Transform>,
): CodeAction[] {
  const wanted = (kind: string) => request.only === undefined || request.only.some((only) => kind === only || kind.startsWith(`${only}.`));
  const inRange = buffer.findings.filter((finding) => overlaps(finding.diagnostic.range, request.range));
  const actions: CodeAction[] = [];
  if (wanted(CodeActionKind.QuickFix)) {
    for (const finding of inRange) {
      if (finding.kind !== 'change' || !finding.fixable()) continue;
      actions.push({
        title: `Fix: ${finding.message.replace(/^(needs|can) change: /, '')}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [finding.diagnostic],
        isPreferred: true,
        edit: workspaceEdit(buffer, finding.edits.map(textEdit), request.documentChanges),
      });
    }
    const changesHere = inRange.filter((finding) => finding.kind === 'change');
    if (changesHere.length > 0)
      actions.push({
        title: `Fix all ucma-codemod changes in this file (${count(buffer.edits.length, 'edit')})`,
        kind: CodeActionKind.QuickFix,
        diagnostics: changesHere.map((finding) => finding.diagnostic),
        edit: workspaceEdit(buffer, buffer.edits.map(textEdit), request.documentChanges),
      });
    // Wherever the file's language reads suppression comments, written as that language writes them.
    const syntax = languageForPath(buffer.path)?.suppressionComments;
    if (syntax !== undefined) {
      const seen = new Set<string>();
      for (const finding of inRange) {
        const suppression = suppressionFor(buffer, finding, transformsById, syntax);
        if (suppression === undefined || seen.has(suppression.title)) continue;
        seen.add(suppression.title);
        actions.push({
          title: suppression.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [finding.diagnostic],
          edit: workspaceEdit(buffer, [suppression.edit], request.documentChanges),
        });
      }
    }
  }
  if (buffer.edits.length > 0 && wanted(FIX_ALL_KIND))
    actions.push({
      title: `Fix all ucma-codemod changes in this file (${count(buffer.edits.length, 'edit')})`,
      kind: FIX_ALL_KIND,
      edit: workspaceEdit(buffer, buffer.edits.map(textEdit), request.documentChanges),
    });
  if (wanted(APPLY_WORKSPACE_KIND))
    actions.push({
      title: 'Apply every ucma-codemod change in the workspace (preview)',
      kind: APPLY_WORKSPACE_KIND,
      command: { title: 'Apply every ucma-codemod change in the workspace', command: APPLY_WORKSPACE_COMMAND },
    });
  return actions;
}

/** LSP ranges touch or overlap (a cursor at a finding's end still counts). */
function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character < q.character);
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A reported edit as an LSP edit. */
export function textEdit(edit: ReportedEdit): TextEdit {
  return { range: { start: positionOf(edit.start), end: positionOf(edit.end) }, newText: edit.newText };
}

function workspaceEdit(buffer: CheckedBuffer, edits: TextEdit[], documentChanges: boolean): WorkspaceEdit {
  return documentChanges
    ? { documentChanges: [{ textDocument: { uri: buffer.uri, version: buffer.version }, edits }] }
    : { changes: { [buffer.uri]: edits } };
}

/**
 * The suppression of a finding: a new comment line above the finding's first line, as its language
 * writes one (`// ucma-codemod-disable-next-line <id> -- ` in C#,
 * `<!-- ucma-codemod-disable-next-line <id>:  -->` in XML; same indentation and line ending), or
 * the id added to such a comment already there. The reason is left for the person to write: an editor cannot ask for it, and the engine
 * applies no suppression without one (it says so on the comment until a reason is written).
 * Errors and the engine's own findings cannot be suppressed.
 */
function suppressionFor(
  buffer: CheckedBuffer,
  finding: Finding,
  transformsById: ReadonlyMap<string, Transform>,
  syntax: SuppressionSyntax,
): { title: string; edit: TextEdit } | undefined {
  if (finding.owner === 'engine' || finding.severity === 'error' || finding.kind === 'file') return undefined;
  if (!transformsById.has(finding.owner)) return undefined;
  const id = finding.rule === undefined ? finding.owner : `${finding.owner}/${finding.rule}`;
  const lines = new LineIndex(buffer.text);
  const line = lines.positionAt(finding.start).line - 1;
  const lineStart = finding.start - (lines.positionAt(finding.start).column - 1);
  const indent = /^[ \t]*/.exec(buffer.text.slice(lineStart))![0];
  const above = line > 0 ? lineText(buffer.text, lines, line - 1) : undefined;
  const existing = above === undefined ? undefined : suppressionNames(above, syntax);
  if (existing) {
    if (existing.ids.includes(id)) return undefined;
    const at = { line: line - 1, character: existing.end };
    return {
      title: `Suppress ${id} on this line: add it to the comment above`,
      edit: { range: { start: at, end: at }, newText: `, ${id}` },
    };
  }
  const eol = /\r\n|\n|\r/.exec(buffer.text)?.[0] ?? '\n';
  const start = { line, character: 0 };
  return {
    title: `Suppress ${id} on this line (then write the reason after ${syntax.separator})`,
    edit: { range: { start, end: start }, newText: `${indent}${syntax.example(id, '')}${eol}` },
  };
}

/**
 * The names of a line that is a suppression comment of the language, and where they end (the
 * column to add one at), or undefined for any other line.
 */
function suppressionNames(line: string, syntax: SuppressionSyntax): { ids: string[]; end: number } | undefined {
  const body = syntax.body(line.trim());
  const at = line.indexOf(SUPPRESSION_DIRECTIVE);
  if (body === undefined || at === -1 || !body.trimStart().startsWith(SUPPRESSION_DIRECTIVE)) return undefined;
  // The body ends where the line's comment ends, so the text after the directive is the same in both.
  const rest = body.slice(body.indexOf(SUPPRESSION_DIRECTIVE) + SUPPRESSION_DIRECTIVE.length);
  const separator = rest.indexOf(syntax.separator);
  const names = (separator === -1 ? rest : rest.slice(0, separator)).trimEnd();
  if (!/^\s/.test(names)) return undefined;
  return { ids: names.split(',').map((name) => name.trim()), end: at + SUPPRESSION_DIRECTIVE.length + names.length };
}

/** The text of a 0-based line, without its line break. */
function lineText(text: string, lines: LineIndex, line: number): string {
  let low = 0;
  let high = text.length;
  // The offset of the line's start: the first offset whose line is `line` (LineIndex counts from 1).
  while (low < high) {
    const mid = (low + high) >> 1;
    if (lines.positionAt(mid).line - 1 < line) low = mid + 1;
    else high = mid;
  }
  const rest = text.slice(low);
  return /^[^\r\n]*/.exec(rest)![0];
}
