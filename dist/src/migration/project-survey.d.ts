import { type Evidence, type StartingPoint } from './ucma-version.js';
/** A text file of the run: its text as read, and as the run's edits would leave it. */
export interface SurveyText {
    readonly path: string;
    readonly before: string;
    readonly after: string;
}
/** What a survey reads: project files, configuration files and the C# files worth a look. */
export interface SurveyInput {
    readonly projectFiles: readonly SurveyText[];
    readonly configFiles: readonly SurveyText[];
    readonly csharpFiles: readonly SurveyText[];
    /** Every file of the run with whether anything is left in it (a pending edit, a warning or an error). */
    readonly files: readonly {
        readonly path: string;
        readonly open: boolean;
    }[];
}
/** `ucma`: references UCMA; `provisioner-sample`: the UCMA 2.0 SDK's ApplicationProvisioner library; `wmi-provisioning`: WMI provisioning code without a UCMA reference; `other`. */
export type ProjectRole = 'ucma' | 'provisioner-sample' | 'wmi-provisioning' | 'other';
/** One row of a project's retarget: a setting, where it applies, its value before and after the run's edits. */
export interface RetargetRow {
    readonly setting: string;
    /** `all builds`, or a configuration such as `Debug|AnyCPU`. */
    readonly scope: string;
    readonly before: string;
    readonly after: string;
}
export interface ProjectSurvey {
    /** The project file, relative to the working directory. */
    readonly path: string;
    /** Its folder ('' for the working directory itself). */
    readonly folder: string;
    readonly name: string;
    readonly role: ProjectRole;
    readonly outputType: string;
    readonly startingPoint: StartingPoint;
    readonly retarget: readonly RetargetRow[];
    readonly wmiProvisioning: readonly Evidence[];
    /** Application ids the project shows (App.config appSettings, ProvisionedApplicationPlatformSettings). */
    readonly applicationIds: readonly (Evidence & {
        readonly value: string;
    })[];
    readonly files: number;
    /** Files of the project with nothing left to do. */
    readonly filesDone: number;
}
/** Surveys every project file of the input, in path order. */
export declare function surveyProjects(input: SurveyInput): ProjectSurvey[];
