import type { MsbuildProject } from '../authoring/msbuild-project.js';
export type UcmaVersion = '2.0' | '3.0' | '4.0' | '5.0';
/** Something seen in a file that a conclusion rests on. */
export interface Evidence {
    /** Relative to the working directory, forward slashes. */
    readonly path: string;
    /** 1-based. */
    readonly line: number;
    /** What was seen there, in words. */
    readonly text: string;
}
export interface StartingPoint {
    /** Undefined when the files do not tell (then `candidates` says between which). */
    readonly version: UcmaVersion | undefined;
    readonly candidates: readonly UcmaVersion[];
    /** True when a reference version or an SDK folder names it; false when it is inferred. */
    readonly certain: boolean;
    /** One sentence: the conclusion and why. */
    readonly summary: string;
    readonly evidence: readonly Evidence[];
}
/** What the C# files of a project show about provisioning. */
export interface CodeSignals {
    /** String literals that name an OCS 2007 R2 WMI class (`MSFT_SIP...`): UCMA 2.0 provisioning. */
    readonly wmiProvisioning: readonly Evidence[];
    /** `new ProvisionedApplicationPlatformSettings(...)`: auto-provisioning, UCMA 3.0 and later. */
    readonly autoProvisioning: readonly Evidence[];
}
/** The UCMA release that shipped Microsoft.Rtc.Collaboration with this assembly version. */
export declare function ucmaOfAssemblyVersion(version: string): UcmaVersion | undefined;
/** The UCMA release whose SDK folder a HintPath names, if it names one. */
export declare function ucmaOfHintPath(hintPath: string): UcmaVersion | undefined;
/** Decides the starting point of a project from its parsed project file and its code. */
export declare function startingPointOf(path: string, text: string, project: MsbuildProject, code: CodeSignals): StartingPoint;
