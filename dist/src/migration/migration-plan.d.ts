import type { RunResult } from '../run/run-result.js';
import { type CodeStepState } from './code-steps.js';
import { type MigrationPage } from './migration-pages.js';
import { type PersonRole } from './person-steps.js';
import type { PlanFile } from './plan-file.js';
import type { ProjectSurvey } from './project-survey.js';
import { type ScenarioId } from './scenarios.js';
/** The migration target a config file declares (the `migration` key), read as far as it is given. */
export interface MigrationDeclaration {
    /** Where the application comes from: `2.0` or `3.0`. */
    readonly sourceVersion?: string | undefined;
    /** The UCMA 2.0 application's name, which the new application id repeats. */
    readonly legacyApplicationName?: string | undefined;
}
/** What the plan knows of a transform of the run. */
export interface PlanTransform {
    readonly id: string;
    readonly title: string;
    /** A migration-section page file its metadata names, if any. */
    readonly page?: string | undefined;
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
    readonly declared?: MigrationDeclaration | undefined;
    readonly planFile?: (PlanFile & {
        readonly displayPath: string;
    }) | undefined;
}
/** Builds the plan. */
export declare function buildMigrationPlan(input: PlanInput): MigrationPlan;
