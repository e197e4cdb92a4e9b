// `--format github`: GitHub Actions workflow commands, so changes and diagnostics show as annotations.
import { severityOfEdit, type RunResult } from '../run/run-result.js';
import type { Severity } from '../engine/transform.js';
import { findingId, isShownAt, singlePart, titleOf, type OutputFormat, type ReportContext } from './output-format.js';
import { describedEdits, describeNeededChange } from './text-report.js';

/** One `::level file=...,line=...::message` line per needed change, diagnostic or file problem (at or above --diagnostic-level). */
function buildGithubAnnotations(result: RunResult, context: ReportContext): string {
  const lines: string[] = [];
  for (const file of result.files) {
    // One annotation per change, as the text report has one line: a change that says what it does
    // and is made of several edits on one line is annotated once.
    const described = new Set(describedEdits(file.edits));
    for (const edit of file.edits) {
      if (edit.message !== undefined && !described.has(edit)) continue;
      if (!file.written && !isShownAt(severityOfEdit(edit), context.diagnosticLevel)) continue;
      // The same words as the text report's line for this change.
      const what = edit.message ?? titleOf(context, edit.transform);
      const level = file.written ? 'notice' : annotationLevel(severityOfEdit(edit));
      lines.push(
        command(
          level,
          {
            file: file.path,
            line: edit.start.line,
            col: edit.start.column,
            endLine: edit.end.line,
            endColumn: edit.end.column,
            title: findingId(edit),
          },
          file.written ? `Changed: ${what}` : `${describeNeededChange(edit, what)} (run: ucma-codemod apply)`,
        ),
      );
    }
    for (const d of file.diagnostics) {
      if (!isShownAt(d.severity, context.diagnosticLevel)) continue;
      const level = annotationLevel(d.severity);
      lines.push(
        command(
          level,
          { file: file.path, line: d.start.line, col: d.start.column, endLine: d.end.line, endColumn: d.end.column, title: findingId(d) },
          d.message,
        ),
      );
    }
    if (file.reason !== undefined)
      lines.push(command(file.status === 'failed' ? 'error' : 'notice', { file: file.path, title: file.status }, file.reason));
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** GitHub's annotation levels: notice, warning, error. */
function annotationLevel(severity: Severity): string {
  return severity === 'info' ? 'notice' : severity;
}

function command(level: string, properties: Record<string, string | number>, message: string): string {
  const props = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${level} ${props}::${escapeData(message)}`;
}

// Escaping as GitHub's toolkit does (@actions/core command.ts).
function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const githubFormat: OutputFormat = {
  name: 'github',
  summary: 'GitHub Actions annotations (::warning file=...::message)',
  commands: ['diff', 'check', 'apply'],
  machineReadable: true,
  splitsIntoFiles: false,
  build: (result, context) => singlePart(Buffer.from(buildGithubAnnotations(result, context), 'utf8'), 'annotations.txt'),
};
