import type { RunResult } from '../run/run-result.js';
import { type MigrationReportData, type MigrationTarget } from '../platform/migration-target.js';
import { type CodeStepState } from './code-steps.js';
import { type MigrationPage } from './migration-pages.js';
import { type PersonRole } from './person-steps.js';
import type { PlanFile } from './plan-file.js';
import type { ProjectSurvey } from './project-survey.js';
import { type ScenarioId } from './scenarios.js';
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
    readonly page: {
        readonly title: string;
        readonly url?: string | undefined;
        readonly path?: string | undefined;
    };
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
    readonly scenario: {
        readonly id: ScenarioId;
        readonly title: string;
        readonly page: MigrationPage;
        readonly section: string;
    };
    /** The declared migration target the plan starts from (null fields: not declared), and in words. */
    readonly target: MigrationReportData & {
        readonly summary: string;
    };
    /** Who chose the scenario. */
    readonly chosenBy: 'config' | 'plan file' | 'tree';
    /** Why, in a sentence. */
    readonly why: string;
    /** The application id written into commands, and where it came from. */
    readonly applicationId?: {
        readonly value: string;
        readonly from: string;
    };
    /** The plan file read, relative to the working directory; undefined when there is none. */
    readonly planFile?: string;
    readonly steps: readonly PlanStep[];
    readonly totals: {
        readonly done: number;
        readonly open: number;
    };
}
export interface PlanInput {
    readonly result: RunResult;
    readonly projects: readonly ProjectSurvey[];
    readonly transforms: readonly PlanTransform[];
    /** The run's migration target (ucma-codemod.config.json "migration", --option migration.*); undefined: none declared. */
    readonly declared?: MigrationTarget | undefined;
    readonly planFile?: (PlanFile & {
        readonly displayPath: string;
    }) | undefined;
}
/** Builds the plan. */
export declare function buildMigrationPlan(input: PlanInput): MigrationPlan;
