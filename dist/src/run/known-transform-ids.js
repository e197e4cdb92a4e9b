import { builtInTransforms } from './registry.js';
/** Ids of the built-in transforms and of `selected`. */
export function knownTransformIds(selected) {
    return new Set([...builtInTransforms, ...selected].map((transform) => transform.meta.id));
}
