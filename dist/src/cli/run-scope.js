// Where a run stands: the project root that fingerprints' paths are relative to, and the folders
// it walked (so that a baseline entry of a file that is gone from one of them can be called stale).
import { dirname } from 'node:path';
import { walkedFoldersOf } from '../inputs/project-peers.js';
import { workTreeTop } from '../platform/run-git.js';
/**
 * The project root: the config file's folder, else the top of the git work tree, else the working
 * directory. The same files get the same fingerprints whichever folder the tool runs from.
 */
export async function fingerprintRootFor(options, cwd) {
    const root = options.configPath !== undefined ? dirname(options.configPath) : ((await workTreeTop(cwd)) ?? cwd);
    return { root, cwd };
}
/** The folders the run walks: the named ones, or the working directory when none is named; none for --staged or stdin. */
export function walkedFolders(options, cwd) {
    if (options.staged || options.stdinFilepath !== undefined)
        return [];
    return walkedFoldersOf(options.paths, cwd);
}
