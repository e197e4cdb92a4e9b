// One file to process, wherever its bytes come from: the disk or the git index.
import { constants, readFileSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';

export interface SourceInput {
  /** Relative to the working directory, forward slashes. */
  readonly displayPath: string;
  /** The file's place in the working tree. */
  readonly absolutePath: string;
  /**
   * Reads the bytes and the git mode; returns only the size when it is over `maxBytes`, so huge
   * files are never loaded.
   */
  read(maxBytes: number): Promise<{ bytes: Buffer; mode: string } | { oversize: number }>;
  /** Searches the bytes without loading them whole, for a file the run passes over (too large). */
  readonly probe?: ContentProbe;
  /**
   * Other files of this file's project that the run does not process but its project index must
   * hold (--stdin-filepath: the rest of the project on disk). Usually absent.
   */
  readonly projectPeers?: readonly SourceInput[];
  /**
   * The folder of the project this file was read for, when it was read as a peer: a file a
   * project compiles from outside its folder is indexed with that project.
   */
  readonly projectRoot?: string;
}

/** Whether the bytes contain one of `needles` (UTF-8); false when they cannot be read. */
export type ContentProbe = (needles: readonly string[]) => Promise<boolean>;

/** An input that reads from disk. */
export function diskInput(absolutePath: string, displayPath: string): SourceInput {
  return {
    absolutePath,
    displayPath,
    probe: fileProbe(absolutePath),
    async read(maxBytes) {
      // Synchronous: a source file is small and mostly cached, and the thread-pool round trips of
      // async stat/open/read/close cost more than the reads themselves.
      const stats = statSync(absolutePath);
      if (stats.size > maxBytes) return { oversize: stats.size };
      // git records only the owner's execute bit.
      return { bytes: readFileSync(absolutePath), mode: stats.mode & 0o100 ? '100755' : '100644' };
    },
  };
}

const CHUNK = 1024 * 1024;

/** A probe that streams a regular file in chunks (memory stays at one chunk, whatever the size). */
function fileProbe(absolutePath: string): ContentProbe {
  return async (needles) => {
    const patterns = needles.map((needle) => Buffer.from(needle, 'utf8'));
    const overlap = Math.max(...patterns.map((pattern) => pattern.length)) - 1;
    let handle;
    try {
      // O_NOFOLLOW: the run never reads through a symbolic link, even one swapped in since discovery.
      handle = await open(absolutePath, constants.O_RDONLY | constants.O_NOFOLLOW);
      const stats = await handle.stat();
      if (!stats.isFile()) return false;
      const buffer = Buffer.alloc(CHUNK + overlap);
      let kept = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, kept, CHUNK, null);
        if (bytesRead === 0) return false;
        const window = buffer.subarray(0, kept + bytesRead);
        if (patterns.some((pattern) => window.includes(pattern))) return true;
        kept = Math.min(overlap, window.length);
        window.copyWithin(0, window.length - kept);
      }
    } catch {
      return false;
    } finally {
      await handle?.close();
    }
  };
}
