import type { CliOptions } from './parse-args.js';
export declare function applyProjectConfig(options: CliOptions, cwd: string, env?: NodeJS.ProcessEnv): CliOptions;
