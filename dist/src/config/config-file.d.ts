import { type MigrationField } from '../platform/migration-target.js';
export interface ProjectConfig {
    /** The config file, absolute; undefined when there is none. */
    readonly path: string | undefined;
    /** Built-in ids as written, user transform files as absolute paths. */
    readonly transforms: readonly string[] | undefined;
    readonly options: Readonly<Record<string, string>>;
    /** Ignore patterns with the folder they are relative to. */
    readonly ignore: readonly {
        readonly base: string;
        readonly patterns: readonly string[];
    }[];
    readonly maxFileSize: number | undefined;
    /** The declared migration target's fields (see migration-config.ts); empty when not declared. */
    readonly migration: Readonly<Partial<Record<MigrationField, string>>>;
}
/** The nearest config file from `cwd` upwards, or undefined. */
export declare function findConfigFile(cwd: string): string | undefined;
/** Reads and validates the project configuration for a run in `cwd` (empty when there is no file). */
export declare function loadProjectConfig(cwd: string): ProjectConfig;
