// Finds the files to process: explicit files, and the files the language table reads (*.cs,
// *.csproj, App.config, *.exe.config) under directories, skipping build output, dependencies and (inside a git work tree) what
// .gitignore ignores. Never reads or writes through a symbolic link: not a linked file, nor any
// linked directory on the way to it.
import { lstat, readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describeFsError } from '../platform/fs-error.js';
import { git, isInsideWorkTree } from '../platform/run-git.js';
import { isReadFile } from '../engine/languages/index.js';
import { describeReadFiles } from '../engine/languages/file-patterns.js';

/** Directory names never walked into (compared case-insensitively: Visual Studio trees have Bin/Obj too). */
export const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set(['.git', 'node_modules', 'bin', 'obj']);

/** A file to process. */
export interface FoundFile {
  readonly absolutePath: string;
  /** Relative to the working directory, forward slashes; may start with `..` for files outside it. */
  readonly displayPath: string;
}

/** A path passed over, with the reason shown to the user. */
export interface PassedOverPath {
  readonly displayPath: string;
  readonly reason: string;
}

export interface Discovery {
  readonly files: FoundFile[];
  /** Passed over on purpose (symlinks, walked or named, and paths through them; explicit non-.cs files). */
  readonly skipped: PassedOverPath[];
  /** Could not be read (missing, unreadable); these make the run exit 2. */
  readonly errors: PassedOverPath[];
}

/** Displays `absolutePath` relative to `cwd` with forward slashes. */
export function toDisplayPath(absolutePath: string, cwd: string): string {
  const rel = relative(cwd, absolutePath);
  return (rel === '' ? '.' : rel).split(sep).join('/');
}

function isSkippedDirectory(name: string): boolean {
  return SKIPPED_DIRECTORIES.has(name.toLowerCase());
}

/** Expands `paths` (files or directories, relative to `cwd`) into a sorted, de-duplicated file list. */
export async function discoverFiles(paths: readonly string[], cwd: string): Promise<Discovery> {
  const files = new Map<string, FoundFile>();
  const skipped: PassedOverPath[] = [];
  const errors: PassedOverPath[] = [];
  const display = (absolute: string) => toDisplayPath(absolute, cwd);

  for (const given of paths.length > 0 ? paths : ['.']) {
    const absolute = resolve(cwd, given);
    let stats;
    try {
      stats = await lstat(absolute);
    } catch (thrown) {
      errors.push({ displayPath: display(absolute), reason: describeFsError(thrown) });
      continue;
    }
    const link = stats.isSymbolicLink() ? undefined : await symbolicLinkOnTheWay(absolute, cwd);
    if (stats.isSymbolicLink()) {
      skipped.push({ displayPath: display(absolute), reason: 'symbolic link, not followed; pass the file it points to' });
    } else if (link !== undefined) {
      skipped.push({
        displayPath: display(absolute),
        reason: `the path goes through the symbolic link ${display(link)}, which is not followed; pass the real path`,
      });
    } else if (stats.isFile()) {
      if (isReadFile(absolute)) files.set(absolute, { absolutePath: absolute, displayPath: display(absolute) });
      else skipped.push({ displayPath: display(absolute), reason: `not a ${describeReadFiles('or')} file` });
    } else if (stats.isDirectory()) {
      const walked = await walkDirectory(absolute, errors, display);
      const found = await dropGitIgnoredByRepository(absolute, walked.files, walked.nestedRepositories);
      for (const file of found) files.set(file, { absolutePath: file, displayPath: display(file) });
      // Links met on the walk are counted, so a linked Application.cs is never silently absent.
      for (const path of await dropGitIgnoredByRepository(absolute, walked.symbolicLinks, walked.nestedRepositories)) {
        skipped.push({ displayPath: display(path), reason: 'symbolic link, not followed' });
      }
    } else {
      skipped.push({ displayPath: display(absolute), reason: 'not a regular file or directory' });
    }
  }
  const sorted = [...files.values()].sort((a, b) => compareCodePoints(a.displayPath, b.displayPath));
  return { files: sorted, skipped, errors };
}

/**
 * Walks a directory in sorted order, collecting the files the engine reads and recording unreadable directories
 * and nested repositories (submodules and the like: directories below `root` that hold a .git).
 */
async function walkDirectory(
  root: string,
  errors: PassedOverPath[],
  display: (p: string) => string,
): Promise<{ files: string[]; symbolicLinks: string[]; nestedRepositories: string[] }> {
  const found: string[] = [];
  const symbolicLinks: string[] = [];
  const nestedRepositories: string[] = [];
  const visit = async (directory: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(directory, { withFileTypes: true });
    } catch (thrown) {
      errors.push({ displayPath: display(directory), reason: describeFsError(thrown) });
      return;
    }
    entries.sort((a, b) => compareCodePoints(a.name, b.name));
    if (directory !== root && entries.some((entry) => entry.name === '.git')) nestedRepositories.push(directory);
    for (const entry of entries) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) {
        if (!isSkippedDirectory(entry.name)) await visit(path);
      } else if (entry.isFile() && isReadFile(entry.name)) {
        found.push(path);
      } else if (entry.isSymbolicLink()) {
        // Never followed, whether it names a file or a directory.
        symbolicLinks.push(path);
      }
    }
  };
  await visit(root);
  return { files: found, symbolicLinks, nestedRepositories };
}

/**
 * The first symbolic link among the directories that lead from `cwd` to `absolute` (from the
 * deepest directory that both share, for a path outside `cwd`), or undefined. How `cwd` itself
 * was reached is the user's business; below it, a linked directory would lead reads and writes
 * elsewhere (and a patch would name a path that `git apply` refuses).
 */
async function symbolicLinkOnTheWay(absolute: string, cwd: string): Promise<string | undefined> {
  const base = commonAncestor(resolve(cwd), absolute);
  const directories: string[] = [];
  for (let directory = dirname(absolute); directory.length > base.length && directory.startsWith(base); directory = dirname(directory)) {
    directories.unshift(directory);
  }
  for (const directory of directories) {
    try {
      if ((await lstat(directory)).isSymbolicLink()) return directory;
    } catch {
      return undefined; // The path itself was just found; a vanished parent is reported when it is read.
    }
  }
  return undefined;
}

function commonAncestor(a: string, b: string): string {
  const left = a.split(sep);
  const right = b.split(sep);
  let shared = 0;
  while (shared < left.length && shared < right.length && left[shared] === right[shared]) shared++;
  return left.slice(0, shared).join(sep) || sep;
}

/**
 * Asks git about each repository separately: git refuses paths inside a submodule ("Pathspec is
 * in submodule"), so files under a nested repository are checked from that repository.
 */
async function dropGitIgnoredByRepository(root: string, files: string[], nestedRepositories: string[]): Promise<string[]> {
  const groups = new Map<string, string[]>();
  // Deepest repository first, so a path goes to the innermost repository that contains it.
  const repositories = [...nestedRepositories].sort((a, b) => b.length - a.length);
  const ownerOf = (path: string) => repositories.find((repository) => path.startsWith(`${repository}${sep}`)) ?? root;
  // Each repository is asked once whether it is a work tree, however many questions follow.
  const workTrees = new Map<string, Promise<boolean>>();
  const inWorkTree = (directory: string) => {
    if (!workTrees.has(directory)) workTrees.set(directory, isInsideWorkTree(directory));
    return workTrees.get(directory)!;
  };
  // A nested repository that its parent ignores (a clone under an ignored vendor/) is ignored whole.
  const ignoredRepositories = new Set<string>();
  for (const repository of [...repositories].reverse()) {
    const parent = ownerOf(repository);
    if (ignoredRepositories.has(parent) || (await dropGitIgnored(parent, [repository], inWorkTree)).length === 0)
      ignoredRepositories.add(repository);
  }
  for (const file of files) {
    const owner = ownerOf(file);
    if (ignoredRepositories.has(owner)) continue;
    // Appended in place: copying the group per file made discovery quadratic in a big directory.
    const group = groups.get(owner);
    if (group) group.push(file);
    else groups.set(owner, [file]);
  }
  const kept = new Set<string>();
  for (const [directory, group] of groups) for (const file of await dropGitIgnored(directory, group, inWorkTree)) kept.add(file);
  return files.filter((file) => kept.has(file));
}

/**
 * Inside a git work tree, drops the files that git ignores (.gitignore, .git/info/exclude, the
 * global excludes file), asking git itself so the rules are read exactly as git reads them.
 * Tracked files are never ignored. Outside a work tree, or without git, nothing is dropped.
 */
async function dropGitIgnored(directory: string, files: string[], inWorkTree: (directory: string) => Promise<boolean>): Promise<string[]> {
  if (files.length === 0 || !(await inWorkTree(directory))) return files;
  try {
    const ignored = await checkIgnore(directory, files);
    return files.filter((file) => !ignored.has(file));
  } catch {
    // One odd path must not stop the run: ask about each file alone, and keep it if git cannot say.
    const kept: string[] = [];
    for (const file of files) {
      const ignored = await checkIgnore(directory, [file]).catch(() => new Set<string>());
      if (!ignored.has(file)) kept.push(file);
    }
    return kept;
  }
}

/** The subset of `files` that git ignores, asked in one `git check-ignore --stdin` call. */
async function checkIgnore(directory: string, files: string[]): Promise<Set<string>> {
  // "./" first: a file named ":(glob)x.cs" is a name, not pathspec magic (check-ignore does not
  // support GIT_LITERAL_PATHSPECS). Exit 1 means "nothing is ignored".
  const input = files.map((file) => `./${relative(directory, file)}`).join('\0') + '\0';
  const stdout = await git(directory, ['check-ignore', '-z', '--stdin'], { input, okStatuses: [0, 1] });
  return new Set(
    stdout
      .split('\0')
      .filter((line) => line !== '')
      .map((line) => resolve(directory, line)),
  );
}

/** Orders strings by code point, independent of locale. */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
