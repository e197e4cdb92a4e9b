import type { Transform } from '../engine/transform.js';
/**
 * The transforms named by `-t` or by the config file's "transforms" (all built-ins when none),
 * without duplicates. A spec from the config file that cannot be used is an error naming the file.
 */
export declare function resolveTransforms(specs: readonly string[], cwd: string, configPath?: string): Promise<Transform[]>;
