// Runs git: the one way the tool asks git about ignores, the index and hooks.
import { UserError } from './user-error.js';
import { spawn } from 'node:child_process';
/** git could not be started, or exited with a status the caller did not accept. */
export class GitError extends UserError {
    args;
    stderr;
    constructor(args, stderr) {
        super({ reason: `git ${args[0] ?? ''} failed${stderr.trim() ? `: ${stderr.trim()}` : ''}` });
        this.args = args;
        this.stderr = stderr;
    }
}
/** Runs `git args` in `cwd` and returns its stdout as bytes. */
export function gitBytes(cwd, args, options = {}) {
    return new Promise((resolvePromise, reject) => {
        const child = spawn('git', args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
        const stdout = [];
        const stderr = [];
        child.stdout.on('data', (chunk) => stdout.push(chunk));
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        child.on('error', (thrown) => reject(new GitError(args, thrown.message)));
        child.on('close', (status) => {
            if ((options.okStatuses ?? [0]).includes(status ?? -1))
                resolvePromise(Buffer.concat(stdout));
            else
                reject(new GitError(args, Buffer.concat(stderr).toString('utf8')));
        });
        child.stdin.on('error', () => undefined); // git may exit before reading all of stdin
        child.stdin.end(options.input ?? '');
    });
}
/** Runs `git args` in `cwd` and returns its stdout as UTF-8 text. */
export async function git(cwd, args, options = {}) {
    return (await gitBytes(cwd, args, options)).toString('utf8');
}
/** True when `cwd` is inside a git work tree (false outside one, or without git). */
export async function isInsideWorkTree(cwd) {
    return (await git(cwd, ['rev-parse', '--is-inside-work-tree']).catch(() => 'false')).trim() === 'true';
}
/** The top folder of the git work tree that holds `cwd`, or undefined outside one (or without git). */
export async function workTreeTop(cwd) {
    const top = (await git(cwd, ['rev-parse', '--show-toplevel']).catch(() => '')).trim();
    return top === '' ? undefined : top;
}
