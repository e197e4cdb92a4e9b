// Inputs for `check --staged`: the staged (index) content of the staged files the engine reads
// (the language table's file kinds), read from git, so a partly staged file is judged as it will be committed.
import { UserError } from '../platform/user-error.js';
import { resolve } from 'node:path';
import { isReadFile } from '../engine/languages/index.js';
import { SKIPPED_DIRECTORIES, type PassedOverPath } from './discover-files.js';
import type { SourceInput } from './source-input.js';
import { git, gitBytes, GitError, isInsideWorkTree } from '../platform/run-git.js';

/** Not in a git work tree, or git failed: `check --staged` cannot work. */
class StagedFilesError extends UserError {
  constructor(reason: string, details?: readonly string[]) {
    super({ reason, ...(details ? { details } : {}) });
  }
}

/**
 * Staged files the engine reads (see the language table) under `cwd` (limited to `paths` when given), added, copied, modified or
 * renamed in the index, as inputs that read the index blob. Symlinks and submodules are skipped.
 */
export async function stagedInputs(paths: readonly string[], cwd: string): Promise<{ inputs: SourceInput[]; skipped: PassedOverPath[] }> {
  if (!(await isInsideWorkTree(cwd))) throw new StagedFilesError('check --staged needs a git work tree; run it inside the repository');
  const names = (await gitOrFail(cwd, ['diff', '--cached', '--name-only', '-z', '--diff-filter=ACMR', '--relative', '--', ...paths]))
    .split('\0')
    .filter((name) => name !== '' && isReadFile(name))
    .filter(
      (name) =>
        !name
          .split('/')
          .slice(0, -1)
          .some((part) => SKIPPED_DIRECTORIES.has(part.toLowerCase())),
    )
    .sort();
  if (names.length === 0) return { inputs: [], skipped: [] };

  // "<mode> <blob> <stage>\t<path>" per staged file, paths relative to cwd.
  const entries = (await gitOrFail(cwd, ['ls-files', '-s', '-z', '--', ...names.map((name) => `:(literal)${name}`)]))
    .split('\0')
    .filter((line) => line !== '');
  const byPath = new Map<string, { mode: string; blob: string }>();
  for (const entry of entries) {
    const match = /^(\d{6}) ([0-9a-f]+) \d\t(.*)$/s.exec(entry);
    if (match) byPath.set(match[3]!, { mode: match[1]!, blob: match[2]! });
  }
  const inputs: SourceInput[] = [];
  const skipped: PassedOverPath[] = [];
  for (const name of names) {
    const entry = byPath.get(name);
    if (!entry) continue;
    if (entry.mode !== '100644' && entry.mode !== '100755') {
      skipped.push({
        displayPath: name,
        reason: entry.mode === '120000' ? 'staged symbolic link, not followed' : `staged entry of mode ${entry.mode}`,
      });
      continue;
    }
    inputs.push({
      displayPath: name,
      absolutePath: resolve(cwd, name),
      probe: async (needles) => {
        const bytes = await gitBytes(cwd, ['cat-file', 'blob', entry.blob]);
        return needles.some((needle) => bytes.includes(Buffer.from(needle, 'utf8')));
      },
      read: async (maxBytes) => {
        const size = Number((await git(cwd, ['cat-file', '-s', entry.blob])).trim());
        if (size > maxBytes) return { oversize: size };
        return { bytes: await gitBytes(cwd, ['cat-file', 'blob', entry.blob]), mode: entry.mode };
      },
    });
  }
  return { inputs, skipped };
}

/** git's answer, or a StagedFilesError that says what failed. */
function gitOrFail(cwd: string, args: string[]): Promise<string> {
  return git(cwd, args).catch((thrown: unknown) => {
    throw new StagedFilesError(thrown instanceof GitError ? thrown.message : String(thrown));
  });
}
