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
}
/** Reads and validates the project configuration for a run in `cwd` (empty when there is no file). */
export declare function loadProjectConfig(cwd: string, env?: NodeJS.ProcessEnv): ProjectConfig;
