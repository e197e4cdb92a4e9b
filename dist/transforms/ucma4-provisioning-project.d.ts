import { type ProjectFileText, type ProjectIndex } from '../src/index.js';
/** An `<add key value>` of appSettings. */
export interface AppSetting {
    readonly path: string;
    readonly key: string;
    readonly value: string;
    readonly line: number;
    /** True for an entry inside an XML comment (`<!-- <add key=... /> -->`): not in effect. */
    readonly commentedOut: boolean;
}
/** The appSettings of the project's App.config and *.exe.config files (in effect and commented out). */
export declare function projectAppSettings(project: ProjectIndex | undefined): readonly AppSetting[];
/** The paths of the App.config and *.exe.config files the project index carries. */
export declare function appConfigPaths(project: ProjectIndex | undefined): string[];
/** The appSettings entries of one configuration file. */
export declare function appSettingsOf(file: ProjectFileText): AppSetting[];
/** What a project file says about the process it builds. */
export interface ProjectBitness {
    readonly path: string;
    /** The OutputType as written, lower-cased ('' when not set). */
    readonly outputType: string;
    readonly executable: boolean;
    /** The configurations (`Debug|AnyCPU`, ...) whose process may run 32-bit. */
    readonly thirtyTwoBit: readonly string[];
}
/** The bitness facts of the project's .csproj files (usually one). */
export declare function projectBitness(project: ProjectIndex | undefined): ProjectBitness[];
