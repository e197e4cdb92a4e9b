// What the HTML and Markdown reports show, derived from the JSON report (the run's result model):
// the findings as rows with their project, state, page and replacement; the totals; the list of
// what remains by hand. Both reports read this, so they cannot disagree.
import { MIGRATION_PAGES } from '../migration/migration-pages.js';
import type { PlanStep } from '../migration/migration-plan.js';
import type { JsonAcknowledged, JsonFile, JsonReport, JsonRule, JsonTransform } from './json-report.js';

export type FindingSeverity = 'error' | 'warning' | 'info' | 'change';
/** `tool`: the tool makes the change; `applied`: it made it; `person`: a person must act; `none`: nothing to do; `suppressed`: a person acknowledged it (a suppression comment, or the baseline). */
export type FindingState = 'tool' | 'applied' | 'person' | 'none' | 'suppressed';

export const STATE_WORDS: Readonly<Record<FindingState, string>> = {
  tool: 'the tool changes it',
  applied: 'changed by the tool',
  person: 'needs a person',
  none: 'nothing to do',
  suppressed: 'suppressed',
};

export interface PageLink {
  readonly title: string;
  readonly url?: string | undefined;
}

export interface FindingRow {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly project: string;
  /** `transform` or `transform/rule`. */
  readonly ruleId: string;
  readonly severity: FindingSeverity;
  readonly state: FindingState;
  readonly message: string;
  readonly page: PageLink | undefined;
  readonly correction: string | undefined;
  readonly replacement: { readonly oldText: string; readonly newText: string } | undefined;
  readonly why: string;
}

export interface RuleTally {
  readonly id: string;
  readonly title: string;
  /** Rules of a transform are indented under it. */
  readonly isRule: boolean;
  readonly toolChanges: number;
  readonly applied: number;
  readonly person: number;
  readonly infos: number;
  readonly suppressed: number;
}

export interface ByHandItem {
  readonly kind: 'code' | 'developer' | 'administrator';
  readonly text: string;
  readonly location?: string;
  readonly command?: string;
  readonly page: PageLink | undefined;
}

export interface ReportView {
  readonly findings: readonly FindingRow[];
  readonly files: {
    readonly scanned: number;
    readonly changed: number;
    readonly unchanged: number;
    readonly byHand: number;
    readonly skipped: number;
    readonly failed: number;
  };
  readonly passedOver: readonly { readonly path: string; readonly status: string; readonly reason: string }[];
  readonly tallies: readonly RuleTally[];
  readonly suppressions: readonly { readonly ruleId: string; readonly location: string; readonly reason: string }[];
  readonly byHand: readonly ByHandItem[];
}

const NO_PROJECT = '(no project)';

/** Derives everything the reports show from the JSON report. */
export function reportView(report: JsonReport): ReportView {
  const transforms = new Map(report.transforms.map((t) => [t.id, t]));
  const projectOf = projectResolver(report);
  const findings: FindingRow[] = [];
  for (const file of report.files) findings.push(...fileFindings(file, transforms, projectOf(file.path)));
  const byHandFiles = report.files.filter((f) => f.diagnostics.some((d) => d.severity !== 'info')).length;
  const passedOver = report.files
    .filter((f) => f.status === 'skipped' || f.status === 'failed')
    .map((f) => ({
      path: f.path,
      status: f.status,
      reason: f.reason ?? f.diagnostics.find((d) => d.severity === 'error')?.message ?? '(no reason given)',
    }));
  // Suppressed in the code (with the reason given) or known from the baseline: acknowledged, listed with why.
  const suppressions = report.files.flatMap((f) =>
    f.acknowledged.map((a) => ({
      ruleId: a.rule === undefined ? a.transform : `${a.transform}/${a.rule}`,
      location: `${f.path}:${a.start.line}`,
      reason: acknowledgedReason(a),
    })),
  );
  return {
    findings,
    files: {
      scanned: report.totals.files,
      changed: report.totals.changed,
      unchanged: report.totals.unchanged,
      byHand: byHandFiles,
      skipped: report.totals.skipped,
      failed: report.totals.failed,
    },
    passedOver,
    tallies: tallies(report, findings),
    suppressions,
    byHand: byHandItems(findings, report.migration?.plan?.steps ?? []),
  };
}

/** The project a file belongs to: the nearest folder with a project file (as the run indexes projects). */
function projectResolver(report: JsonReport): (path: string) => string {
  const projects = report.migration?.projects ?? [];
  return (path) => {
    let best: { folder: string; path: string } | undefined;
    for (const project of projects) {
      const inside = project.folder === '' || path.startsWith(`${project.folder}/`);
      if (inside && (best === undefined || project.folder.length > best.folder.length)) best = project;
    }
    return best?.path ?? NO_PROJECT;
  };
}

function fileFindings(file: JsonFile, transforms: ReadonlyMap<string, JsonTransform>, project: string): FindingRow[] {
  const rows: FindingRow[] = [];
  const ruleOf = (transform: string, rule: string | undefined): JsonRule | undefined =>
    rule === undefined ? undefined : transforms.get(transform)?.rules?.find((r) => r.id === rule);
  for (const edit of file.edits) {
    const transform = transforms.get(edit.transform);
    const rule = ruleOf(edit.transform, edit.rule);
    rows.push({
      path: file.path,
      line: edit.start.line,
      column: edit.start.column,
      project,
      ruleId: edit.rule === undefined ? edit.transform : `${edit.transform}/${edit.rule}`,
      severity: 'change',
      state: file.written ? 'applied' : 'tool',
      message: rule?.title ?? transform?.title ?? edit.transform,
      page: pageOf(transform, rule),
      correction: rule?.correction,
      replacement: { oldText: edit.oldText, newText: edit.newText },
      why: whyOf(edit, transform, rule),
    });
  }
  for (const diagnostic of file.diagnostics) {
    const transform = transforms.get(diagnostic.transform);
    const rule = ruleOf(diagnostic.transform, diagnostic.rule);
    rows.push({
      path: file.path,
      line: diagnostic.start.line,
      column: diagnostic.start.column,
      project,
      ruleId: diagnostic.rule === undefined ? diagnostic.transform : `${diagnostic.transform}/${diagnostic.rule}`,
      severity: diagnostic.severity,
      state: diagnostic.severity === 'info' ? 'none' : 'person',
      message: diagnostic.message,
      page: pageOf(transform, rule),
      correction: rule?.correction,
      replacement: undefined,
      why: whyOf(diagnostic, transform, rule),
    });
  }
  for (const acknowledged of file.acknowledged) {
    const transform = transforms.get(acknowledged.transform);
    const rule = ruleOf(acknowledged.transform, acknowledged.rule);
    rows.push({
      path: file.path,
      line: acknowledged.start.line,
      column: acknowledged.start.column,
      project,
      ruleId: acknowledged.rule === undefined ? acknowledged.transform : `${acknowledged.transform}/${acknowledged.rule}`,
      severity: acknowledged.severity,
      state: 'suppressed',
      message: `${acknowledged.message} (${acknowledged.state === 'suppressed' ? 'suppressed: ' : ''}${acknowledgedReason(acknowledged)})`,
      page: pageOf(transform, rule),
      correction: rule?.correction,
      replacement: undefined,
      why:
        acknowledged.state === 'suppressed'
          ? 'A suppression comment names this rule on the line before, with the reason shown.'
          : 'The baseline file lists this finding as known; only new findings count.',
    });
  }
  return rows.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Why an acknowledged finding does not count: the suppression comment's reason, or the baseline. */
function acknowledgedReason(acknowledged: JsonAcknowledged): string {
  return acknowledged.state === 'suppressed' ? (acknowledged.reason ?? '') : 'known from the baseline';
}

/** The documentation page of a finding: its rule's page when the rule names one (or its first source), else the transform's source document. */
function pageOf(transform: JsonTransform | undefined, rule: JsonRule | undefined): PageLink | undefined {
  const [source] = rule?.sources ?? [];
  if (source) return { title: source.title, url: source.url };
  if (rule?.page) {
    const file = rule.page.split('/').pop()!;
    const known = MIGRATION_PAGES.find((page) => page.file === file);
    if (known) return { title: known.title, url: known.url };
    if (/^https?:\/\//.test(rule.page)) return { title: rule.page, url: rule.page };
  }
  return transform ? { title: transform.source.title, url: transform.source.url } : undefined;
}

/** Why the tool believes a finding: the evidence the finding carries, else what the rule or transform looks for. */
function whyOf(finding: object, transform: JsonTransform | undefined, rule: JsonRule | undefined): string {
  const evidence = (finding as { evidence?: unknown }).evidence;
  if (typeof evidence === 'string' && evidence !== '') return evidence;
  if (!transform) return "The engine's own check (the file could not be handled safely, or a suppression comment is wrong).";
  const first = /^.*?[.!?](\s|$)/.exec(transform.description)?.[0]?.trim() ?? transform.description;
  return rule ? `Rule "${rule.title}" of ${transform.id}. ${first}` : first;
}

function tallies(report: JsonReport, findings: readonly FindingRow[]): RuleTally[] {
  const tally = (id: string, title: string, isRule: boolean, match: (row: FindingRow) => boolean): RuleTally => {
    const rows = findings.filter(match);
    const count = (state: FindingState) => rows.filter((row) => row.state === state).length;
    return {
      id,
      title,
      isRule,
      toolChanges: count('tool'),
      applied: count('applied'),
      person: count('person'),
      infos: count('none'),
      suppressed: count('suppressed'),
    };
  };
  const result: RuleTally[] = [];
  for (const transform of report.transforms) {
    result.push(
      tally(transform.id, transform.title, false, (row) => row.ruleId === transform.id || row.ruleId.startsWith(`${transform.id}/`)),
    );
    for (const rule of transform.rules ?? []) {
      const id = `${transform.id}/${rule.id}`;
      const row = tally(id, rule.title, true, (finding) => finding.ruleId === id);
      // A pack of fifty rules lists the ones that found something.
      if (row.toolChanges + row.applied + row.person + row.infos + row.suppressed > 0) result.push(row);
    }
  }
  const known = new Set(report.transforms.map((t) => t.id));
  const engine = findings.filter((row) => !known.has(row.ruleId.split('/')[0]!));
  if (engine.length > 0)
    result.push(tally('engine', 'The engine: files that could not be handled, suppression comments', false, (row) => engine.includes(row)));
  return result;
}

/** Code warnings (and errors) first, then the open steps of developers and administrators, each with its page. */
function byHandItems(findings: readonly FindingRow[], steps: readonly PlanStep[]): ByHandItem[] {
  const items: ByHandItem[] = findings
    .filter((row) => row.state === 'person')
    .map((row) => ({ kind: 'code', text: row.message, location: `${row.path}:${row.line}:${row.column}`, page: row.page }));
  for (const role of ['developer', 'administrator'] as const)
    for (const step of steps.filter((s) => s.kind === role && s.state !== 'done'))
      items.push({
        kind: role,
        text: step.title,
        ...(step.command === undefined ? {} : { command: step.command }),
        page: { title: `${step.page.title}: ${step.section}`, url: step.page.url },
      });
  return items;
}

/** Findings sorted by path, then place (file order of the report is path order already). */
export function locationOf(row: FindingRow): string {
  return `${row.path}:${row.line}:${row.column}`;
}
