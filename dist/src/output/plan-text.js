import { buildJsonReport } from './json-report.js';
import { singlePart } from './output-format.js';
export const STEP_STATE_WORDS = {
    done: 'done',
    apply: 'the tool does it',
    'by-hand': 'needs a person',
    open: 'open',
};
const STATE_LABEL = {
    done: '[done]',
    apply: '[apply]',
    'by-hand': '[by hand]',
    open: '[open]',
};
/** The plan as plain text, one step per paragraph; no colour, no terminal width (it goes into files and pipes). */
function renderPlanText(plan) {
    const lines = [
        `UCMA migration plan: ${plan.scenario.title} (${plan.scenario.id})`,
        `Chosen by the ${plan.chosenBy}: ${plan.why}`,
        `Migration target: ${plan.target.summary}`,
        `Page: ${plan.scenario.page.title}: ${plan.scenario.section} <${plan.scenario.page.url}>`,
    ];
    if (plan.applicationId)
        lines.push(`Application id: ${plan.applicationId.value} (from ${plan.applicationId.from})`);
    lines.push('');
    plan.steps.forEach((step, index) => {
        const number = `${index + 1}.`.padStart(3);
        lines.push(`${number} ${STATE_LABEL[step.state].padEnd(10)}${step.kind.padEnd(14)}${step.title} [${step.id}]`);
        const indent = ' '.repeat(28);
        if (step.kind === 'code' && (step.edits || step.findings)) {
            const counts = [
                step.edits ? `${step.edits} change${step.edits === 1 ? '' : 's'} for apply` : '',
                step.findings ? `${step.findings} for a person` : '',
            ]
                .filter(Boolean)
                .join(', ');
            lines.push(`${indent}${counts}: ${(step.where ?? []).join(', ')}`);
        }
        if (step.command)
            lines.push(`${indent}run: ${step.command}`);
        lines.push(`${indent}page: ${step.page.title}: ${step.section} <${step.page.url}>`);
    });
    if (plan.steps.length === 0)
        lines.push('No steps.');
    lines.push('', `${plan.totals.done} of ${plan.steps.length} steps done.${plan.steps.some((s) => s.kind !== 'code' && s.state !== 'done')
        ? " Mark a person's step done with: ucma-codemod plan --done <id>"
        : ''}`);
    return `${lines.join('\n')}\n`;
}
export const planTextFormat = {
    name: 'text',
    summary: 'the steps of the plan as plain text',
    commands: ['plan'],
    defaultFor: ['plan'],
    machineReadable: false,
    splitsIntoFiles: false,
    build: (result, context) => {
        const plan = buildJsonReport(result, context).migration?.plan;
        return singlePart(Buffer.from(plan ? renderPlanText(plan) : '', 'utf8'), 'plan.txt');
    },
};
