// One file to process, wherever its bytes come from: the disk or the git index.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { FolderCache, linkFreeBase, readRegularFile, type FileLocation } from '../platform/no-follow.js';

export interface SourceInput {
  /** Relative to the working directory, forward slashes. */
  readonly displayPath: string;
  /** The file's place in the working tree. */
  readonly absolutePath: string;
  /**
   * Reads the bytes and the git mode; returns only the size when it is over `maxBytes`, so huge
   * files are never loaded.
   */
  read(maxBytes: number): Promise<InputRead>;
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
  /**
   * Folders of other projects that compile this file (a linked file, a file of a project nested in
   * an SDK-style one): their indexes hold it too. It is still judged with its own project only.
   */
  readonly alsoCompiledBy?: readonly string[];
}

/** An input's bytes and git mode, and for a file on disk where it was read (the write checks it is still there). */
export type InputRead = { bytes: Buffer; mode: string; location?: FileLocation } | { oversize: number };

/** Whether the bytes contain one of `needles` (UTF-8); false when they cannot be read. */
export type ContentProbe = (needles: readonly string[]) => Promise<boolean>;

// Folders kept open between reads (see FolderCache); closed by releaseReadFolders at the end of a run.
const folders = new FolderCache();

/** Closes the folders kept open for reads. */
export function releaseReadFolders(): void {
  folders.clear();
}

/**
 * An input that reads from disk: never through a symbolic link, neither the file nor a folder below
 * the deepest folder its path shares with `cwd` (even one swapped in since discovery), never from
 * a FIFO or device, never over the size limit.
 */
export function diskInput(absolutePath: string, displayPath: string, cwd: string): SourceInput {
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
      } catch (thrown) {
        if ((thrown as NodeJS.ErrnoException).code !== 'ENOENT') throw thrown;
        // The kept folder may have been removed and made again: look once more, afresh.
        folders.forget(base, folder);
        opened = folders.get(base, folder);
        read = readRegularFile(opened, name, maxBytes);
      }
      if ('oversize' in read) return read;
      // git records only the owner's execute bit.
      return { bytes: read.bytes, mode: read.mode & 0o100 ? '100755' : '100644', location: { base, folders: opened.chain } };
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
      handle = await open(absolutePath, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
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
