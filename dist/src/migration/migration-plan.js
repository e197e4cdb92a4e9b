import { bareApplicationName, describeMigrationTarget, migrationReportData, migrationTargetOf, sourceVersionOf, } from '../platform/migration-target.js';
import { CODE_STEPS, codeStepStatus, WMI_STEP, wmiStepStatus } from './code-steps.js';
import { migrationPage } from './migration-pages.js';
import { commandOf, personStepsOf } from './person-steps.js';
import { scenarioById, upgradeScenarioFor } from './scenarios.js';
const SECTION_INDEX = 'migration-coexistence-and-upgrade-of-ucma-applications.md';
/** Builds the plan. */
export function buildMigrationPlan(input) {
    const target = input.declared ?? migrationTargetOf({});
    const choice = chooseScenario(input);
    const scenario = scenarioById(choice.id);
    const applicationId = applicationIdOf(input);
    const steps = [];
    if (choice.id !== 'none') {
        const covered = new Set();
        for (const row of CODE_STEPS) {
            row.transforms.forEach((id) => covered.add(id));
            if (!row.scenarios.includes(choice.id))
                continue;
            const ran = row.transforms.filter((id) => input.transforms.some((t) => t.id === id));
            if (ran.length === 0)
                continue;
            const status = codeStepStatus(input.result, ran, row.part);
            const idle = status.edits === 0 && status.findings === 0;
            if (row.onlyWith && idle && !input.projects.some((p) => p.role === row.onlyWith))
                continue;
            steps.push({
                id: row.id,
                kind: 'code',
                title: row.title,
                detail: row.detail,
                page: migrationPage(row.page),
                section: row.section,
                ...status,
            });
        }
        if (WMI_STEP.scenarios.includes(choice.id)) {
            const status = wmiStepStatus(input.projects);
            steps.push({
                id: WMI_STEP.id,
                kind: 'code',
                title: WMI_STEP.title,
                detail: WMI_STEP.detail,
                page: migrationPage(WMI_STEP.page),
                section: WMI_STEP.section,
                ...status,
            });
        }
        // A transform no row names is a step of its own (its findings, whatever they are); each of its
        // rules with pages that leaves work for a person (the provisioning rules) is a step of its own,
        // with the rule's page and its follow-up (the cmdlets an administrator runs).
        for (const transform of input.transforms.filter((t) => !covered.has(t.id))) {
            const ruleSteps = (transform.rules ?? []).flatMap((rule) => {
                const status = codeStepStatus(input.result, [transform.id], 'all', rule.id);
                if (status.state === 'done')
                    return [];
                return [
                    {
                        id: `${transform.id}/${rule.id}`,
                        kind: 'code',
                        title: rule.title,
                        detail: rule.followUp ?? `Everything rule ${rule.id} of ${transform.id} reports.`,
                        page: rulePage(rule),
                        section: `rule ${transform.id}/${rule.id}`,
                        ...status,
                    },
                ];
            });
            if (ruleSteps.length > 0) {
                steps.push(...ruleSteps);
                continue;
            }
            const status = codeStepStatus(input.result, [transform.id], 'all');
            // The page: a migration page its metadata names, else its source document when that has an address, else the section's index.
            const named = transform.page !== undefined && isMigrationPage(transform.page) ? migrationPage(transform.page) : undefined;
            const source = named === undefined && transform.source?.url !== undefined ? rulePage({ page: transform.source }) : undefined;
            const page = named ?? source ?? migrationPage(SECTION_INDEX);
            steps.push({
                id: `findings-${transform.id}`,
                kind: 'code',
                title: `Deal with the findings of "${transform.title}"`,
                detail: `Everything the ${transform.id} transform reports or changes.`,
                page,
                section: source ? `the ${transform.id} transform` : page.title,
                ...status,
            });
        }
        for (const step of personStepsOf(choice.id)) {
            const command = commandOf(step, { applicationId: applicationId?.value });
            steps.push({
                id: step.id,
                kind: step.role,
                title: step.title,
                detail: step.detail,
                ...(command === undefined ? {} : { command }),
                page: migrationPage(step.page),
                section: step.section,
                state: input.planFile?.marks[step.id] === 'done' ? 'done' : 'open',
            });
        }
    }
    const done = steps.filter((step) => step.state === 'done').length;
    return {
        scenario: { id: scenario.id, title: scenario.title, page: migrationPage(scenario.page), section: scenario.section },
        target: { ...migrationReportData(target), summary: describeMigrationTarget(target) },
        chosenBy: choice.by,
        why: choice.why,
        ...(applicationId === undefined ? {} : { applicationId }),
        ...(input.planFile === undefined ? {} : { planFile: input.planFile.displayPath }),
        steps,
        totals: { done, open: steps.length - done },
    };
}
/** A rule's (or a source document's) page as a plan step's page: a page of the migration section when it is one, else as named. */
function rulePage(rule) {
    const file = (rule.page.path ?? rule.page.url ?? rule.page.title).split('/').pop();
    if (isMigrationPage(file))
        return migrationPage(file);
    return { file, title: rule.page.title, url: rule.page.url ?? '' };
}
function isMigrationPage(file) {
    try {
        migrationPage(file.split('/').pop());
        return true;
    }
    catch {
        return false;
    }
}
/** The scenario, who chose it, and why. */
function chooseScenario(input) {
    const declared = input.declared && sourceVersionOf(input.declared);
    if (declared !== undefined)
        return {
            id: upgradeScenarioFor(declared),
            by: 'config',
            why: `The declared migration target (migration.from) says the application comes from UCMA ${declared}.`,
        };
    if (input.planFile?.scenario !== undefined)
        return { id: input.planFile.scenario, by: 'plan file', why: `The plan file ${input.planFile.displayPath} pins the scenario.` };
    const applications = input.projects.filter((p) => p.role === 'ucma' || p.role === 'wmi-provisioning');
    const sample = input.projects.find((p) => p.role === 'provisioner-sample');
    if (applications.length === 0)
        return sample
            ? {
                id: 'ucma2-legacy-pool',
                by: 'tree',
                why: `The tree holds the UCMA 2.0 SDK's ApplicationProvisioner library (${sample.path}) and no UCMA application: it is the tool that keeps a legacy pool managed.`,
            }
            : { id: 'none', by: 'tree', why: 'No project of the run references UCMA or provisions through WMI.' };
    const order = ['2.0', undefined, '3.0', '4.0', '5.0'];
    const oldest = [...applications].sort((a, b) => order.indexOf(a.startingPoint.version) - order.indexOf(b.startingPoint.version) || (a.path < b.path ? -1 : 1))[0];
    const version = oldest.startingPoint.version;
    const id = upgradeScenarioFor(version ?? '3.0');
    const mixed = new Set(applications.map((p) => p.startingPoint.version ?? '?')).size > 1;
    const start = version === undefined ? 'UCMA 2.0 or 3.0 (taken as 3.0 until the config declares it)' : `UCMA ${version}`;
    return {
        id,
        by: 'tree',
        why: `${mixed ? 'The projects start from different versions; the oldest decides: ' : ''}${oldest.path} starts from ${start}. ${oldest.startingPoint.summary}`,
    };
}
/** The application id to write into commands: declared, pinned in the plan file, or seen in the projects. */
function applicationIdOf(input) {
    const declared = input.declared?.legacyApplicationName;
    // New-CsTrustedApplication takes the name; the cmdlet adds the urn:application: prefix itself.
    if (declared)
        return { value: bareApplicationName(declared), from: 'the declared migration target (migration.legacyApplicationName)' };
    if (input.planFile?.applicationId)
        return { value: input.planFile.applicationId, from: `the plan file ${input.planFile.displayPath}` };
    for (const project of input.projects) {
        const [seen] = project.applicationIds;
        if (seen)
            return { value: seen.value, from: `${seen.path}:${seen.line} (${seen.text})` };
    }
    return undefined;
}
