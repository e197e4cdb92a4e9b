// One file to process, wherever its bytes come from: the disk or the git index.
import { readFileSync, statSync } from 'node:fs';

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
}

/** An input that reads from disk. */
export function diskInput(absolutePath: string, displayPath: string): SourceInput {
  return {
    absolutePath,
    displayPath,
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
