import { type Discovery } from './discover-files.js';
import type { IgnoreRules } from './ignore-rules.js';
/** True for an argument that is a glob rather than a path on disk. */
export declare function isGlobArgument(argument: string, cwd: string): boolean;
export declare function selectFiles(paths: readonly string[], cwd: string, ignore: IgnoreRules | undefined): Promise<Discovery>;
