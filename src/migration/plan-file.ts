// The plan file kept in the repository, `ucma-migration-plan.json`: the scenario the migration
// follows and which of the person steps are done. Only a person marks a step done; the tool reads
// the marks and never sets one on its own judgement.
//
// {
//   "scenario": "ucma2-to-ucma4",            // pins the scenario (the tree changes as the code moves)
//   "applicationId": "urn:application:desk", // optional: written into New-CsTrustedApplication
//   "steps": { "new-pool": "done", "enable-topology": "open" }
// }
import { dirname, join, resolve } from 'node:path';
import { entryExists, readSettingsFile } from '../platform/settings-file.js';
import { UserError } from '../platform/user-error.js';
import { CODE_STEPS, WMI_STEP } from './code-steps.js';
import { PERSON_STEPS } from './person-steps.js';
import { SCENARIO_IDS, type ScenarioId } from './scenarios.js';

export const PLAN_FILE_NAME = 'ucma-migration-plan.json';

export type StepMark = 'done' | 'open';

export interface PlanFile {
  /** Absolute. */
  readonly path: string;
  readonly scenario: ScenarioId | undefined;
  readonly applicationId: string | undefined;
  readonly marks: Readonly<Record<string, StepMark>>;
}

const KEYS = ['scenario', 'applicationId', 'steps'];

/** A plan file that cannot be used: one line naming the file and what is wrong. Exit 2. */
export class PlanFileError extends UserError {
  constructor(path: string, reason: string) {
    super({ path: `${path}:`, reason, hint: 'See docs/report.md ("The plan file") for its keys.' });
  }
}

/** The nearest plan file from `cwd` upwards, or undefined. */
export function findPlanFile(cwd: string): string | undefined {
  for (let directory = resolve(cwd); ; directory = dirname(directory)) {
    const candidate = join(directory, PLAN_FILE_NAME);
    // Anything by that name counts (a link too: it is refused when read, never skipped silently).
    if (entryExists(candidate)) return candidate;
    if (dirname(directory) === directory) return undefined;
  }
}

/** Reads and validates a plan file: as a settings file, never through a link, from a special file or past its size limit. */
export function readPlanFile(path: string): PlanFile {
  const bytes = readSettingsFile(path);
  if (bytes === undefined) throw new PlanFileError(path, 'is gone (removed since it was found)');
  return parsePlanFile(path, bytes.toString('utf8'));
}

/** Validates the text of a plan file; `path` names it in messages. */
export function parsePlanFile(path: string, text: string): PlanFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (thrown) {
    throw new PlanFileError(path, `is not valid JSON: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new PlanFileError(path, 'must hold one JSON object, e.g. { "steps": { "enable-topology": "done" } }');
  const plan = parsed as Record<string, unknown>;
  const unknown = Object.keys(plan).filter((key) => !KEYS.includes(key));
  if (unknown.length > 0) throw new PlanFileError(path, `unknown key "${unknown[0]}"; the keys are: ${KEYS.join(', ')}`);
  const scenario = plan.scenario;
  if (scenario !== undefined && !SCENARIO_IDS.includes(scenario as ScenarioId))
    throw new PlanFileError(path, `"scenario" must be one of ${SCENARIO_IDS.join(', ')}, got ${JSON.stringify(scenario)}`);
  const applicationId = plan.applicationId;
  if (applicationId !== undefined && (typeof applicationId !== 'string' || applicationId.trim() === ''))
    throw new PlanFileError(path, '"applicationId" must be a non-empty string');
  const marks: Record<string, StepMark> = {};
  if (plan.steps !== undefined) {
    if (typeof plan.steps !== 'object' || plan.steps === null || Array.isArray(plan.steps))
      throw new PlanFileError(path, '"steps" must be an object of step ids to "done" or "open"');
    for (const [id, mark] of Object.entries(plan.steps)) {
      if (CODE_STEPS.some((step) => step.id === id) || id === WMI_STEP.id)
        throw new PlanFileError(path, `"steps.${id}" is a code step: its state comes from the run, not from the plan file`);
      if (!PERSON_STEPS.some((step) => step.id === id))
        throw new PlanFileError(path, `"steps.${id}" is not a step; the steps are: ${PERSON_STEPS.map((step) => step.id).join(', ')}`);
      if (mark !== 'done' && mark !== 'open')
        throw new PlanFileError(path, `"steps.${id}" must be "done" or "open", got ${JSON.stringify(mark)}`);
      marks[id] = mark;
    }
  }
  return { path, scenario: scenario as ScenarioId | undefined, applicationId: applicationId as string | undefined, marks };
}

/** The text of a plan file: the scenario, the application id when known, and every listed step's mark, in the given order. */
export function formatPlanFile(fields: {
  readonly scenario: ScenarioId;
  readonly applicationId: string | undefined;
  readonly steps: readonly { readonly id: string; readonly mark: StepMark }[];
}): string {
  const steps = Object.fromEntries(fields.steps.map((step) => [step.id, step.mark]));
  return `${JSON.stringify(
    { scenario: fields.scenario, ...(fields.applicationId === undefined ? {} : { applicationId: fields.applicationId }), steps },
    null,
    2,
  )}\n`;
}
