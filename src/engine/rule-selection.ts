// `-t <transform>/<rule>`: a view of a transform that keeps only the chosen rules' results.
import type { Transform } from './transform.js';
import { isUserCode, rememberTransformModule, transformModuleUrl } from './transform-origin.js';

/** `ucma4-api-members/call-forward` as its parts, or undefined when the spec names no rule. */
export function splitRuleSpec(spec: string): { transformId: string; ruleId: string } | undefined {
  const match = /^([a-z][a-z0-9-]*)\/([a-z0-9][a-z0-9-]*)$/.exec(spec);
  return match ? { transformId: match[1]!, ruleId: match[2]! } : undefined;
}

/** The rule ids that `transform` does not have, of those asked for. */
export function unknownRules(transform: Transform, ruleIds: readonly string[]): string[] {
  const known = new Set((transform.meta.rules ?? []).map((rule) => rule.id));
  return ruleIds.filter((id) => !known.has(id));
}

/**
 * The transform restricted to `ruleIds` (added to any rules already selected). The engine then
 * drops the other rules' edits and diagnostics.
 */
export function selectRules(transform: Transform, ruleIds: readonly string[]): Transform {
  const selectedRules = new Set([...(transform.selectedRules ?? []), ...ruleIds]);
  const view: Transform = { meta: transform.meta, run: (context) => transform.run(context), selectedRules };
  // The view runs the same module's code: worker threads load it from there and select again.
  const moduleUrl = transformModuleUrl(transform);
  if (moduleUrl !== undefined) rememberTransformModule(view, moduleUrl, isUserCode(transform));
  return view;
}
