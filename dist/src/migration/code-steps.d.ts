import type { RunResult } from '../run/run-result.js';
import type { ProjectSurvey } from './project-survey.js';
import type { ScenarioId } from './scenarios.js';
/** `edits`: only the changes the tool makes; `findings`: only warnings and errors; `all`: both. */
export type StepPart = 'edits' | 'findings' | 'all';
export interface CodeStepRow {
    readonly id: string;
    readonly scenarios: readonly ScenarioId[];
    readonly title: string;
    readonly detail: string;
    /** The transforms whose findings make the step's state. */
    readonly transforms: readonly string[];
    readonly part: StepPart;
    /** Only when the run holds a project of this role, or the step's transforms found something. */
    readonly onlyWith?: 'provisioner-sample';
    /** The page of the migration section it belongs to, and the section. */
    readonly page: string;
    readonly section: string;
}
export declare const CODE_STEPS: readonly CodeStepRow[];
/** The step that replaces UCMA 2.0 WMI provisioning, whose state comes from the project survey. */
export declare const WMI_STEP: {
    readonly id: "replace-wmi-provisioning";
    readonly scenarios: readonly ScenarioId[];
    readonly title: "Replace the WMI provisioning code with the UCMA 4.0 provisioning model";
    readonly detail: "UCMA 2.0 provisioning through the Office Communications Server 2007 R2 WMI classes needs OCSCore.msi at run time and has no place on a UCMA 4.0 pool: provision with the Lync Server cmdlets and auto-provisioning instead.";
    readonly page: "migration-and-coexistence-details-ucma-2-0-and-ucma-3-0.md";
    readonly section: "Get OCSCore.MSI from the Office Communications Server 2007 R2 installer";
};
/** Where a code step stands: nothing left, the tool can do the rest (`apply`), or a person must act. */
export type CodeStepState = 'done' | 'apply' | 'by-hand';
export interface CodeStepStatus {
    readonly state: CodeStepState;
    /** Edits not yet written. */
    readonly edits: number;
    /** Warnings and errors: each needs a person. */
    readonly findings: number;
    /** Where the open work is, first places first (at most a handful). */
    readonly where: readonly string[];
}
/** The state of a row after the run: read from the run's edits and diagnostics of its transforms (of one rule, when given). */
export declare function codeStepStatus(result: RunResult, transforms: readonly string[], part: StepPart, rule?: string): CodeStepStatus;
/** The WMI step's state: open while an application project (not the sample itself) still provisions through WMI. */
export declare function wmiStepStatus(projects: readonly ProjectSurvey[]): CodeStepStatus;
