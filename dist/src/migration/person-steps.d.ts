import type { ScenarioId } from './scenarios.js';
export type PersonRole = 'developer' | 'administrator';
/** Facts that fill a step's command: known ones are written in, unknown ones stay as `<...>`. */
export interface StepFacts {
    /** The UCMA 2.0 application's name, which the new application's id must repeat. */
    readonly applicationId?: string | undefined;
}
export interface PersonStep {
    /** Kebab-case id, used in the plan file. */
    readonly id: string;
    readonly role: PersonRole;
    readonly scenarios: readonly ScenarioId[];
    /** One line, imperative. */
    readonly title: string;
    /** What to know while doing it. */
    readonly detail: string;
    /** A PowerShell line to run, `{applicationId}` filled from the facts; undefined when the step is no command. */
    readonly command?: string;
    /** The page of the migration section it comes from (a file name of MIGRATION_PAGES). */
    readonly page: string;
    /** The heading of the page's section. */
    readonly section: string;
}
export declare const PERSON_STEPS: readonly PersonStep[];
/** The person steps of a scenario, in the order they are taken. */
export declare function personStepsOf(scenario: ScenarioId): PersonStep[];
/** The step's command with the known facts written in; a placeholder names what is still unknown. */
export declare function commandOf(step: PersonStep, facts: StepFacts): string | undefined;
