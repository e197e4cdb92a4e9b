// `report` (default format `html`): the migration at a glance, one self-contained HTML page rendered
// from the JSON report. It loads nothing: its stylesheet and its one small script are inline and
// allowed by hash in a strict Content-Security-Policy. Everything is readable with scripts off; the
// script only adds filters. Every text from the code base is escaped.
import { createHash } from 'node:crypto';
import type { MigrationPlan, PlanStep } from '../migration/migration-plan.js';
import type { ProjectSurvey } from '../migration/project-survey.js';
import { diffStylesheet, sideBySideDiff } from './diff-html.js';
import { escapeHtml as e, escapeLineSeparators } from './html-escape.js';
import { buildJsonReport, type JsonReport } from './json-report.js';
import { singlePart, type OutputFormat } from './output-format.js';
import { locationOf, reportView, STATE_WORDS, type FindingRow, type PageLink, type ReportView } from './report-view.js';

const STYLE = `
[hidden] { display: none !important; }
body { font: 14px/1.45 system-ui, sans-serif; margin: 0 auto; max-width: 88rem; padding: 1rem 1.5rem 4rem; color: #1f2328; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
h2 { border-bottom: 1px solid #d0d7de; padding-bottom: 0.2rem; margin-top: 2.2rem; }
table.data { border-collapse: collapse; margin: 0.6rem 0; }
table.data th, table.data td { border: 1px solid #d0d7de; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
table.data th { background: #f6f8fa; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.rule td:first-child { padding-left: 1.6rem; }
tr.changed td { background: #fff8c5; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
code, pre { font-family: ui-monospace, monospace; font-size: 0.92em; }
pre { white-space: pre-wrap; margin: 0; }
.sev-error { color: #cf222e; font-weight: 600; }
.sev-warning { color: #9a6700; font-weight: 600; }
.sev-info { color: #57606a; }
.sev-change { color: #1a7f37; font-weight: 600; }
.state-done { color: #1a7f37; font-weight: 600; }
.state-open, .state-by-hand { color: #9a6700; font-weight: 600; }
.state-apply { color: #0969da; font-weight: 600; }
div.filters { display: flex; flex-wrap: wrap; gap: 0.8rem; align-items: end; margin: 0.6rem 0; }
div.filters label { display: flex; flex-direction: column; font-size: 0.85rem; }
details.change { margin: 0.5rem 0; border: 1px solid #d0d7de; border-radius: 4px; }
details.change > summary { cursor: pointer; padding: 0.3rem 0.6rem; background: #f6f8fa; }
ol.by-hand li { margin: 0.3rem 0; }
.kind { font-size: 0.8rem; text-transform: uppercase; color: #57606a; }
`;

// The only script: filters over the findings table. It reads the rows' data attributes and hides
// rows; without it every row stays visible.
const SCRIPT = `
(function () {
  var form = document.getElementById('filters');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#findings-table tbody tr'));
  var shown = document.getElementById('shown-count');
  var selects = Array.prototype.slice.call(form.querySelectorAll('select'));
  function apply() {
    var count = 0;
    rows.forEach(function (row) {
      var visible = selects.every(function (select) {
        return select.value === '' || row.getAttribute('data-' + select.name) === select.value;
      });
      row.hidden = !visible;
      if (visible) count++;
    });
    shown.textContent = String(count);
  }
  form.addEventListener('change', apply);
  document.getElementById('show-all').addEventListener('click', function () {
    selects.forEach(function (select) { select.value = ''; });
    apply();
  });
  form.hidden = false;
  apply();
})();
`;

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The Content-Security-Policy of the page: nothing may load, only the inline style and script with these hashes run. */
function contentSecurityPolicy(style: string, script: string): string {
  return [
    "default-src 'none'",
    `style-src ${sha256(style)}`,
    `script-src ${sha256(script)}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The whole page for a JSON report. */
export function renderHtmlReport(report: JsonReport): string {
  const view = reportView(report);
  const style = `${STYLE}\n${diffStylesheet()}`;
  const body = [
    header(report),
    contents(report),
    report.migration?.plan ? planSection(report.migration.plan) : '',
    totalsSection(report, view),
    report.migration?.projects ? projectsSection(report.migration.projects) : '',
    findingsSection(view.findings),
    byHandSection(view),
    changesSection(report),
  ].join('\n');
  const page = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${e(contentSecurityPolicy(style, SCRIPT))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>UCMA migration report</title>
<style>${style}</style>
</head>
<body>
${body}
<script>${SCRIPT}</script>
</body>
</html>
`;
  // diff2html writes code lines as they are; a line separator in one is written as a reference.
  return escapeLineSeparators(page);
}

function link(page: PageLink | undefined, className = 'page'): string {
  if (!page) return '<span class="page">no documentation page: a check of the tool itself</span>';
  return page.url
    ? `<a class="${className}" href="${e(page.url)}">${e(page.title)}</a>`
    : `<span class="${className}">${e(page.title)}</span>`;
}

function header(report: JsonReport): string {
  const invocation = report.invocation;
  const config = invocation?.config;
  const facts: [string, string][] = [
    ['Tool', `ucma-codemod ${e(report.version)} (report version ${report.reportVersion})`],
    ['Date', e(report.date ?? '')],
    [
      'Paths',
      invocation && invocation.paths.length > 0
        ? invocation.paths.map((p) => `<code>${e(p)}</code>`).join(' ')
        : '<code>.</code> (the current folder)',
    ],
    ['Options', invocation && invocation.flags.length > 0 ? invocation.flags.map((f) => `<code>${e(f)}</code>`).join(' ') : 'none'],
    [
      'Config',
      config ? `<code>${e(config.path)}</code>: <code>${e(JSON.stringify(config.settings))}</code>` : 'no ucma-codemod.config.json',
    ],
    ['Transforms', report.transforms.map((t) => `<code>${e(t.id)}</code>`).join(' ')],
  ];
  const starts = (report.migration?.projects ?? []).map((p) => `<li><code>${e(p.path)}</code>: ${startWords(p)}</li>`);
  return `<header>
<h1>UCMA migration report</h1>
<dl class="facts">
${facts.map(([term, value]) => `<dt>${term}</dt><dd>${value}</dd>`).join('\n')}
<dt>Starting point</dt><dd>${starts.length > 0 ? `<ul>${starts.join('')}</ul>` : 'no project file was part of the run'}</dd>
</dl>
</header>`;
}

function startWords(project: ProjectSurvey): string {
  const point = project.startingPoint;
  if (project.role === 'provisioner-sample') return "the UCMA 2.0 SDK's ApplicationProvisioner library (WMI)";
  if (project.role === 'other') return 'not a UCMA project';
  const version = point.version ? `UCMA ${point.version}` : point.candidates.map((v) => `UCMA ${v}`).join(' or ');
  return `<strong>${version}</strong> ${point.certain ? '(from the reference)' : '(inferred)'}`;
}

function contents(report: JsonReport): string {
  const entries = [
    ...(report.migration?.plan ? [['plan', 'The plan']] : []),
    ['totals', 'Totals'],
    ...(report.migration?.projects ? [['projects', 'Projects']] : []),
    ['findings', 'Findings'],
    ['by-hand', 'What remains by hand'],
    ['changes', 'Changes'],
  ];
  return `<nav><ul>${entries.map(([id, title]) => `<li><a href="#${id}">${title}</a></li>`).join('')}</ul></nav>`;
}

const STEP_WORDS: Readonly<Record<PlanStep['state'], string>> = {
  done: 'done',
  apply: 'the tool does it (apply)',
  'by-hand': 'needs a person',
  open: 'open',
};

function planSection(plan: MigrationPlan): string {
  const rows = plan.steps.map(
    (step, index) => `<tr data-step="${e(step.id)}" data-kind="${step.kind}" data-state="${step.state}">
<td class="num">${index + 1}</td><td class="state-${step.state}">${STEP_WORDS[step.state]}</td><td>${step.kind}</td>
<td><strong>${e(step.title)}</strong><br>${e(step.detail)}${step.command ? `<br><code>${e(step.command)}</code>` : ''}${stepCounts(step)}</td>
<td>${link({ title: `${step.page.title}: ${step.section}`, url: step.page.url })}</td></tr>`,
  );
  return `<section id="plan">
<h2>The plan</h2>
<p><strong>${e(plan.scenario.title)}</strong> (${e(plan.scenario.id)}), chosen by the ${e(plan.chosenBy)}: ${e(plan.why)} ${link({ title: `${plan.scenario.page.title}: ${plan.scenario.section}`, url: plan.scenario.page.url })}</p>
<p>Migration target: ${e(plan.target.summary)}.</p>
${plan.applicationId ? `<p>Application id: <code>${e(plan.applicationId.value)}</code>, from ${e(plan.applicationId.from)}.</p>` : ''}
<p>${plan.totals.done} of ${plan.steps.length} steps done. Code steps take their state from this run; a developer's or an administrator's step stays open until it is marked done in ${plan.planFile ? `<code>${e(plan.planFile)}</code>` : 'the plan file (<code>ucma-codemod plan --done ID</code>)'}.</p>
${rows.length > 0 ? `<table class="data"><thead><tr><th class="num">#</th><th>State</th><th>Who</th><th>Step</th><th>Page</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>` : '<p>No steps.</p>'}
</section>`;
}

function stepCounts(step: PlanStep): string {
  if (step.kind !== 'code' || (step.edits === 0 && step.findings === 0)) return '';
  const parts = [
    step.edits ? `${step.edits} change${step.edits === 1 ? '' : 's'} the tool makes` : '',
    step.findings ? `${step.findings} for a person` : '',
  ].filter(Boolean);
  const where = step.where && step.where.length > 0 ? `: ${step.where.map((w) => `<code>${e(w)}</code>`).join(', ')}` : '';
  return `<br><small>${parts.join(', ')}${where}</small>`;
}

function totalsSection(report: JsonReport, view: ReportView): string {
  const files = view.files;
  const cells: [string, string, number][] = [
    ['scanned', 'Files scanned', files.scanned],
    ['changed', report.command === 'apply' ? 'Changed' : 'To change (by the tool)', files.changed],
    ['unchanged', 'Unchanged', files.unchanged],
    ['by-hand', 'To fix by hand', files.byHand],
    ['skipped', 'Skipped', files.skipped],
    ['failed', 'Failed', files.failed],
  ];
  const passed = view.passedOver.map((f) => `<li><code>${e(f.path)}</code> (${f.status}): ${e(f.reason)}</li>`);
  const tallyRows = view.tallies.map(
    (
      t,
    ) => `<tr class="${t.isRule ? 'rule' : 'transform'}" data-rule="${e(t.id)}"><td><code>${e(t.id)}</code><br><small>${e(t.title)}</small></td>
<td class="num" data-count="tool">${t.toolChanges + t.applied}</td><td class="num" data-count="person">${t.person}</td><td class="num" data-count="info">${t.infos}</td><td class="num" data-count="suppressed">${t.suppressed}</td></tr>`,
  );
  const suppressions = view.suppressions.map(
    (s) => `<li><code>${e(s.ruleId)}</code> at <code>${e(s.location)}</code>: ${e(s.reason)}</li>`,
  );
  return `<section id="totals">
<h2>Totals</h2>
<table class="data"><thead><tr>${cells.map(([, title]) => `<th class="num">${title}</th>`).join('')}</tr></thead>
<tbody><tr>${cells.map(([key, , value]) => `<td class="num" data-total="${key}">${value}</td>`).join('')}</tr></tbody></table>
<p>Findings: <span data-total="errors">${report.totals.errors}</span> errors, <span data-total="warnings">${report.totals.warnings}</span> warnings, <span data-total="infos">${report.totals.infos}</span> infos.</p>
${passed.length > 0 ? `<p>Passed over:</p><ul>${passed.join('')}</ul>` : ''}
<h3>By transform and rule</h3>
<table class="data"><thead><tr><th>Transform or rule</th><th class="num">Fixed by the tool</th><th class="num">Needs a person</th><th class="num">Info</th><th class="num">Suppressed</th></tr></thead>
<tbody>
${tallyRows.join('\n')}
</tbody></table>
${suppressions.length > 0 ? `<p>Suppressed, with the reasons given:</p><ul>${suppressions.join('')}</ul>` : '<p>No finding is suppressed.</p>'}
</section>`;
}

function projectsSection(projects: readonly ProjectSurvey[]): string {
  const blocks = projects.map((project) => {
    const share = project.files === 0 ? 0 : Math.round((100 * project.filesDone) / project.files);
    const evidence = project.startingPoint.evidence.map((item) => `<li><code>${e(item.path)}:${item.line}</code> ${e(item.text)}</li>`);
    const ids = project.applicationIds.map(
      (item) => `<li><code>${e(item.value)}</code> at <code>${e(item.path)}:${item.line}</code> (${e(item.text)})</li>`,
    );
    const rows = project.retarget.map(
      (row) =>
        `<tr${row.before === row.after ? '' : ' class="changed"'}><td><code>${e(row.setting)}</code></td><td>${e(row.scope)}</td><td><code>${e(row.before)}</code></td><td><code>${e(row.after)}</code></td></tr>`,
    );
    return `<article class="project" data-project="${e(project.path)}">
<h3><code>${e(project.path)}</code></h3>
<dl class="facts">
<dt>Kind</dt><dd>${e(project.role)}, ${e(project.outputType)}</dd>
<dt>Starting point</dt><dd>${startWords(project)}: ${e(project.startingPoint.summary)}${evidence.length > 0 ? `<ul>${evidence.join('')}</ul>` : ''}</dd>
<dt>Done</dt><dd><meter min="0" max="${Math.max(project.files, 1)}" value="${project.filesDone}">${share}%</meter> ${project.filesDone} of ${project.files} files need nothing more (${share}%)</dd>
${ids.length > 0 ? `<dt>Application ids</dt><dd><ul>${ids.join('')}</ul></dd>` : ''}
</dl>
${rows.length > 0 ? `<table class="data"><caption>Project settings before and after the run's changes</caption><thead><tr><th>Setting</th><th>Applies to</th><th>Before</th><th>After</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>` : ''}
</article>`;
  });
  return `<section id="projects">
<h2>Projects</h2>
${blocks.length > 0 ? blocks.join('\n') : '<p>No project file was part of the run.</p>'}
</section>`;
}

function options(name: string, label: string, values: readonly string[], words: (value: string) => string = (v) => v): string {
  const sorted = [...new Set(values)].sort();
  return `<label>${label}<select name="${name}"><option value="">all</option>${sorted.map((v) => `<option value="${e(v)}">${e(words(v))}</option>`).join('')}</select></label>`;
}

function findingsSection(findings: readonly FindingRow[]): string {
  const rows = findings.map(
    (row) => `<tr data-rule="${e(row.ruleId)}" data-severity="${row.severity}" data-project="${e(row.project)}" data-state="${row.state}">
<td class="location"><code>${e(locationOf(row))}</code></td><td class="sev-${row.severity}">${row.severity}</td><td>${STATE_WORDS[row.state]}</td>
<td><code>${e(row.ruleId)}</code></td><td class="message">${e(row.message)}</td>
<td>${link(row.page)}${row.correction ? `<br><small>Correction: ${e(row.correction)}</small>` : ''}</td>
<td>${row.replacement ? replacement(row.replacement) : ''}</td><td><small>${e(row.why)}</small></td></tr>`,
  );
  // A group of controls, not a form: nothing is submitted, the script filters in place.
  const form = `<div id="filters" class="filters" role="group" aria-label="Filter the findings" hidden>
${options(
  'rule',
  'Rule',
  findings.map((f) => f.ruleId),
)}
${options(
  'severity',
  'Severity',
  findings.map((f) => f.severity),
)}
${options(
  'project',
  'Project',
  findings.map((f) => f.project),
)}
${options(
  'state',
  'State',
  findings.map((f) => f.state),
  (v) => STATE_WORDS[v as keyof typeof STATE_WORDS],
)}
<button type="button" id="show-all">Show all</button>
<span><span id="shown-count">${findings.length}</span> of ${findings.length} shown</span>
</div>`;
  return `<section id="findings">
<h2>Findings</h2>
${form}
${
  rows.length > 0
    ? `<table class="data" id="findings-table"><thead><tr><th>Where</th><th>Severity</th><th>State</th><th>Rule</th><th>Message</th><th>Documentation</th><th>Replacement</th><th>Why the tool believes it</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`
    : '<p>No findings.</p>'
}
</section>`;
}

function replacement(edit: { readonly oldText: string; readonly newText: string }): string {
  const shown = (text: string) => (text === '' ? '<em>nothing</em>' : `<pre>${e(text)}</pre>`);
  return `${shown(edit.oldText)}<small>becomes</small>${shown(edit.newText)}`;
}

function byHandSection(view: ReportView): string {
  const kindWords = { code: 'code', developer: 'developer', administrator: 'administrator' } as const;
  const items = view.byHand.map(
    (item) =>
      `<li data-kind="${item.kind}"><span class="kind">${kindWords[item.kind]}</span> ${item.location ? `<code>${e(item.location)}</code> ` : ''}${e(item.text)}${item.command ? `<br><code>${e(item.command)}</code>` : ''}<br>${link(item.page)}</li>`,
  );
  return `<section id="by-hand">
<h2>What remains by hand</h2>
${items.length > 0 ? `<ol class="by-hand">${items.join('\n')}</ol>` : '<p>Nothing: no warning in the code and no open step.</p>'}
</section>`;
}

function changesSection(report: JsonReport): string {
  const changed = report.files.filter((file) => file.patch !== undefined);
  const blocks = changed.map(
    (file) =>
      `<details class="change" data-path="${e(file.path)}"><summary><code>${e(file.path)}</code>: ${file.edits.length} edit${file.edits.length === 1 ? '' : 's'}</summary>
${sideBySideDiff(file.patch!)}
</details>`,
  );
  return `<section id="changes">
<h2>Changes</h2>
${blocks.length > 0 ? `<p>The same patch that <code>ucma-codemod diff</code> prints and <code>git apply</code> takes, side by side; open a file to see it.</p>\n${blocks.join('\n')}` : '<p>No change to make.</p>'}
</section>`;
}

export const htmlFormat: OutputFormat = {
  name: 'html',
  summary: 'one self-contained HTML page: plan, totals, projects, findings, what remains by hand, diffs',
  commands: ['report'],
  defaultFor: ['report'],
  machineReadable: false,
  splitsIntoFiles: false,
  build: (result, context) => singlePart(Buffer.from(renderHtmlReport(buildJsonReport(result, context)), 'utf8'), 'migration.html'),
};
