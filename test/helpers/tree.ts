// File trees for tests: copies of the sample trees in temp directories, and listings, snapshots and
// comparisons of trees by relative path (forward slashes) and bytes.
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyTree, git, initRepo, makeTempDir } from './cli.js';
import { fixturePath } from './paths.js';

/** How snapshot() reads a tree. */
export interface SnapshotOptions {
  /** 'read' (default): a symbolic link counts as the file it points to; 'marker': it is not followed and its bytes are `<symlink>`. */
  readonly symlinks?: 'read' | 'marker';
}

function filesUnder(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true })
    .filter((entry) => !(dir === '' && entry.name === '.git'))
    .flatMap((entry) => {
      const path = dir === '' ? entry.name : `${dir}/${entry.name}`;
      return entry.isDirectory() ? filesUnder(root, path) : [path];
    })
    .sort();
}

/** Every file under `root` (dot-files included) except a .git/ at the root: relative paths with forward slashes, sorted. */
export function listFiles(root: string): string[] {
  return filesUnder(root, '');
}

/** Every file's bytes under `root` by listFiles() path, in sorted order. */
export function snapshot(root: string, options: SnapshotOptions = {}): Map<string, Buffer> {
  return new Map(
    listFiles(root).map((path): [string, Buffer] => {
      const file = join(root, path);
      return [path, options.symlinks === 'marker' && lstatSync(file).isSymbolicLink() ? Buffer.from('<symlink>') : readFileSync(file)];
    }),
  );
}

/** Paths that are missing from one snapshot or whose bytes differ, sorted. */
export function changedPaths(a: ReadonlyMap<string, Buffer>, b: ReadonlyMap<string, Buffer>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])]
    .filter((path) => {
      const x = a.get(path);
      const y = b.get(path);
      return x === undefined || y === undefined || !x.equals(y);
    })
    .sort();
}

/** changedPaths() of the trees at `a` and `b` (their root .git/ ignored). */
export function treeDifferences(a: string, b: string): string[] {
  return changedPaths(snapshot(a), snapshot(b));
}

/** A fresh copy of fixtures/samples/<name> in a temp directory. */
export function copySample(name: string): string {
  const root = makeTempDir();
  copyTree(fixturePath('samples', name), root);
  return root;
}

/** A copy of fixtures/samples/<name> in a fresh git repository, everything committed as "sample". */
export function committedSample(name: string): string {
  const root = copySample(name);
  initRepo(root);
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'sample');
  return root;
}
