import type { SyntaxTree } from '../engine/languages/tree-sitter-core.js';
import { type AssemblyReference, type MsbuildProject } from './msbuild-project.js';
/** The UCMA documents the project-file transforms follow. */
export declare const UCMA4_REQUIREMENTS: {
    readonly title: "UCMA 4.0 SDK software and hardware requirements (Lync Server 2013 / UCMA 4.0 SDK documentation, ucma-4-0-sdk-software-and-hardware-requirements.md)";
    readonly url: "https://msdn.microsoft.com/library/Dn465960(v=office.15)";
};
export declare const UCMA4_RUNTIME: {
    readonly title: "UCMA 4.0 Runtime (Lync Server 2013 / UCMA 4.0 SDK documentation, ucma-4-0-runtime.md)";
    readonly url: "https://msdn.microsoft.com/en-us/library/Dn466090(v=office.15)";
};
/** True for Microsoft.Rtc.Collaboration and the assemblies named below it (PersistentChat, VoiceXml, ...). */
export declare function isUcmaAssemblyName(name: string): boolean;
/** True when the reference's HintPath points into an installed UCMA SDK (`...\Microsoft UCMA 3.0\...`). */
export declare function hintPathNamesUcma(reference: AssemblyReference): boolean;
/** A project references UCMA when a Reference names Microsoft.Rtc.Collaboration(.*) or its HintPath names a UCMA SDK folder. */
export declare function referencesUcma(project: MsbuildProject): boolean;
/** The file's MSBuild project when it is a project file (*.csproj) that references UCMA, else undefined. */
export declare function readUcmaProject(file: {
    readonly path: string;
    readonly tree: SyntaxTree;
}): MsbuildProject | undefined;
/** Parses `v3.5`, `v4.0`, `v4.5.2` into numbers; undefined for anything else (a property reference, a typo). */
export declare function parseFrameworkVersion(value: string): number[] | undefined;
/** True when `version` (from parseFrameworkVersion) is below 4.5. */
export declare function isBelowFramework45(version: readonly number[]): boolean;
/** Compares dotted version strings numerically (`4.0.0.0` < `5.0.0.0`); undefined when one is not a version. */
export declare function compareAssemblyVersions(a: string, b: string): number | undefined;
