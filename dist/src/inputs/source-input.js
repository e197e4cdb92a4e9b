// One file to process, wherever its bytes come from: the disk or the git index.
import { constants, readFileSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
/** An input that reads from disk. */
export function diskInput(absolutePath, displayPath) {
    return {
        absolutePath,
        displayPath,
        probe: fileProbe(absolutePath),
        async read(maxBytes) {
            // Synchronous: a source file is small and mostly cached, and the thread-pool round trips of
            // async stat/open/read/close cost more than the reads themselves.
            const stats = statSync(absolutePath);
            if (stats.size > maxBytes)
                return { oversize: stats.size };
            // git records only the owner's execute bit.
            return { bytes: readFileSync(absolutePath), mode: stats.mode & 0o100 ? '100755' : '100644' };
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
            handle = await open(absolutePath, constants.O_RDONLY | constants.O_NOFOLLOW);
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
