// The transforms the tool ships (transforms/index.ts), looked up by id for the command line. Only
// the CLI knows them by name: a run gets transform objects, and their ids as `knownTransformIds`.
import { builtInTransforms } from '../../transforms/index.js';
import type { Transform } from '../engine/transform.js';

export { builtInTransforms };

/** The built-in transform with this id, or undefined. */
export function findBuiltInTransform(id: string): Transform | undefined {
  return builtInTransforms.find((transform) => transform.meta.id === id);
}

/** The ids of every built-in, for judging the names in suppression comments. */
export function builtInTransformIds(): string[] {
  return builtInTransforms.map((transform) => transform.meta.id);
}
