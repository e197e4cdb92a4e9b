import type { Severity } from './transform.js';
/** A severity a person can give a transform or one of its rules; `off` removes it from the run. */
export type RuleSeverity = Severity | 'off';
/**
 * Severities by `transform` or `transform/rule` (the rule's setting wins over its transform's).
 * Plain data, so it crosses to worker threads as it is.
 */
export type SeverityPolicy = Readonly<Record<string, RuleSeverity>>;
/** The setting for a finding of `transformId` (and its `rule`), or undefined when none applies. */
export declare function configuredSeverity(policy: SeverityPolicy | undefined, transformId: string, rule?: string): RuleSeverity | undefined;
/** True when the rule (or its whole transform) is set to `off`: its findings and edits are not part of the run. */
export declare function isOff(policy: SeverityPolicy | undefined, transformId: string, rule?: string): boolean;
/**
 * The severity a finding is reported with: the setting, for the findings that ask something of a
 * person (warnings, and needed changes, whose native severity is `warning`). An `error` a
 * transform reports itself means the file could not be handled and stays an error; an `info`
 * needs nothing and stays an info (only `off` removes it); the engine's own findings are not
 * configurable.
 */
export declare function effectiveSeverity(policy: SeverityPolicy | undefined, transformId: string, rule: string | undefined, native: Severity): Severity;
