// `--format markdown`: for `report`, the totals and what remains by hand; for `plan`, the plan as a
// checklist. Both for a CI job summary or a pull request description, read from the JSON report.
import type { MigrationPlan } from '../migration/migration-plan.js';
import { buildJsonReport, type JsonReport } from './json-report.js';
import { escapeMarkdown as m, markdownLink } from './markdown-escape.js';
import { singlePart, type OutputFormat } from './output-format.js';
import { reportView } from './report-view.js';
import { STEP_STATE_WORDS } from './plan-text.js';

/** The report's Markdown: totals, the table by transform and rule, what remains by hand. */
function renderMarkdownReport(report: JsonReport): string {
  const view = reportView(report);
  const f = view.files;
  const lines = [
    '# UCMA migration report',
    '',
    `ucma-codemod ${m(report.version)}${report.date ? `, ${m(report.date)}` : ''}.${report.migration?.plan ? ` ${scenarioLine(report.migration.plan)}` : ''}`,
    '',
    '## Totals',
    '',
    '| Files scanned | To change (by the tool) | Unchanged | To fix by hand | Skipped | Failed |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |',
    `| ${f.scanned} | ${f.changed} | ${f.unchanged} | ${f.byHand} | ${f.skipped} | ${f.failed} |`,
    '',
    `Findings: ${report.totals.errors} errors, ${report.totals.warnings} warnings, ${report.totals.infos} infos.`,
  ];
  if (view.passedOver.length > 0)
    lines.push('', 'Passed over:', '', ...view.passedOver.map((p) => `- ${m(p.path)} (${p.status}): ${m(p.reason)}`));
  lines.push(
    '',
    '| Transform or rule | Fixed by the tool | Needs a person | Info | Suppressed |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...view.tallies.map(
      (t) => `| ${t.isRule ? '↳ ' : ''}${m(t.id)} | ${t.toolChanges + t.applied} | ${t.person} | ${t.infos} | ${t.suppressed} |`,
    ),
  );
  if (view.suppressions.length > 0)
    lines.push(
      '',
      'Suppressed, with the reasons given:',
      '',
      ...view.suppressions.map((s) => `- ${m(s.ruleId)} at ${m(s.location)}: ${m(s.reason)}`),
    );
  lines.push('', '## What remains by hand', '');
  if (view.byHand.length === 0) lines.push('Nothing: no warning in the code and no open step.');
  view.byHand.forEach((item, index) => {
    const where = item.location ? `${m(item.location)}: ` : '';
    const command = item.command ? ` Run: ${m(item.command)}` : '';
    const page = item.page ? ` (${markdownLink(item.page.title, item.page.url)})` : '';
    lines.push(`${index + 1}. **${item.kind}** ${where}${m(item.text)}${command}${page}`);
  });
  return `${lines.join('\n')}\n`;
}

function scenarioLine(plan: MigrationPlan): string {
  return `Scenario: **${m(plan.scenario.title)}** (${m(plan.scenario.id)}); ${plan.totals.done} of ${plan.steps.length} steps done.`;
}

/** The plan as a Markdown checklist. */
function renderMarkdownPlan(plan: MigrationPlan): string {
  const lines = [
    '# UCMA migration plan',
    '',
    `**${m(plan.scenario.title)}** (${m(plan.scenario.id)}), chosen by the ${m(plan.chosenBy)}: ${m(plan.why)} See ${markdownLink(`${plan.scenario.page.title}: ${plan.scenario.section}`, plan.scenario.page.url)}.`,
  ];
  lines.push('', `Migration target: ${m(plan.target.summary)}.`);
  if (plan.applicationId) lines.push('', `Application id: ${m(plan.applicationId.value)} (from ${m(plan.applicationId.from)}).`);
  lines.push('');
  plan.steps.forEach((step, index) => {
    const counts =
      step.kind === 'code' && (step.edits || step.findings)
        ? ` ${[step.edits ? `${step.edits} to apply` : '', step.findings ? `${step.findings} for a person` : ''].filter(Boolean).join(', ')}${step.where && step.where.length > 0 ? `: ${step.where.map(m).join(', ')}` : ''}.`
        : '';
    const command = step.command ? ` Run: ${m(step.command)}` : '';
    lines.push(
      `- [${step.state === 'done' ? 'x' : ' '}] ${index + 1}. **${step.kind}** ${m(step.title)} (${STEP_STATE_WORDS[step.state]}; id ${m(step.id)}).${counts}${command} ${markdownLink(`${step.page.title}: ${step.section}`, step.page.url)}`,
    );
  });
  lines.push('', `${plan.totals.done} of ${plan.steps.length} steps done.`);
  return `${lines.join('\n')}\n`;
}

export const markdownFormat: OutputFormat = {
  name: 'markdown',
  summary: 'Markdown for a CI summary or a pull request: the totals and what remains by hand (report), the plan as a checklist (plan)',
  commands: ['report', 'plan'],
  machineReadable: false,
  splitsIntoFiles: false,
  build: (result, context) => {
    const report = buildJsonReport(result, context);
    const text =
      context.command === 'plan' && report.migration?.plan ? renderMarkdownPlan(report.migration.plan) : renderMarkdownReport(report);
    return singlePart(Buffer.from(text, 'utf8'), context.command === 'plan' ? 'plan.md' : 'migration.md');
  },
};
