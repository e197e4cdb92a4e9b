/** `ucma4-api-members/call-forward` as its parts, or undefined when the spec names no rule. */
export function splitRuleSpec(spec) {
    const match = /^([a-z][a-z0-9-]*)\/([a-z0-9][a-z0-9-]*)$/.exec(spec);
    return match ? { transformId: match[1], ruleId: match[2] } : undefined;
}
/** The rule ids that `transform` does not have, of those asked for. */
export function unknownRules(transform, ruleIds) {
    const known = new Set((transform.meta.rules ?? []).map((rule) => rule.id));
    return ruleIds.filter((id) => !known.has(id));
}
/**
 * The transform restricted to `ruleIds` (added to any rules already selected). The engine then
 * drops the other rules' edits and diagnostics.
 */
export function selectRules(transform, ruleIds) {
    const selectedRules = new Set([...(transform.selectedRules ?? []), ...ruleIds]);
    return { meta: transform.meta, run: (context) => transform.run(context), selectedRules };
}
