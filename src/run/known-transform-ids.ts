// The transform ids a run knows: the built-ins and the selected ones (users' transforms), for
// judging the names in suppression comments.
import type { Transform } from '../engine/transform.js';
import { builtInTransforms } from './registry.js';

/** Ids of the built-in transforms and of `selected`. */
export function knownTransformIds(selected: readonly Transform[]): Set<string> {
  return new Set([...builtInTransforms, ...selected].map((transform) => transform.meta.id));
}
