import type { InspectedBytes } from './source-text.js';
import type { Transform } from './transform.js';
/**
 * The transforms that must see a file: those of its language whose `requires` (and, when the file
 * has no project index, `projectRequires`) needle is in it, or that have none.
 */
export declare function transformsNeedingBytes(path: string, inspected: InspectedBytes, transforms: readonly Transform[], hasProject?: boolean): Transform[];
/** Whether the engine must look at the file although no transform needs it: a C# file with a suppression comment is judged. */
export declare function mayHoldSuppression(path: string, inspected: InspectedBytes): boolean;
/** True when the bytes hold one of the needles as text (or there are no needles), as a search of the decoded text says. */
export declare function mentions(inspected: InspectedBytes, needles: readonly string[] | undefined): boolean;
