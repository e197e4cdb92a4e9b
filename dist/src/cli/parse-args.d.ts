import type { IgnoreRules } from '../inputs/ignore-rules.js';
import { UserError } from '../platform/user-error.js';
import { type DiagnosticLevel } from '../config/config-file.js';
import type { SeverityPolicy } from '../engine/severity.js';
export declare const COMMANDS: readonly ["list", "diff", "apply", "check", "review", "report", "plan", "new", "install-hook", "test", "lsp"];
export type CommandName = (typeof COMMANDS)[number];
/** A problem with the command line: exit 2, with a hint to `--help`. */
export declare class UsageError extends UserError {
    constructor(reason: string);
}
export interface CliOptions {
    readonly command: CommandName | undefined;
    readonly paths: string[];
    readonly transforms: string[];
    /** The stdout product (a name from the format table); undefined means the command's default. */
    readonly format: string | undefined;
    readonly output: string | undefined;
    readonly outputDir: string | undefined;
    readonly staged: boolean;
    /** --stdin-filepath P: one file whose bytes come from stdin, taken as the file at P. */
    readonly stdinFilepath: string | undefined;
    readonly maxFileSize: number | undefined;
    /** -j/--jobs: worker threads for the per-file work; undefined means one per core. */
    readonly jobs: number | undefined;
    /** --file-timeout: seconds a worker may spend on one file; undefined means the default. */
    readonly fileTimeoutSeconds: number | undefined;
    /** --worker-memory: bytes one file's work may take (a worker's heap limit, the parse budget); undefined means the default. */
    readonly workerMemory: number | undefined;
    readonly transformOptions: Record<string, string>;
    /** --ignore-pattern values (.gitignore syntax, relative to the working directory). */
    readonly ignorePatterns: string[];
    /** -q: stderr shows errors only. */
    readonly quiet: boolean;
    /** --max-warnings N: more than N warnings make the run exit 1 (default: any; -1, stored as Infinity: no limit). */
    readonly maxWarnings: number | undefined;
    /** --diagnostic-level: the mildest severity the text report and annotations show (default: info, all). */
    readonly diagnosticLevel: DiagnosticLevel | undefined;
    /** --baseline FILE: findings listed there are known; only new ones count. */
    readonly baseline: string | undefined;
    /** check --write-baseline FILE: record the run's findings that need a person. */
    readonly writeBaseline: string | undefined;
    /** check --prune-baseline: rewrite the --baseline file without its stale entries. */
    readonly pruneBaseline: boolean;
    /** The config file, absolute, when there is one; set by applyProjectConfig. */
    readonly configPath?: string | undefined;
    /** The run's per-rule severities, as settled by settleSeverities. */
    readonly severities?: SeverityPolicy | undefined;
    /** The config file's "severity" key; set by applyProjectConfig, settled once the transforms are known (settleSeverities). */
    readonly severityConfig?: {
        readonly path: string;
        readonly severities: SeverityPolicy;
        /** -t replaced a "transforms" list that names files of the user's own: their ids are not known in this run. */
        readonly userTransformsLeftOut: boolean;
    };
    /** True when -t chose the transforms (not the config file or the default); set by applyProjectConfig. */
    readonly transformsFromCommandLine?: boolean;
    /** The ignore rules of the run (config file, ignore file, --ignore-pattern); set by applyProjectConfig. */
    readonly ignore?: IgnoreRules | undefined;
    /** The config file whose "transforms" the run uses (no -t given); set by applyProjectConfig. */
    readonly transformsFromConfig?: string | undefined;
    /** Lines for stderr before the run (unless -q): what the config makes the run do; set by applyProjectConfig. */
    readonly notices?: readonly string[];
    /** The flags given on the command line that change what a run does (for the fix hint); set by applyProjectConfig. */
    readonly rerunFlags?: readonly string[];
    readonly color: boolean | undefined;
    readonly progress: boolean | undefined;
    /** --no-pager: never page the patch on a terminal. */
    readonly noPager: boolean;
    /** plan --done ID: person steps to mark done in the plan file. */
    readonly done: string[];
    /** plan --save: write the plan file (scenario, application id, every person step's mark). */
    readonly save: boolean;
    /** review --line-mode: answers end with Enter on a terminal too (default there: one key each). */
    readonly lineMode: boolean;
    readonly help: boolean;
    readonly version: boolean;
}
/** Parses the arguments after `node cli.js`. Throws UsageError. */
export declare function parseCliArgs(argv: readonly string[]): CliOptions;
/** Longest --file-timeout: a day (Node's timers overflow past about 24.8 days, and no file takes a day). */
export declare const MAX_FILE_TIMEOUT_SECONDS: number;
/** Parses `500000`, `512k`, `4M` (powers of 1024). */
export declare function parseSize(text: string): number;
