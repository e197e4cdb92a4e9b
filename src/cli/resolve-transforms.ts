// Turns -t arguments into transforms: built-in ids, or paths to users' transform files.
import { resolve } from 'node:path';
import { looksLikeTransformPath, loadUserTransform } from '../tools/load-user-transform.js';
import { builtInTransforms, findBuiltInTransform } from './built-in-transforms.js';
import type { Transform } from '../engine/transform.js';
import { selectRules, splitRuleSpec, unknownRules } from '../engine/rule-selection.js';
import { UsageError } from './parse-args.js';

/** The transforms named by `-t` (all built-ins when none), without duplicates. */
export async function resolveTransforms(specs: readonly string[], cwd: string): Promise<Transform[]> {
  if (specs.length === 0) return [...builtInTransforms];
  const chosen: Transform[] = [];
  const loadedFiles = new Map<string, Transform>();
  for (const spec of specs) {
    let transform: Transform | undefined;
    const ruleSpec = splitRuleSpec(spec);
    const ruleOwner = ruleSpec && findBuiltInTransform(ruleSpec.transformId);
    if (ruleSpec && ruleOwner) {
      chooseRule(chosen, ruleOwner, ruleSpec.ruleId);
      continue;
    }
    if (looksLikeTransformPath(spec)) {
      // The same file named twice is one transform, loaded once.
      const path = resolve(cwd, spec);
      transform = loadedFiles.get(path) ?? (await loadUserTransform(spec, cwd));
      loadedFiles.set(path, transform);
    } else {
      transform = findBuiltInTransform(spec);
    }
    if (!transform) {
      const known = builtInTransforms.map((t) => t.meta.id).join(', ');
      throw new UsageError(
        `unknown transform "${spec}"; built-in transforms: ${known} (see: ucma-codemod list), or give a path such as ./my-transform.ts`,
      );
    }
    if (chosen.includes(transform)) continue;
    // The whole transform replaces a selection of its rules.
    const ruleView = chosen.findIndex((t) => t.meta === transform.meta);
    if (ruleView !== -1) {
      chosen[ruleView] = transform;
      continue;
    }
    const clash = chosen.find((t) => t.meta.id === transform.meta.id);
    if (clash) throw new UsageError(`two transforms have the id "${transform.meta.id}"; ids must be unique in one run`);
    chosen.push(transform);
  }
  return chosen;
}

/** Adds one rule of a built-in to the selection; the whole transform, when chosen, wins. */
function chooseRule(chosen: Transform[], transform: Transform, ruleId: string): void {
  if (unknownRules(transform, [ruleId]).length > 0) {
    const known = (transform.meta.rules ?? []).map((rule) => rule.id).join(', ') || 'none';
    throw new UsageError(`transform ${transform.meta.id} has no rule "${ruleId}"; its rules: ${known}`);
  }
  const index = chosen.findIndex((t) => t.meta.id === transform.meta.id);
  if (index === -1) chosen.push(selectRules(transform, [ruleId]));
  else if (chosen[index]!.selectedRules) chosen[index] = selectRules(chosen[index]!, [ruleId]);
}
