import { type LoadLimits } from '../tools/load-user-transform.js';
import type { Transform } from '../engine/transform.js';
/**
 * The transforms named by `-t` or by the config file's "transforms" (all built-ins when none),
 * without duplicates; a user's transform module loads within `limits`. A spec from the config file
 * that cannot be used is an error naming the file.
 */
export declare function resolveTransforms(specs: readonly string[], cwd: string, configPath: string | undefined, limits?: LoadLimits): Promise<Transform[]>;
