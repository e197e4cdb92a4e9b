import type { Transform } from './transform.js';
/** `ucma4-api-members/call-forward` as its parts, or undefined when the spec names no rule. */
export declare function splitRuleSpec(spec: string): {
    transformId: string;
    ruleId: string;
} | undefined;
/** The rule ids that `transform` does not have, of those asked for. */
export declare function unknownRules(transform: Transform, ruleIds: readonly string[]): string[];
/**
 * The transform restricted to `ruleIds` (added to any rules already selected). The engine then
 * drops the other rules' edits and diagnostics.
 */
export declare function selectRules(transform: Transform, ruleIds: readonly string[]): Transform;
