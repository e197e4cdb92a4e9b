/** The setting for a finding of `transformId` (and its `rule`), or undefined when none applies. */
export function configuredSeverity(policy, transformId, rule) {
    if (policy === undefined)
        return undefined;
    return (rule === undefined ? undefined : policy[`${transformId}/${rule}`]) ?? policy[transformId];
}
/** True when the rule (or its whole transform) is set to `off`: its findings and edits are not part of the run. */
export function isOff(policy, transformId, rule) {
    return configuredSeverity(policy, transformId, rule) === 'off';
}
/**
 * The severity a finding is reported with: the setting, for the findings that ask something of a
 * person (warnings, and needed changes, whose native severity is `warning`). An `error` a
 * transform reports itself means the file could not be handled and stays an error; an `info`
 * needs nothing and stays an info (only `off` removes it); the engine's own findings are not
 * configurable.
 */
export function effectiveSeverity(policy, transformId, rule, native) {
    if (native !== 'warning' || transformId === 'engine')
        return native;
    const configured = configuredSeverity(policy, transformId, rule);
    return configured === undefined || configured === 'off' ? native : configured;
}
