import { UserError } from '../platform/user-error.js';
import { type ScenarioId } from './scenarios.js';
export declare const PLAN_FILE_NAME = "ucma-migration-plan.json";
export type StepMark = 'done' | 'open';
export interface PlanFile {
    /** Absolute. */
    readonly path: string;
    readonly scenario: ScenarioId | undefined;
    readonly applicationId: string | undefined;
    readonly marks: Readonly<Record<string, StepMark>>;
}
/** A plan file that cannot be used: one line naming the file and what is wrong. Exit 2. */
export declare class PlanFileError extends UserError {
    constructor(path: string, reason: string);
}
/** The nearest plan file from `cwd` upwards, or undefined. */
export declare function findPlanFile(cwd: string): string | undefined;
/** Reads and validates a plan file: as a settings file, never through a link, from a special file or past its size limit. */
export declare function readPlanFile(path: string): PlanFile;
/** Validates the text of a plan file; `path` names it in messages. */
export declare function parsePlanFile(path: string, text: string): PlanFile;
/** The text of a plan file: the scenario, the application id when known, and every listed step's mark, in the given order. */
export declare function formatPlanFile(fields: {
    readonly scenario: ScenarioId;
    readonly applicationId: string | undefined;
    readonly steps: readonly {
        readonly id: string;
        readonly mark: StepMark;
    }[];
}): string;
