// The machine-readable report (`--json` / `--format json`); its shape is documented in the README.
import type { Transform } from '../engine/transform.js';
import type { RunResult } from '../run/run-codemod.js';

export const JSON_REPORT_VERSION = 1;

export interface JsonReportContext {
  readonly command: string;
  readonly toolVersion: string;
  readonly transforms: readonly Transform[];
  readonly exitCode: number;
  /** Per-file patches (diff command), keyed by path. */
  readonly patches?: ReadonlyMap<string, string>;
}

/** Builds the JSON report object (stable key order, every file listed). */
export function buildJsonReport(result: RunResult, context: JsonReportContext): object {
  return {
    tool: 'ucma-codemod',
    version: context.toolVersion,
    reportVersion: JSON_REPORT_VERSION,
    command: context.command,
    // The explanation travels with the report: what changes, why, the source, the follow-up.
    transforms: context.transforms.map((t) => ({
      id: t.meta.id,
      title: t.meta.title,
      kind: t.meta.kind,
      description: t.meta.description,
      source: t.meta.source,
      followUp: t.meta.followUp ?? null,
    })),
    files: result.files.map((file) => ({
      path: file.path,
      status: file.status,
      written: file.written,
      reason: file.reason ?? null,
      edits: file.edits.map((edit) => ({
        transform: edit.transform,
        start: edit.start,
        end: edit.end,
        oldText: edit.oldText,
        newText: edit.newText,
      })),
      diagnostics: file.diagnostics.map((d) => ({
        transform: d.origin,
        severity: d.severity,
        message: d.message,
        start: d.start,
        end: d.end,
      })),
      ...(context.patches?.has(file.path) ? { patch: context.patches.get(file.path) } : {}),
    })),
    totals: { files: result.files.length, ...result.totals },
    exitCode: context.exitCode,
  };
}
