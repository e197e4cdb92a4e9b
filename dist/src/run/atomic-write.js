// Writes a file so that it is always either the old or the new version, never through a link, and
// never over a change another writer made: temp file in the same folder, fsync, original mode and
// owner, then under a lock file beside the target a last check of its bytes and the rename.
//
// The folder is opened afresh from the base, one folder at a time without following links (see
// platform/no-follow), and must be the one the file was read from (device and inode of every
// folder on the way); every step then works inside that open folder, so a folder swapped for a
// link meanwhile can neither redirect the write nor receive a temp file. The lock file
// (`.<name>.ucma-codemod.lock`, linked into place holding the writer's mark: its pid and start
// time) closes the window between the last check and the rename for every ucma-codemod run; one
// whose process is gone is stale and is removed. Another program that writes the file without the
// lock can still slip into that window (POSIX has no mandatory locks).
import { randomBytes } from 'node:crypto';
import { closeSync, constants, existsSync, fsync, linkSync, openSync, readdirSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { describeFsError } from '../platform/fs-error.js';
import { closeFolder, openFolderBelow, pathIn, readRegularFile } from '../platform/no-follow.js';
import { isRunning, MARK_PATTERN, ownMark, pidOf } from '../platform/process-mark.js';
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
/** A folder on the file's path is not the one it was read from. */
export class FolderChangedError extends UserError {
    constructor(path) {
        super({
            path,
            reason: 'not written: a folder on its path is not the one it was read from (moved, or replaced by a link or another folder)',
        });
    }
}
/** Another ucma-codemod run holds the file's lock. */
export class FileBusyError extends UserError {
    constructor(path, lock, holder) {
        super({
            path,
            reason: holder === undefined
                ? `not written: the lock file ${lock} is in the way; remove it if no ucma-codemod run is writing this file`
                : `not written: another ucma-codemod run (process ${pidOf(holder)}) is writing it. Run again when that run is over.`,
        });
    }
}
/** Writes were stopped (a signal, or the output could not be written): the file was left as it was. */
class WritesStoppedError extends UserError {
    constructor(path) {
        super({ path, reason: 'not written: the run was stopped before its turn' });
    }
}
const TEMP_MARK = '.ucma-codemod-';
// The writer's mark (see platform/process-mark) in temp names, lock files and locks moved aside.
const TEMP_PATTERN = new RegExp(String.raw `^\..+\.ucma-codemod-(${MARK_PATTERN})-[0-9a-f]{8}\.tmp$`);
const LOCK_SUFFIX = '.ucma-codemod.lock';
const LOCK_PATTERN = /^\..+\.ucma-codemod\.lock$/;
const STALE_LOCK_PATTERN = new RegExp(String.raw `^\..+\.ucma-codemod\.lock\.(${MARK_PATTERN})-[0-9a-f]{8}\.stale$`);
const LOCK_CONTENT = new RegExp(String.raw `^(${MARK_PATTERN})\n$`);
/** The name of a temp file beside `name`, which a later run recognises by its mark (pid and start time; see StaleTempCleaner). */
export function tempFileName(name) {
    return `.${name}${TEMP_MARK}${ownMark()}-${randomBytes(4).toString('hex')}.tmp`;
}
/** How often a held lock is tried again, and how long between tries (short: a lock is held for one check and one rename). */
const LOCK_TRIES = 40;
const LOCK_PAUSE_MS = 5;
/** What the process has written, and the writes under way: for a signal or a failed output, which must say what was written. */
class WriteLog {
    written = [];
    inFlight = new Set();
    stopping = false;
    get stopped() {
        return this.stopping;
    }
    track(write) {
        this.inFlight.add(write);
        const settled = () => this.inFlight.delete(write);
        write.then(settled, settled);
        return write;
    }
    async stop() {
        this.stopping = true;
        while (this.inFlight.size > 0)
            await Promise.allSettled([...this.inFlight]);
        return this.written;
    }
}
const log = new WriteLog();
/**
 * Stops writing: writes not yet at their rename leave their file as it was (and remove their temp
 * file); resolves, once the writes under way are over, with every file written.
 */
export function stopWrites() {
    return log.stop();
}
/**
 * Replaces `path` with `bytes` atomically, if its content is still `expected`, and, when
 * `location` says where it was read, only in the same folders. Keeps the mode and (where allowed)
 * the owner. A read-only file (no write bit for anyone) is refused even when running as root.
 */
export function writeFileAtomic(path, bytes, expected, location) {
    if (log.stopped)
        return Promise.reject(new WritesStoppedError(path));
    return log.track(writeInFolder(path, bytes, expected, location));
}
async function writeInFolder(path, bytes, expected, location) {
    const name = basename(path);
    const folder = openFolderBelow(location?.base ?? dirname(path), dirname(path));
    try {
        if (location && !sameFolders(folder.chain, location.folders))
            throw new FolderChangedError(path);
        const current = checkUnchanged(folder, name, path, expected);
        await replace(folder, name, path, bytes, expected, current);
    }
    finally {
        closeFolder(folder);
    }
}
function sameFolders(now, then) {
    return now.length === then.length && now.every((id, i) => id === then[i]);
}
/** The file's permission bits and owner when it still holds `expected` and may be written; throws otherwise. */
function checkUnchanged(folder, name, path, expected) {
    const current = readRegularFile(folder, name, expected.length);
    if ('oversize' in current || !current.bytes.equals(expected))
        throw new FileChangedError(path);
    if ((current.mode & 0o222) === 0)
        throw new ReadOnlyFileError(path);
    return { mode: current.mode & 0o7777, uid: current.uid, gid: current.gid };
}
async function replace(folder, name, path, bytes, expected, { mode, uid, gid }) {
    if (log.stopped)
        throw new WritesStoppedError(path);
    const tempName = tempFileName(name);
    const temp = pathIn(folder, tempName);
    let renamed = false;
    let handle;
    try {
        handle = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, mode);
        await Promise.all([
            handle.writeFile(bytes),
            handle.chmod(mode), // the umask may have narrowed the mode given to open()
            // Keep the owner too (possible as root or as the owner; otherwise the new file is ours).
            handle.chown(uid, gid).catch(() => undefined),
        ]);
        await handle.sync();
        await handle.close();
        handle = undefined;
        const lock = await acquireLock(folder, name, path);
        try {
            if (log.stopped)
                throw new WritesStoppedError(path);
            // The last look, under the lock: no other ucma-codemod run can write between it and the rename.
            checkUnchanged(folder, name, path, expected);
            await holdForTest(path);
            if (log.stopped)
                throw new WritesStoppedError(path);
            await rename(temp, pathIn(folder, name));
            renamed = true;
            log.written.push(path);
        }
        finally {
            releaseLock(folder, lock);
        }
    }
    catch (thrown) {
        await handle?.close().catch(() => undefined);
        if (!renamed)
            await unlink(temp).catch(() => undefined);
        throw thrown;
    }
    await directorySyncs.sync(folder);
}
/**
 * Test-only delay point, so that tests of races and signals need no sleeps: with
 * UCMA_CODEMOD_TEST_HOLD_WRITE=<path suffix>:<folder>, the write of a file whose path ends with the
 * suffix stops just before its rename (under its lock, after its last check), creates <folder>/held,
 * and goes on once <folder>/release exists or writes are stopped. Unset, it costs one lookup.
 */
async function holdForTest(path) {
    const setting = process.env.UCMA_CODEMOD_TEST_HOLD_WRITE;
    if (setting === undefined)
        return;
    const colon = setting.indexOf(':');
    const [suffix, folder] = [setting.slice(0, colon), setting.slice(colon + 1)];
    if (colon <= 0 || !path.endsWith(suffix))
        return;
    closeSync(openSync(join(folder, 'held'), 'w'));
    while (!existsSync(join(folder, 'release')) && !log.stopped)
        await new Promise((resolve) => setTimeout(resolve, 10));
}
/** Locks held by this process, by folder identity and name: a lock with our mark that we do not hold is stale. */
const heldLocks = new Set();
async function acquireLock(folder, name, path) {
    const lockName = `.${name}${LOCK_SUFFIX}`;
    const key = `${folder.chain.at(-1)}/${lockName}`;
    for (let attempt = 0;; attempt++) {
        if (takeLock(folder, lockName)) {
            heldLocks.add(key);
            return lockName;
        }
        const holder = lockHolder(folder, lockName);
        if (holder !== undefined && (!isRunning(holder) || (holder === ownMark() && !heldLocks.has(key)))) {
            breakStaleLock(folder, lockName, holder);
            continue;
        }
        if (attempt >= LOCK_TRIES)
            throw new FileBusyError(path, `${dirname(path)}/${lockName}`, holder);
        await new Promise((resolve) => setTimeout(resolve, LOCK_PAUSE_MS * (1 + Math.random())));
    }
}
/** Errors of link() on a file system without hard links (FAT, some network shares). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);
/**
 * Creates the lock file unless it exists; false when it does. The mark goes into a draft file that
 * is then linked into place, so a lock is never seen without its holder: a run killed between
 * creating the lock and writing its mark would otherwise leave an empty lock that no later run may
 * call stale. A killed run's draft is a temp file with its mark, removed like any other. Where the
 * file system has no hard links, the lock is created in place (the old window comes back there).
 */
export function takeLock(folder, lockName, link = linkSync) {
    const draft = pathIn(folder, tempFileName(lockName));
    writeNewFile(draft, `${ownMark()}\n`);
    try {
        link(draft, pathIn(folder, lockName));
        return true;
    }
    catch (thrown) {
        const code = thrown.code ?? '';
        if (code === 'EEXIST')
            return false;
        if (!NO_HARD_LINKS.has(code))
            throw thrown;
    }
    finally {
        try {
            unlinkSync(draft);
        }
        catch {
            // Gone already: nothing to remove.
        }
    }
    try {
        writeNewFile(pathIn(folder, lockName), `${ownMark()}\n`);
        return true;
    }
    catch (thrown) {
        if (thrown.code === 'EEXIST')
            return false;
        throw thrown;
    }
}
/** Creates `path` (never through a link, never over a file) holding `text`. */
function writeNewFile(path, text) {
    const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
    try {
        writeSync(fd, text);
    }
    finally {
        closeSync(fd);
    }
}
function releaseLock(folder, lockName) {
    heldLocks.delete(`${folder.chain.at(-1)}/${lockName}`);
    try {
        unlinkSync(pathIn(folder, lockName));
    }
    catch {
        // Already gone (removed by hand): nothing to release.
    }
}
/** The mark a lock file holds, or undefined when it cannot be read or names none (being written, or not ours). */
function lockHolder(folder, lockName) {
    try {
        const read = readRegularFile(folder, lockName, 64);
        if ('oversize' in read)
            return undefined;
        return LOCK_CONTENT.exec(read.bytes.toString('latin1'))?.[1];
    }
    catch {
        return undefined;
    }
}
/**
 * Removes a lock whose process is gone. Two runs may find the same stale lock: it is first renamed
 * aside (only one rename succeeds), and if what was moved turns out to be a fresh lock taken
 * meanwhile, it is put back.
 */
function breakStaleLock(folder, lockName, holder) {
    const aside = `${lockName}.${ownMark()}-${randomBytes(4).toString('hex')}.stale`;
    try {
        renameSync(pathIn(folder, lockName), pathIn(folder, aside));
    }
    catch {
        return; // Someone else removed it first.
    }
    if (lockHolder(folder, aside) !== holder) {
        try {
            linkSync(pathIn(folder, aside), pathIn(folder, lockName));
        }
        catch {
            // Another lock is there already: the one moved aside has lost its place; its holder's check still holds.
        }
    }
    try {
        unlinkSync(pathIn(folder, aside));
    }
    catch {
        // Gone already.
    }
}
/**
 * Makes renames durable with one folder fsync for every rename done before it started: a caller
 * whose rename happened while a sync was running waits for the next one, which all such callers
 * share (group commit). Best effort: not every file system can sync a folder.
 */
class DirectorySyncs {
    running = new Map();
    next = new Map();
    sync(folder) {
        const key = folder.chain.at(-1);
        const queued = this.next.get(key);
        if (queued)
            return queued;
        const current = this.running.get(key);
        if (!current)
            return this.start(key, folder.fd);
        // The running sync may have begun before our rename: wait for it, then sync once more.
        const following = current.then(() => {
            this.next.delete(key);
            return this.start(key, folder.fd);
        });
        this.next.set(key, following);
        return following;
    }
    start(key, fd) {
        const started = syncFolder(fd).finally(() => {
            if (this.running.get(key) === started)
                this.running.delete(key);
        });
        this.running.set(key, started);
        return started;
    }
}
const directorySyncs = new DirectorySyncs();
function syncFolder(fd) {
    return new Promise((resolve) => {
        // Folder fsync is unsupported on some file systems; the rename is still atomic.
        fsync(fd, () => resolve());
    });
}
/** Why a write failed, in words for the file's report line (the path is shown beside it). */
export function describeWriteFailure(thrown) {
    if (thrown instanceof UserError)
        return thrown.reason;
    return `cannot write: ${describeFsError(thrown)}`;
}
/** Removes stale temp and lock files once per folder, for a run that writes into many files of it. */
export class StaleTempCleaner {
    done = new Set();
    removed = [];
    /** Cleans the folder of `path` unless that was done already; `location` says where links are refused from. */
    async cleanBeside(path, location) {
        const directory = dirname(path);
        if (this.done.has(directory))
            return;
        this.done.add(directory);
        this.removed.push(...removeStaleTempFiles(directory, location?.base));
    }
}
/**
 * Removes temp files that an earlier, killed run left in `directory` (their process is gone), and
 * lock files of such runs. Never through a link below `base`. Returns the removed paths.
 */
export function removeStaleTempFiles(directory, base = directory) {
    let folder;
    try {
        folder = openFolderBelow(base, directory);
    }
    catch {
        return [];
    }
    const removed = [];
    try {
        let names;
        try {
            names = readdirSync(pathIn(folder, '.'));
        }
        catch {
            return [];
        }
        for (const name of names) {
            const temp = TEMP_PATTERN.exec(name) ?? STALE_LOCK_PATTERN.exec(name);
            if (temp) {
                if (isRunning(temp[1]))
                    continue;
                try {
                    unlinkSync(pathIn(folder, name));
                    removed.push(`${directory}/${name}`);
                }
                catch {
                    // Gone already, or not ours to remove: leave it.
                }
            }
            else if (LOCK_PATTERN.test(name)) {
                const holder = lockHolder(folder, name);
                if (holder === undefined || isRunning(holder))
                    continue;
                breakStaleLock(folder, name, holder);
                removed.push(`${directory}/${name}`);
            }
        }
    }
    finally {
        closeFolder(folder);
    }
    return removed;
}
