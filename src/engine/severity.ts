// Per-rule severities from the project configuration (ESLint's `off`/`warn`/`error`, Roslyn's
// `dotnet_diagnostic.<id>.severity`): a finding's severity is decided here, once, in the engine,
// and every printer, the exit rule and the baseline read the result.
import type { Severity } from './transform.js';

/** A severity a person can give a transform or one of its rules; `off` removes it from the run. */
export type RuleSeverity = Severity | 'off';

/**
 * Severities by `transform` or `transform/rule` (the rule's setting wins over its transform's).
 * Plain data, so it crosses to worker threads as it is.
 */
export type SeverityPolicy = Readonly<Record<string, RuleSeverity>>;

/** The setting for a finding of `transformId` (and its `rule`), or undefined when none applies. */
export function configuredSeverity(policy: SeverityPolicy | undefined, transformId: string, rule?: string): RuleSeverity | undefined {
  if (policy === undefined) return undefined;
  return (rule === undefined ? undefined : policy[`${transformId}/${rule}`]) ?? policy[transformId];
}

/** True when the rule (or its whole transform) is set to `off`: its findings and edits are not part of the run. */
export function isOff(policy: SeverityPolicy | undefined, transformId: string, rule?: string): boolean {
  return configuredSeverity(policy, transformId, rule) === 'off';
}

/**
 * The severity a finding is reported with: the setting, for the findings that ask something of a
 * person (warnings, and needed changes, whose native severity is `warning`). An `error` a
 * transform reports itself means the file could not be handled and stays an error; an `info`
 * needs nothing and stays an info (only `off` removes it); the engine's own findings are not
 * configurable.
 */
export function effectiveSeverity(
  policy: SeverityPolicy | undefined,
  transformId: string,
  rule: string | undefined,
  native: Severity,
): Severity {
  if (native !== 'warning' || transformId === 'engine') return native;
  const configured = configuredSeverity(policy, transformId, rule);
  return configured === undefined || configured === 'off' ? native : configured;
}
