// `--format github`: GitHub Actions workflow commands, so changes and diagnostics show as annotations.
import type { RunResult } from '../run/run-result.js';
import { findingId, singlePart, titleOf, type OutputFormat, type ReportContext } from './output-format.js';

/** One `::level file=...,line=...::message` line per needed change, diagnostic or file problem. */
function buildGithubAnnotations(result: RunResult, context: ReportContext): string {
  const lines: string[] = [];
  for (const file of result.files) {
    for (const edit of file.edits) {
      const level = file.written ? 'notice' : 'warning';
      const verb = file.written ? 'Changed' : 'Needs change';
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
          `${verb}: ${titleOf(context, edit.transform)}${file.written ? '' : ' (run: ucma-codemod apply)'}`,
        ),
      );
    }
    for (const d of file.diagnostics) {
      const level = d.severity === 'info' ? 'notice' : d.severity;
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
