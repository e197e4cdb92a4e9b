// One file to process, wherever its bytes come from: the disk or the git index.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { FolderCache, linkFreeBase, readRegularFile } from '../platform/no-follow.js';
// Folders kept open between reads (see FolderCache); closed by releaseReadFolders at the end of a run.
const folders = new FolderCache();
/** Closes the folders kept open for reads. */
export function releaseReadFolders() {
    folders.clear();
}
/**
 * An input that reads from disk: never through a symbolic link, neither the file nor a folder below
 * the deepest folder its path shares with `cwd` (even one swapped in since discovery), never from
 * a FIFO or device, never over the size limit.
 */
export function diskInput(absolutePath, displayPath, cwd) {
    const base = linkFreeBase(cwd, absolutePath);
    const folder = dirname(absolutePath);
    const name = basename(absolutePath);
    return {
        absolutePath,
        displayPath,
        probe: fileProbe(absolutePath),
        async read(maxBytes) {
            // Synchronous: a source file is small and mostly cached, and the thread-pool round trips of
            // async stat/open/read/close cost more than the reads themselves.
            let opened = folders.get(base, folder);
            let read;
            try {
                read = readRegularFile(opened, name, maxBytes);
            }
            catch (thrown) {
                if (thrown.code !== 'ENOENT')
                    throw thrown;
                // The kept folder may have been removed and made again: look once more, afresh.
                folders.forget(base, folder);
                opened = folders.get(base, folder);
                read = readRegularFile(opened, name, maxBytes);
            }
            if ('oversize' in read)
                return read;
            // git records only the owner's execute bit.
            return { bytes: read.bytes, mode: read.mode & 0o100 ? '100755' : '100644', location: { base, folders: opened.chain } };
        },
    };
}
const CHUNK = 1024 * 1024;
/** A probe that streams a regular file in chunks (memory stays at one chunk, whatever the size). */
function fileProbe(absolutePath) {
    return async (needles) => {
        const patterns = needles.map((needle) => Buffer.from(needle, 'utf8'));
        const overlap = Math.max(...patterns.map((pattern) => pattern.length)) - 1;
        let handle;
        try {
            // O_NOFOLLOW: the run never reads through a symbolic link, even one swapped in since discovery.
            handle = await open(absolutePath, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
            const stats = await handle.stat();
            if (!stats.isFile())
                return false;
            const buffer = Buffer.alloc(CHUNK + overlap);
            let kept = 0;
            for (;;) {
                const { bytesRead } = await handle.read(buffer, kept, CHUNK, null);
                if (bytesRead === 0)
                    return false;
                const window = buffer.subarray(0, kept + bytesRead);
                if (patterns.some((pattern) => window.includes(pattern)))
                    return true;
                kept = Math.min(overlap, window.length);
                window.copyWithin(0, window.length - kept);
            }
        }
        catch {
            return false;
        }
        finally {
            await handle?.close();
        }
    };
}
