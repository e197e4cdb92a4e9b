// Looks up built-in transforms by id.
import { builtInTransforms } from '../../transforms/index.js';
import type { Transform } from '../engine/transform.js';

export { builtInTransforms };

/** The built-in transform with this id, or undefined. */
export function findBuiltInTransform(id: string): Transform | undefined {
  return builtInTransforms.find((transform) => transform.meta.id === id);
}
