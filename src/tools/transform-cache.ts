// A cache of users' transforms as they were type-checked and emitted, so that a transform run
// again (a pre-commit hook, CI, an editor) is not type-checked again: the TypeScript check costs
// seconds and the emitted modules are the same for the same sources. An entry records the hash of
// every file the check read (the transform, its local imports, the declarations of this package
// and of other packages it imports); it is used only while every one of them still hashes the
// same, for the same tool and TypeScript versions. The cache lives in the user's cache folder
// (`UCMA_CODEMOD_CACHE_DIR`, else `$XDG_CACHE_HOME/ucma-codemod`, else `~/.cache/ucma-codemod`),
// is made private (mode 0700) and is not used when it is not private to this user, since its
// modules are run. `UCMA_CODEMOD_CACHE_DIR=off` turns it off.
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** One file the type check read, by content. */
export interface CachedSource {
  readonly path: string;
  readonly sha256: string;
}

interface Manifest {
  readonly sources: readonly CachedSource[];
  /** The emitted entry module, relative to the entry's folder. */
  readonly entry: string;
}

const MANIFEST = 'manifest.json';

/** The cache folder, or undefined when caching is off or the folder is not safe to run code from. */
export function transformCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const setting = env.UCMA_CODEMOD_CACHE_DIR;
  if (setting === 'off') return undefined;
  const base = setting || (env.XDG_CACHE_HOME ? join(env.XDG_CACHE_HOME, 'ucma-codemod') : join(homedir(), '.cache', 'ucma-codemod'));
  const dir = join(base, 'transforms');
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    return isPrivate(base) && isPrivate(dir) ? dir : undefined;
  } catch {
    return undefined; // a read-only home, say: run without the cache
  }
}

/** A folder only this user can write to, and not a link. */
function isPrivate(path: string): boolean {
  const stats = lstatSync(path);
  const uid = process.getuid?.();
  return stats.isDirectory() && !stats.isSymbolicLink() && (uid === undefined || stats.uid === uid) && (stats.mode & 0o022) === 0;
}

/** The sha256 of a file's bytes, or undefined when it cannot be read. */
export function hashFile(path: string): string | undefined {
  try {
    return createHash('sha256').update(readFileSync(path)).digest('hex');
  } catch {
    return undefined;
  }
}

/** The entry's folder in the cache: one per transform file, tool and TypeScript version. */
export function cacheEntryDir(cacheDir: string, key: Record<string, string>): string {
  return join(cacheDir, createHash('sha256').update(JSON.stringify(key)).digest('hex').slice(0, 32));
}

/** Which emitted version of an entry is current: the name of one of its version folders. */
const CURRENT = 'current';

/**
 * The emitted entry module's path when the entry's current version is still current (every file
 * the check read hashes as recorded), else undefined.
 */
export function cachedEntry(entryDir: string): string | undefined {
  let manifest: Manifest;
  let versionDir: string;
  try {
    versionDir = join(entryDir, readFileSync(join(entryDir, CURRENT), 'utf8').trim());
    manifest = JSON.parse(readFileSync(join(versionDir, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
  if (!Array.isArray(manifest.sources) || typeof manifest.entry !== 'string') return undefined;
  if (!manifest.sources.every((source) => hashFile(source.path) === source.sha256)) return undefined;
  const entry = join(versionDir, manifest.entry);
  return existsSync(entry) ? entry : undefined;
}

/**
 * Keeps a freshly emitted folder (`emittedDir`, made in the cache folder, holding `entry`) as a
 * version of the entry named by its sources' hashes, and makes it current; returns the entry
 * module's path there. Versions are never changed or removed while a run may import them (worker
 * threads import the module after the main thread): a changed transform is a new version, and
 * two runs storing the same sources store the same bytes.
 */
export function storeEntry(entryDir: string, emittedDir: string, entry: string, sources: readonly CachedSource[]): string {
  writeFileSync(join(emittedDir, MANIFEST), `${JSON.stringify({ sources, entry } satisfies Manifest)}\n`);
  const version = createHash('sha256').update(JSON.stringify(sources)).digest('hex').slice(0, 32);
  const versionDir = join(entryDir, version);
  mkdirSync(entryDir, { recursive: true, mode: 0o700 });
  try {
    renameSync(emittedDir, versionDir);
  } catch {
    // Stored already (by an earlier or a concurrent run): the same sources, the same modules.
    rmSync(emittedDir, { recursive: true, force: true });
  }
  const pointer = join(entryDir, `${CURRENT}.${process.pid}.tmp`);
  writeFileSync(pointer, `${version}\n`);
  renameSync(pointer, join(entryDir, CURRENT));
  return join(versionDir, entry);
}
