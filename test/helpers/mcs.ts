// Compiles C# with Mono's `mcs`, for the tests that prove the sample trees still build after the codemod.
import { test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

export const MCS_INSTALL_HINT = 'apt-get install mono-mcs libmono-system-management4.0-cil libmono-system-windows-forms4.0-cil';
export const MCS_REQUIRED_IN_CI = 'mcs (Debian package mono-mcs) is required in CI';

/** True when `mcs` can be started. */
export function hasMcs(): boolean {
  const result = spawnSync('mcs', ['--version'], { encoding: 'utf8' });
  return result.error === undefined && result.status === 0;
}

function inCi(): boolean {
  const ci = process.env.CI;
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

/**
 * `test` when mcs is installed. Without mcs: throws in CI (so the suite fails with a clear message),
 * otherwise returns `test.skip` after a loud warning that says how to install it.
 */
export function testWithMcs(): typeof test.skip {
  if (hasMcs()) return test;
  if (inCi()) throw new Error(`${MCS_REQUIRED_IN_CI}; install it with: ${MCS_INSTALL_HINT}`);
  console.warn(
    [
      '*** SKIPPING the compile proof: `mcs` (Mono C# compiler) was not found on PATH. ***',
      'These tests compile the sample trees before and after the codemod to prove the patch compiles.',
      `Install it with: ${MCS_INSTALL_HINT}`,
      'In CI (CI set) a missing mcs fails the suite instead.',
    ].join('\n'),
  );
  return test.skip;
}

export interface McsBuild {
  readonly status: number | null;
  /** stdout and stderr together, with `root` replaced by `<root>` so builds in different places compare. */
  readonly output: string;
  /** The `warning CS....` lines, normalised as in `output`. */
  readonly warnings: readonly string[];
  /** The `error CS....` lines, normalised as in `output`. */
  readonly errors: readonly string[];
}

/** Runs `mcs args...` in `cwd`; paths under `root` are shown relative to it in the output. */
export function mcs(args: readonly string[], cwd: string, root: string = cwd): McsBuild {
  const result = spawnSync('mcs', args, { cwd, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (result.error) throw new Error(`could not run mcs: ${result.error.message}; install it with: ${MCS_INSTALL_HINT}`);
  const output = `${result.stdout}${result.stderr}`
    .split(root + sep)
    .join('<root>/')
    .split(root)
    .join('<root>');
  const lines = output.split('\n');
  return {
    status: result.status,
    output,
    warnings: lines.filter((line) => /\bwarning CS\d+/.test(line)),
    errors: lines.filter((line) => /\berror CS\d+/.test(line)),
  };
}

/** The .cs files under `dir`, recursively, skipping bin/ and obj/ build output; sorted absolute paths. */
export function listCsFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'bin' && entry.name !== 'obj') walk(path);
      } else if (entry.isFile() && entry.name.endsWith('.cs')) {
        found.push(path);
      }
    }
  };
  walk(dir);
  return found.sort();
}
