// Writes a file so that it is always either the old or the new version: temp file in the same
// directory, fsync, original mode, rename. Refuses when the file changed since it was read.
import { randomBytes } from 'node:crypto';
import { open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describeFsError } from '../platform/fs-error.js';
import { UserError } from '../platform/user-error.js';
/** The file is not as it was read: someone else wrote it meanwhile. */
export class FileChangedError extends UserError {
    constructor(path) {
        super({ path, reason: 'changed on disk after it was read; not written. Run again to work on the new content.' });
    }
}
/** The file's mode has no write bit: its owner marked it read-only. */
export class ReadOnlyFileError extends UserError {
    constructor(path) {
        super({ path, reason: 'is read-only; not written. Make it writable (chmod u+w, or clear the read-only attribute) and run again.' });
    }
}
const TEMP_MARK = '.ucma-codemod-';
const TEMP_PATTERN = /^\..+\.ucma-codemod-(\d+)-[0-9a-f]{8}\.tmp$/;
/** The temp file name used while writing `path`; its pid lets a later run tell stale ones apart. */
function tempPathFor(path) {
    return join(dirname(path), `.${basename(path)}${TEMP_MARK}${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}
/**
 * Replaces `path` with `bytes` atomically, if its content is still `expected`. Keeps the mode.
 * A read-only file (no write bit for anyone) is refused even when running as root.
 * Independent steps run together (stat and read; mode and owner of the temp file), and the
 * directory's fsync is shared with other writes into the same directory.
 */
export async function writeFileAtomic(path, bytes, expected) {
    const [before, current] = await Promise.all([stat(path), readFile(path)]);
    if ((before.mode & 0o222) === 0)
        throw new ReadOnlyFileError(path);
    if (!current.equals(expected))
        throw new FileChangedError(path);
    const temp = tempPathFor(path);
    const mode = before.mode & 0o7777;
    let handle;
    try {
        handle = await open(temp, 'wx', mode);
        await Promise.all([
            handle.writeFile(bytes),
            handle.chmod(mode), // the umask may have narrowed the mode given to open()
            // Keep the owner too (possible as root or as the owner; otherwise the new file is ours).
            handle.chown(before.uid, before.gid).catch(() => undefined),
        ]);
        await handle.sync();
        await handle.close();
        handle = undefined;
        // Last look before the rename: narrows the window in which another writer can be lost.
        const again = await readFile(path);
        if (!again.equals(expected))
            throw new FileChangedError(path);
        await rename(temp, path);
    }
    catch (thrown) {
        await handle?.close().catch(() => undefined);
        await unlink(temp).catch(() => undefined);
        throw thrown;
    }
    await directorySyncs.sync(dirname(path));
}
/**
 * Makes renames durable with one directory fsync for every rename done before it started: a
 * caller whose rename happened while a sync was running waits for the next one, which all such
 * callers share (group commit). Best effort: not every platform can open a directory.
 */
class DirectorySyncs {
    running = new Map();
    next = new Map();
    sync(directory) {
        const queued = this.next.get(directory);
        if (queued)
            return queued;
        const current = this.running.get(directory);
        if (!current)
            return this.start(directory);
        // The running sync may have begun before our rename: wait for it, then sync once more.
        const following = current.then(() => {
            this.next.delete(directory);
            return this.start(directory);
        });
        this.next.set(directory, following);
        return following;
    }
    start(directory) {
        const started = syncDirectory(directory).finally(() => {
            if (this.running.get(directory) === started)
                this.running.delete(directory);
        });
        this.running.set(directory, started);
        return started;
    }
}
const directorySyncs = new DirectorySyncs();
async function syncDirectory(directory) {
    try {
        const handle = await open(directory, 'r');
        try {
            await handle.sync();
        }
        finally {
            await handle.close();
        }
    }
    catch {
        // Directory fsync is unsupported on some file systems; the rename is still atomic.
    }
}
/** Why a write failed, in words for the file's report line (the path is shown beside it). */
export function describeWriteFailure(thrown) {
    if (thrown instanceof UserError)
        return thrown.reason;
    return `cannot write: ${describeFsError(thrown)}`;
}
/** Removes stale temp files once per directory, for a run that writes into many files of it. */
export class StaleTempCleaner {
    done = new Set();
    removed = [];
    /** Cleans the directory of `path` unless that was done already. */
    async cleanBeside(path) {
        const directory = dirname(path);
        if (this.done.has(directory))
            return;
        this.done.add(directory);
        this.removed.push(...(await removeStaleTempFiles(directory)));
    }
}
/**
 * Removes temp files that an earlier, killed run left in `directory` (their process is gone).
 * Returns the removed paths.
 */
export async function removeStaleTempFiles(directory) {
    let names;
    try {
        names = await readdir(directory);
    }
    catch {
        return [];
    }
    const removed = [];
    for (const name of names) {
        const match = TEMP_PATTERN.exec(name);
        if (!match || isProcessAlive(Number(match[1])))
            continue;
        const path = join(directory, name);
        try {
            await unlink(path);
            removed.push(path);
        }
        catch {
            // Gone already, or not ours to remove: leave it.
        }
    }
    return removed;
}
function isProcessAlive(pid) {
    if (pid === process.pid)
        return true;
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (thrown) {
        return thrown.code === 'EPERM';
    }
}
