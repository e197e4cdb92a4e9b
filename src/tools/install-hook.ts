// `ucma-codemod install-hook`: installs a git pre-commit hook that runs `check --staged`.
// Respects core.hooksPath and never overwrites a hook that it did not write.
import { UserError } from '../platform/user-error.js';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { packageRoot } from '../platform/package-info.js';
import { git } from '../platform/run-git.js';

/** The line that marks a hook as ours, so that re-running install-hook may update it. */
export const HOOK_MARKER = '# ucma-codemod pre-commit hook';

export class HookInstallError extends UserError {
  constructor(reason: string, details?: readonly string[]) {
    super({ reason, ...(details ? { details } : {}) });
  }
}

export interface HookInstallResult {
  readonly path: string;
  readonly action: 'installed' | 'updated' | 'unchanged';
}

/** Quotes a string for POSIX sh. */
function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** The hook script: runs this installation of ucma-codemod, or the one on PATH if it moved. */
export function hookScript(nodePath: string, binPath: string): string {
  return `#!/bin/sh
${HOOK_MARKER} (written by "ucma-codemod install-hook"; running it again rewrites this file).
# Refuses the commit while a staged .cs file needs a ucma-codemod change; the patch it prints
# shows what is needed. Fix: ucma-codemod apply <files> && git add <files>
# Skip once: git commit --no-verify
node=${shellQuote(nodePath)}
cli=${shellQuote(binPath)}
if [ -x "$node" ] && [ -f "$cli" ]; then
  exec "$node" "$cli" check --staged
fi
exec ucma-codemod check --staged
`;
}

/** Installs or updates the hook in the repository that contains `cwd`. */
export async function installPreCommitHook(cwd: string): Promise<HookInstallResult> {
  let hooksDir: string;
  try {
    // --git-path hooks honours core.hooksPath and worktrees.
    hooksDir = resolve(cwd, (await git(cwd, ['rev-parse', '--git-path', 'hooks'])).trim());
  } catch {
    throw new HookInstallError('not inside a git repository; run install-hook in the repository that holds the C# sources');
  }
  const path = join(hooksDir, 'pre-commit');
  const script = hookScript(process.execPath, join(packageRoot(), 'bin', 'ucma-codemod.js'));
  const existing = await readFile(path, 'utf8').catch(() => undefined);
  if (existing !== undefined && !existing.includes(HOOK_MARKER)) {
    throw new HookInstallError(
      `${path} exists and was not written by ucma-codemod; left unchanged. Add this line to it instead:\n  ucma-codemod check --staged || exit 1`,
    );
  }
  if (existing === script) return { path, action: 'unchanged' };
  await mkdir(hooksDir, { recursive: true });
  const temp = `${path}.ucma-codemod-${process.pid}.tmp`;
  await writeFile(temp, script, { mode: 0o755 });
  await chmod(temp, 0o755);
  await rename(temp, path);
  return { path, action: existing === undefined ? 'installed' : 'updated' };
}
