// Looks up built-in transforms by id.
import { builtInTransforms } from '../../transforms/index.js';
export { builtInTransforms };
/** The built-in transform with this id, or undefined. */
export function findBuiltInTransform(id) {
    return builtInTransforms.find((transform) => transform.meta.id === id);
}
