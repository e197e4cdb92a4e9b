// Turns -t arguments into transforms: built-in ids (user transform files come in a later module).
import { builtInTransforms, findBuiltInTransform } from '../registry.js';
import type { Transform } from '../transform.js';
import { UsageError } from './parse-args.js';

/** The transforms named by `-t` (all built-ins when none), without duplicates. */
export async function resolveTransforms(specs: readonly string[]): Promise<Transform[]> {
  if (specs.length === 0) return [...builtInTransforms];
  const chosen: Transform[] = [];
  for (const spec of specs) {
    const transform = findBuiltInTransform(spec);
    if (!transform) {
      const known = builtInTransforms.map((t) => t.meta.id).join(', ');
      throw new UsageError(`unknown transform "${spec}"; built-in transforms: ${known} (see: ucma-codemod list)`);
    }
    if (!chosen.includes(transform)) chosen.push(transform);
  }
  return chosen;
}
