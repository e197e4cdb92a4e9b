/** One file the type check read, by content. */
export interface CachedSource {
    readonly path: string;
    readonly sha256: string;
}
/** The cache folder, or undefined when caching is off or the folder is not safe to run code from. */
export declare function transformCacheDir(env?: NodeJS.ProcessEnv): string | undefined;
/** The sha256 of a file's bytes, or undefined when it cannot be read. */
export declare function hashFile(path: string): string | undefined;
/** The entry's folder in the cache: one per transform file, tool and TypeScript version. */
export declare function cacheEntryDir(cacheDir: string, key: Record<string, string>): string;
/**
 * The emitted entry module's path when the entry's current version is still current (every file
 * the check read hashes as recorded), else undefined.
 */
export declare function cachedEntry(entryDir: string): string | undefined;
/**
 * Keeps a freshly emitted folder (`emittedDir`, made in the cache folder, holding `entry`) as a
 * version of the entry named by its sources' hashes, and makes it current; returns the entry
 * module's path there. Versions are never changed or removed while a run may import them (worker
 * threads import the module after the main thread): a changed transform is a new version, and
 * two runs storing the same sources store the same bytes.
 */
export declare function storeEntry(entryDir: string, emittedDir: string, entry: string, sources: readonly CachedSource[]): string;
