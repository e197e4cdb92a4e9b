import { type CliOptions } from './parse-args.js';
import type { SeverityPolicy } from '../engine/severity.js';
import type { Transform } from '../engine/transform.js';
export declare function applyProjectConfig(options: CliOptions, cwd: string, env?: NodeJS.ProcessEnv): CliOptions;
/**
 * Checks the config's "severity" ids against the transforms the tool knows (exit 2 naming the
 * file), and settles what `off` means for this run: a transform set to `off` leaves the run,
 * unless -t names it (the flag wins), as does a rule -t names.
 */
export declare function settleSeverities(options: CliOptions, transforms: readonly Transform[]): {
    transforms: Transform[];
    severities: SeverityPolicy | undefined;
};
