import { builtInTransforms } from '../../transforms/index.js';
import type { Transform } from '../engine/transform.js';
export { builtInTransforms };
/** The built-in transform with this id, or undefined. */
export declare function findBuiltInTransform(id: string): Transform | undefined;
/** The ids of every built-in, for judging the names in suppression comments. */
export declare function builtInTransformIds(): string[];
