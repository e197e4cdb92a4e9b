import { UserError } from '../platform/user-error.js';
/** Set to 1 to use a config file found above the top of the git repository (off by default). */
export declare const CONFIG_ABOVE_REPO_VARIABLE = "UCMA_CODEMOD_CONFIG_ABOVE_REPO";
/** Ignore patterns from one place: the lines of an ignore file, or a list (the config's "ignore"). */
export type IgnoreSource = {
    readonly base: string;
    readonly origin: string;
    readonly fileBytes: Buffer;
} | {
    readonly base: string;
    readonly origin: string;
    readonly patterns: readonly string[];
};
import { type SeverityValue } from './severity-config.js';
import { type MigrationField } from '../platform/migration-target.js';
export interface ProjectConfig {
    /** The config file, absolute; undefined when there is none. */
    readonly path: string | undefined;
    /** Built-in ids as written, user transform files as absolute paths. */
    readonly transforms: readonly string[] | undefined;
    readonly options: Readonly<Record<string, string>>;
    /** Ignore patterns with the folder they are relative to. */
    readonly ignore: readonly IgnoreSource[];
    readonly maxFileSize: number | undefined;
    /** A config file above the repository's top that the lookup left alone (see CONFIG_ABOVE_REPO_VARIABLE). */
    readonly ignoredAbove?: string;
    /** Severities by `transform` or `transform/rule` (ids not yet checked: see severity-config). */
    readonly severity?: Readonly<Record<string, SeverityValue>>;
    readonly maxWarnings?: number;
    /** The mildest severity the text report and annotations show. */
    readonly diagnosticLevel?: DiagnosticLevel;
    /** The baseline file, absolute. */
    readonly baseline?: string;
    /** The declared migration target's fields (see migration-config.ts); empty when not declared. */
    readonly migration: Readonly<Partial<Record<MigrationField, string>>>;
}
/** The severities a report can be limited to (`--diagnostic-level`), mildest first. */
export declare const DIAGNOSTIC_LEVELS: readonly ["info", "warning", "error"];
export type DiagnosticLevel = (typeof DIAGNOSTIC_LEVELS)[number];
/** A config file that cannot be used: one line naming the file and what is wrong. Exit 2. */
export declare class ConfigError extends UserError {
    constructor(path: string, reason: string);
}
/** Reads and validates the project configuration for a run in `cwd` (empty when there is no file). */
export declare function loadProjectConfig(cwd: string, env?: NodeJS.ProcessEnv): ProjectConfig;
