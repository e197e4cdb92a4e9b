// `ucma-codemod install-hook`: installs a git pre-commit hook that runs `check --staged`.
// Respects core.hooksPath and never overwrites a hook that it did not write.
import { describeReadFiles } from '../engine/languages/file-patterns.js';
import { UserError } from '../platform/user-error.js';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { git } from '../platform/run-git.js';

/** The line that marks a hook as ours, so that re-running install-hook may update it. */
const HOOK_MARKER = '# ucma-codemod pre-commit hook';

class HookInstallError extends UserError {
  constructor(reason: string, details?: readonly string[]) {
    super({ reason, ...(details ? { details } : {}) });
  }
}

export interface HookInstallResult {
  readonly path: string;
  readonly action: 'installed' | 'updated' | 'unchanged';
}

/**
 * The hook script. It names no path of this machine, so moving or re-cloning either repository
 * never breaks it: it runs the ucma-codemod on PATH, else the one installed in the repository
 * (`npx --no-install` never downloads anything), else refuses with a message.
 */
export function hookScript(): string {
  return `#!/bin/sh
${HOOK_MARKER} (written by "ucma-codemod install-hook"; running it again rewrites this file).
# Refuses the commit while a staged file (${describeReadFiles('or')}) needs a ucma-codemod change; the patch it prints
# shows what is needed. Fix: ucma-codemod apply <files> && git add <files>
# Skip once: git commit --no-verify
if command -v ucma-codemod >/dev/null 2>&1; then
  exec ucma-codemod check --staged
fi
if command -v npx >/dev/null 2>&1 && npx --no-install ucma-codemod --version >/dev/null 2>&1; then
  exec npx --no-install ucma-codemod check --staged
fi
echo "ucma-codemod pre-commit hook: ucma-codemod is neither on PATH nor installed in this repository (npx --no-install ucma-codemod); install it (see its README) or skip this check once with: git commit --no-verify" >&2
exit 1
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
  if ((await git(cwd, ['rev-parse', '--is-bare-repository'])).trim() === 'true') {
    throw new HookInstallError(
      'this is a bare repository: nothing is committed in it, so a pre-commit hook would never run; run install-hook in a clone that has a work tree',
    );
  }
  const path = join(hooksDir, 'pre-commit');
  const script = hookScript();
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
