import { type FileNeeds } from './file-needs.js';
import type { InspectedBytes } from './source-text.js';
import type { Transform } from './transform.js';
/** What the engine must do with a file, judged from its bytes (see fileNeeds). */
export declare function fileNeedsOfBytes(path: string, inspected: InspectedBytes, transforms: readonly Transform[], hasProject?: boolean): FileNeeds;
/** True when the bytes hold one of the needles as text (or there are no needles), as a search of the decoded text says. */
export declare function mentions(inspected: InspectedBytes, needles: readonly string[] | undefined): boolean;
