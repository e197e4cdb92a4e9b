/** The values a setting may take (the engine's RuleSeverity, spelled here because the config layer sits beside it). */
export declare const SEVERITY_VALUES: readonly ["off", "info", "warning", "error"];
export type SeverityValue = (typeof SEVERITY_VALUES)[number];
/** A problem with the key: the reason, for the ConfigError that names the file. */
export declare class SeverityConfigProblem extends Error {
}
/** Reads the key's value: an object from `transform` or `transform/rule` to one of SEVERITY_VALUES. */
export declare function readSeverityConfig(value: unknown): Readonly<Record<string, SeverityValue>> | undefined;
/** What a run knows about the transforms a severity may name. */
export interface KnownRules {
    /** Transform id → its rule ids (empty for a transform without rules). */
    readonly transforms: ReadonlyMap<string, readonly string[]>;
    /**
     * False when a transform of the user's own that the config file lists was not loaded in this
     * run (`-t` chose others): an id that is none of `transforms` may be its, and is not judged.
     */
    readonly complete: boolean;
}
/** The first key that names no known transform or rule, as a reason; undefined when all are known. */
export declare function unknownSeverityKey(severities: Readonly<Record<string, SeverityValue>>, known: KnownRules): string | undefined;
