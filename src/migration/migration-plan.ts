// The migration as ordered steps: the code steps with their state from the run, then the steps of a
// developer and of an administrator from the migration pages, open until the user marks them done
// in the plan file. The scenario is the one the config declares, else the one the plan file pins,
// else the one the tree shows. The declaration is the run's migration target
// (platform/migration-target), the same one the provisioning rules are judged against.
import type { RunResult } from '../run/run-result.js';
import {
  bareApplicationName,
  describeMigrationTarget,
  migrationReportData,
  migrationTargetOf,
  sourceVersionOf,
  type MigrationReportData,
  type MigrationTarget,
} from '../platform/migration-target.js';
import { CODE_STEPS, codeStepStatus, WMI_STEP, wmiStepStatus, type CodeStepState } from './code-steps.js';
import { migrationPage, type MigrationPage } from './migration-pages.js';
import { commandOf, personStepsOf, type PersonRole } from './person-steps.js';
import type { PlanFile } from './plan-file.js';
import type { ProjectSurvey } from './project-survey.js';
import { scenarioById, upgradeScenarioFor, type ScenarioId } from './scenarios.js';
import type { UcmaVersion } from './ucma-version.js';

/** What the plan knows of a transform of the run. */
export interface PlanTransform {
  readonly id: string;
  readonly title: string;
  /** A migration-section page file its metadata names, if any. */
  readonly page?: string | undefined;
  /** Its source document, for the page of its step when it names no migration page. */
  readonly source?: PlanRule['page'] | undefined;
  /** Its rules that name their pages (the provisioning pack's): each that leaves work for a person is a step of its own. */
  readonly rules?: readonly PlanRule[] | undefined;
}

/** A rule of a transform with the page it comes from and what a person does about a finding. */
export interface PlanRule {
  readonly id: string;
  readonly title: string;
  readonly followUp?: string | undefined;
  /** The main page of the rule: its published title and address, and its path in the docs repository. */
  readonly page: { readonly title: string; readonly url?: string | undefined; readonly path?: string | undefined };
}

export type StepKind = 'code' | PersonRole;
/** `done`; `apply`: the tool makes the rest; `by-hand`: code a person must change; `open`: a person's step not marked done. */
export type StepState = CodeStepState | 'open';

export interface PlanStep {
  readonly id: string;
  readonly kind: StepKind;
  readonly title: string;
  readonly detail: string;
  /** The command to run, known facts written in. */
  readonly command?: string;
  readonly page: MigrationPage;
  readonly section: string;
  readonly state: StepState;
  /** Code steps: edits the tool would make, findings a person must act on, and where. */
  readonly edits?: number;
  readonly findings?: number;
  readonly where?: readonly string[];
}

export interface MigrationPlan {
  readonly scenario: { readonly id: ScenarioId; readonly title: string; readonly page: MigrationPage; readonly section: string };
  /** The declared migration target the plan starts from (null fields: not declared), and in words. */
  readonly target: MigrationReportData & { readonly summary: string };
  /** Who chose the scenario. */
  readonly chosenBy: 'config' | 'plan file' | 'tree';
  /** Why, in a sentence. */
  readonly why: string;
  /** The application id written into commands, and where it came from. */
  readonly applicationId?: { readonly value: string; readonly from: string };
  /** The plan file read, relative to the working directory; undefined when there is none. */
  readonly planFile?: string;
  readonly steps: readonly PlanStep[];
  readonly totals: { readonly done: number; readonly open: number };
}

export interface PlanInput {
  readonly result: RunResult;
  readonly projects: readonly ProjectSurvey[];
  readonly transforms: readonly PlanTransform[];
  /** The run's migration target (ucma-codemod.config.json "migration", --option migration.*); undefined: none declared. */
  readonly declared?: MigrationTarget | undefined;
  readonly planFile?: (PlanFile & { readonly displayPath: string }) | undefined;
}

const SECTION_INDEX = 'migration-coexistence-and-upgrade-of-ucma-applications.md';

/** Builds the plan. */
export function buildMigrationPlan(input: PlanInput): MigrationPlan {
  const target = input.declared ?? migrationTargetOf({});
  const choice = chooseScenario(input);
  const scenario = scenarioById(choice.id);
  const applicationId = applicationIdOf(input);
  const steps: PlanStep[] = [];
  if (choice.id !== 'none') {
    const covered = new Set<string>();
    for (const row of CODE_STEPS) {
      row.transforms.forEach((id) => covered.add(id));
      if (!row.scenarios.includes(choice.id)) continue;
      const ran = row.transforms.filter((id) => input.transforms.some((t) => t.id === id));
      if (ran.length === 0) continue;
      const status = codeStepStatus(input.result, ran, row.part);
      const idle = status.edits === 0 && status.findings === 0;
      if (row.onlyWith && idle && !input.projects.some((p) => p.role === row.onlyWith)) continue;
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
      const ruleSteps = (transform.rules ?? []).flatMap((rule): PlanStep[] => {
        const status = codeStepStatus(input.result, [transform.id], 'all', rule.id);
        if (status.state === 'done') return [];
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
function rulePage(rule: Pick<PlanRule, 'page'>): MigrationPage {
  const file = (rule.page.path ?? rule.page.url ?? rule.page.title).split('/').pop()!;
  if (isMigrationPage(file)) return migrationPage(file);
  return { file, title: rule.page.title, url: rule.page.url ?? '' };
}

function isMigrationPage(file: string): boolean {
  try {
    migrationPage(file.split('/').pop()!);
    return true;
  } catch {
    return false;
  }
}

/** The scenario, who chose it, and why. */
function chooseScenario(input: PlanInput): { id: ScenarioId; by: MigrationPlan['chosenBy']; why: string } {
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
  const order: readonly (UcmaVersion | undefined)[] = ['2.0', undefined, '3.0', '4.0', '5.0'];
  const oldest = [...applications].sort(
    (a, b) => order.indexOf(a.startingPoint.version) - order.indexOf(b.startingPoint.version) || (a.path < b.path ? -1 : 1),
  )[0]!;
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
function applicationIdOf(input: PlanInput): { value: string; from: string } | undefined {
  const declared = input.declared?.legacyApplicationName;
  // New-CsTrustedApplication takes the name; the cmdlet adds the urn:application: prefix itself.
  if (declared) return { value: bareApplicationName(declared), from: 'the declared migration target (migration.legacyApplicationName)' };
  if (input.planFile?.applicationId) return { value: input.planFile.applicationId, from: `the plan file ${input.planFile.displayPath}` };
  for (const project of input.projects) {
    const [seen] = project.applicationIds;
    if (seen) return { value: seen.value, from: `${seen.path}:${seen.line} (${seen.text})` };
  }
  return undefined;
}
