import type { Transform } from '../engine/transform.js';
import { type PlanFile } from '../migration/plan-file.js';
import type { Invocation, MigrationFacts } from '../output/output-format.js';
import type { RunResult } from '../run/run-result.js';
import type { CliIo } from './cli-io.js';
import type { CliOptions } from './parse-args.js';
/** The paths, the flags and the config file of the run, for report headers. */
export declare function invocationOf(options: CliOptions, cwd: string): Invocation;
/** The plan file of the run, read and checked before any work is done; undefined when there is none. */
export declare function loadPlanFile(cwd: string): PlanFile | undefined;
/** Surveys the projects and builds the plan; with --done or --save, writes the plan file first. */
export declare function migrationFacts(result: RunResult, transforms: readonly Transform[], options: CliOptions, planFile: PlanFile | undefined, io: CliIo): Promise<MigrationFacts>;
