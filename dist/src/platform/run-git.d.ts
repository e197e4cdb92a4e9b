import { UserError } from './user-error.js';
/** git could not be started, or exited with a status the caller did not accept. */
export declare class GitError extends UserError {
    readonly args: readonly string[];
    readonly stderr: string;
    constructor(args: readonly string[], stderr: string);
}
export interface GitOptions {
    /** Written to git's stdin. */
    readonly input?: string;
    /** Exit statuses that are answers rather than failures (check-ignore exits 1 for "none"). */
    readonly okStatuses?: readonly number[];
}
/** Runs `git args` in `cwd` and returns its stdout as bytes. */
export declare function gitBytes(cwd: string, args: readonly string[], options?: GitOptions): Promise<Buffer>;
/** Runs `git args` in `cwd` and returns its stdout as UTF-8 text. */
export declare function git(cwd: string, args: readonly string[], options?: GitOptions): Promise<string>;
/** True when `cwd` is inside a git work tree (false outside one, or without git). */
export declare function isInsideWorkTree(cwd: string): Promise<boolean>;
/** The top folder of the git work tree that holds `cwd`, or undefined outside one (or without git). */
export declare function workTreeTop(cwd: string): Promise<string | undefined>;
