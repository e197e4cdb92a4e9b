// Opens the folders below a base folder one at a time, never following a symbolic link, and names
// each by device and inode, so that a folder swapped for a link (or for another folder) between a
// read and a write is noticed, and nothing is read or written through it.
//
// On Linux each step is taken from the folder opened before it, through /proc/self/fd/N/name (the
// kernel resolves it from the open folder, as openat() would): once a folder is open, no rename or
// link elsewhere can change what is read or written in it. Where /proc is missing, each prefix is
// opened by path with O_NOFOLLOW on its last part, which leaves a small window between the steps.
import { closeSync, constants, existsSync, fstatSync, lstatSync, mkdirSync, openSync, readSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';

/** A folder's or file's identity, "device:inode" (bigint-safe). */
export type NodeId = string;

/** A path below the base goes through a symbolic link. */
export class LinkOnPathError extends Error {
  readonly code = 'ELINKONPATH';
  constructor(readonly link: string) {
    super(`${link} is a symbolic link; it is never followed`);
    this.name = 'LinkOnPathError';
  }
}

/** An open folder: its descriptor and the identities of the folders from the base down to it. */
export interface OpenFolder {
  readonly fd: number;
  readonly path: string;
  readonly chain: readonly NodeId[];
}

const DIRECTORY_FLAGS = constants.O_RDONLY | constants.O_DIRECTORY;
const NOFOLLOW_DIRECTORY = DIRECTORY_FLAGS | constants.O_NOFOLLOW;

let procFdWorks: boolean | undefined;

/** True when /proc/self/fd/N/name reaches into an open folder (Linux with /proc mounted). */
function usesOpenFolders(): boolean {
  if (procFdWorks === undefined) {
    procFdWorks = false;
    try {
      const fd = openSync('/', DIRECTORY_FLAGS);
      try {
        procFdWorks = existsSync(`/proc/self/fd/${fd}/.`);
      } finally {
        closeSync(fd);
      }
    } catch {
      procFdWorks = false;
    }
  }
  return procFdWorks;
}

/** The path of `name` inside the open folder, resolved from the folder itself where possible. */
export function pathIn(folder: OpenFolder, name: string): string {
  return usesOpenFolders() ? `/proc/self/fd/${folder.fd}/${name}` : join(folder.path, name);
}

function identityOf(fd: number): NodeId {
  const stats = fstatSync(fd, { bigint: true });
  return `${stats.dev}:${stats.ino}`;
}

/**
 * Opens `folder`, which is `base` or below it: `base` by its path (how it was reached is the
 * caller's business), then each folder below it without following a link. Throws LinkOnPathError
 * naming the first link (or non-folder) on the way, or the file system's error.
 */
export function openFolderBelow(base: string, folder: string, options: { readonly create?: boolean } = {}): OpenFolder {
  const rest = relative(base, folder);
  if (rest.startsWith('..') || rest.startsWith(sep)) throw new Error(`${folder} is not below ${base}`);
  const parts = rest === '' ? [] : rest.split(sep);
  let fd = openSync(base, DIRECTORY_FLAGS);
  let path = base;
  const chain: NodeId[] = [];
  try {
    chain.push(identityOf(fd));
    for (const part of parts) {
      const next = join(path, part);
      const inParent = usesOpenFolders() ? `/proc/self/fd/${fd}/${part}` : next;
      let opened: number;
      try {
        opened = openSync(inParent, NOFOLLOW_DIRECTORY);
      } catch (thrown) {
        const code = (thrown as NodeJS.ErrnoException).code;
        if (code === 'ELOOP' || code === 'ENOTDIR' || code === 'EMLINK') throw linkOrNot(inParent, next, thrown);
        if (code !== 'ENOENT' || options.create !== true) throw thrown;
        // Made here, inside the folder just opened, then opened like any other (a link raced in is still refused).
        try {
          mkdirSync(inParent);
        } catch (made) {
          if ((made as NodeJS.ErrnoException).code !== 'EEXIST') throw made;
        }
        try {
          opened = openSync(inParent, NOFOLLOW_DIRECTORY);
        } catch (again) {
          const code = (again as NodeJS.ErrnoException).code;
          if (code === 'ELOOP' || code === 'ENOTDIR' || code === 'EMLINK') throw linkOrNot(inParent, next, again);
          throw again;
        }
      }
      closeSync(fd);
      fd = opened;
      path = next;
      chain.push(identityOf(fd));
    }
  } catch (thrown) {
    closeSync(fd);
    throw thrown;
  }
  return { fd, path, chain };
}

/** A LinkOnPathError when `at` is a symbolic link, else the error itself (a file where a folder should be). */
function linkOrNot(at: string, shown: string, thrown: unknown): unknown {
  try {
    if (lstatSync(at).isSymbolicLink()) return new LinkOnPathError(shown);
  } catch {
    // Gone meanwhile: the error says enough.
  }
  return (thrown as NodeJS.ErrnoException).code === 'ELOOP' ? new LinkOnPathError(shown) : thrown;
}

export function closeFolder(folder: OpenFolder): void {
  closeSync(folder.fd);
}

/**
 * The folder from which links are refused for an output the user named (-o, --output-dir): the
 * working directory for a target inside it (a checkout may hold links there), else the nearest
 * folder of the target that exists (a place outside the tree is the user's choice).
 */
export function outputBase(cwd: string, target: string): string {
  const rest = relative(cwd, target);
  if (rest === '' || (!rest.startsWith('..') && !isAbsolute(rest))) return cwd;
  let folder = dirname(target);
  while (!existsSync(folder) && dirname(folder) !== folder) folder = dirname(folder);
  return folder;
}

/** The folder from which links are refused for `absolute`: the deepest folder it shares with `cwd`. */
export function linkFreeBase(cwd: string, absolute: string): string {
  const left = cwd.split(sep);
  const right = absolute.split(sep);
  let shared = 0;
  while (shared < left.length && shared < right.length - 1 && left[shared] === right[shared]) shared++;
  return left.slice(0, shared).join(sep) || sep;
}

/** The file is not a regular file (a FIFO, a device, a folder, a link): it is never read. */
class NotRegularFileError extends Error {
  readonly code = 'ENOTREGULAR';
  constructor(readonly kind: string) {
    super(`is ${kind}, not a regular file; not read`);
    this.name = 'NotRegularFileError';
  }
}

/** What a file is, in words, for NotRegularFileError. */
export function kindOfFile(stats: {
  isDirectory(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSymbolicLink(): boolean;
}): string {
  if (stats.isSymbolicLink()) return 'a symbolic link';
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'a special file';
}

/** A regular file's bytes and mode, or its size alone when it is over the limit. */
export type RegularFileRead =
  | { readonly bytes: Buffer; readonly mode: number; readonly uid: number; readonly gid: number; readonly id: NodeId }
  | { readonly oversize: number };

/**
 * Reads the regular file `name` in the open folder: never through a link, never from a FIFO or
 * device (opened without blocking, then checked), never more than `maxBytes` (a file that grows
 * past it while read counts as over). Throws NotRegularFileError, or the file system's error.
 */
export function readRegularFile(folder: OpenFolder, name: string, maxBytes: number): RegularFileRead {
  let fd: number;
  try {
    fd = openSync(pathIn(folder, name), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (thrown) {
    const code = (thrown as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' || code === 'EMLINK') throw new NotRegularFileError('a symbolic link');
    throw thrown;
  }
  try {
    const stats = fstatSync(fd, { bigint: true });
    if (!stats.isFile()) throw new NotRegularFileError(kindOfFile(stats));
    const size = Number(stats.size);
    if (size > maxBytes) return { oversize: size };
    // One byte more than the size: the read that finds the end lands there, so a file that did
    // not grow since fstat costs one buffer. A file that grew gets more buffers, up to the limit.
    const chunks: Buffer[] = [];
    let total = 0;
    let buffer = Buffer.allocUnsafe(Math.min(size + 1, maxBytes + 1) || 1);
    let filled = 0;
    for (;;) {
      const read = readSync(fd, buffer, filled, buffer.length - filled, null);
      if (read === 0) break;
      filled += read;
      total += read;
      if (total > maxBytes) return { oversize: total };
      if (filled === buffer.length) {
        chunks.push(buffer);
        buffer = Buffer.allocUnsafe(Math.min(64 * 1024, maxBytes + 1 - total));
        filled = 0;
      }
    }
    if (filled > 0) chunks.push(buffer.subarray(0, filled));
    return {
      bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total),
      mode: Number(stats.mode),
      uid: Number(stats.uid),
      gid: Number(stats.gid),
      id: `${stats.dev}:${stats.ino}`,
    };
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads the regular file at `absolute` as readRegularFile does, never through a link on the way
 * from the deepest folder it shares with `cwd` (see linkFreeBase): for files that are read once,
 * such as a project file named by a run's sources. Throws as openFolderBelow and readRegularFile do.
 */
export function readFileBelow(cwd: string, absolute: string, maxBytes: number): RegularFileRead {
  const folder = openFolderBelow(linkFreeBase(cwd, absolute), dirname(absolute));
  try {
    return readRegularFile(folder, basename(absolute), maxBytes);
  } finally {
    closeFolder(folder);
  }
}

/** Where a file was read: the base folder links were refused from, and the folders from it down to the file's. */
export interface FileLocation {
  readonly base: string;
  readonly folders: readonly NodeId[];
}

/**
 * Open folders kept for reads that follow one another in the same folder (a run reads files in
 * path order): a small cache, so a read costs one open instead of one per folder on the way. A
 * cached folder stays the folder it was when opened, whatever is renamed meanwhile; the write
 * opens its folders afresh and compares.
 */
export class FolderCache {
  private readonly open = new Map<string, OpenFolder>();

  constructor(private readonly limit = 16) {}

  /** The open folder (base and folder as in openFolderBelow), opened now or kept from before. */
  get(base: string, folder: string): OpenFolder {
    const key = `${base}\0${folder}`;
    const kept = this.open.get(key);
    if (kept) {
      this.open.delete(key);
      this.open.set(key, kept);
      return kept;
    }
    const opened = openFolderBelow(base, folder);
    this.open.set(key, opened);
    if (this.open.size > this.limit) {
      const [oldest, folderToClose] = this.open.entries().next().value as [string, OpenFolder];
      this.open.delete(oldest);
      closeFolder(folderToClose);
    }
    return opened;
  }

  /** Forgets one folder (it was removed or replaced: the next read opens it afresh). */
  forget(base: string, folder: string): void {
    const key = `${base}\0${folder}`;
    const kept = this.open.get(key);
    if (kept) closeFolder(kept);
    this.open.delete(key);
  }

  /** Closes every kept folder. */
  clear(): void {
    for (const folder of this.open.values()) closeFolder(folder);
    this.open.clear();
  }
}
