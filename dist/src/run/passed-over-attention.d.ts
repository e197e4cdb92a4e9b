import type { Transform } from '../engine/transform.js';
import { type SeverityPolicy } from '../engine/severity.js';
import type { ContentProbe } from '../inputs/source-input.js';
import type { FileResult } from './run-result.js';
/**
 * `file` (status `skipped`) with a warning per transform that would have had work in it, or
 * `file` itself. Only transforms of the file's language count.
 */
export declare function withAttention(file: FileResult, transforms: readonly Transform[], severities?: SeverityPolicy, probe?: ContentProbe): Promise<FileResult>;
