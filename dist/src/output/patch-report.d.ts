import type { FileResult, RunResult } from '../run/run-result.js';
import { type OutputFormat } from './output-format.js';
/**
 * The changed files a patch can name, in file order. The run already failed the files of diff and
 * check that a patch cannot name; for apply (whose product is the write) they are left out.
 */
export declare function patchableFiles(result: RunResult): FileResult[];
/** One changed file's patch. */
export declare function patchOf(file: FileResult): Buffer;
export declare const diffFormat: OutputFormat;
