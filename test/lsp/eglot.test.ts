// A second third-party client: Emacs 28 with Debian's eglot 1.9 (elpa-eglot), in batch mode
// (test/lsp/eglot-client.el): diagnostics through Flymake, the rename's quick fix and then "fix
// all" applied by eglot's own edit code, the buffer saved by Emacs: the file must then hold
// exactly what `apply --stdin-filepath` printed for it. eglot announces versioned document changes.
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { binPath, cleanTempDirs, copyTree, makeTempDir, runCli } from '../helpers/cli.js';
import { fixturePath, repoRoot } from '../helpers/paths.js';

afterAll(cleanTempDirs);

const EMACS = '/usr/bin/emacs';
const EGLOT = '/usr/share/emacs/site-lisp/elpa-src/eglot-1.9';
const FILE = 'notifier/Notifier.cs';

// In CI both must be there (.ci/run installs emacs-nox and elpa-eglot); elsewhere a missing one skips.
const haveEglot = existsSync(EMACS) && existsSync(EGLOT);
if (!haveEglot && process.env.CI)
  throw new Error(`${EMACS} or ${EGLOT} is missing: install Debian's emacs-nox and elpa-eglot (.ci/run does)`);
const maybe = haveEglot ? describe : describe.skip;

maybe('Emacs with eglot', () => {
  test('diagnostics arrive, a quick fix applies, fix all saved by Emacs equals apply --stdin-filepath', () => {
    const root = makeTempDir();
    copyTree(fixturePath('lsp'), root);
    const original = readFileSync(join(root, FILE));
    const expected = runCli(['apply', '--stdin-filepath', FILE], root, { input: original }).stdout;
    expect(expected.equals(original)).toBe(false);

    const resultFile = join(root, 'eglot-result.json');
    // -q: no user init file, but Debian's site start-up, which puts elpa-eglot on the load path.
    const run = spawnSync(EMACS, ['--batch', '-q', '-l', join(repoRoot, 'test', 'lsp', 'eglot-client.el')], {
      cwd: root,
      env: {
        ...process.env,
        HOME: root,
        UCMA_ROOT: root,
        UCMA_FILE: join(root, FILE),
        UCMA_NODE: process.execPath,
        UCMA_BIN: binPath,
        UCMA_RESULT: resultFile,
      },
      encoding: 'utf8',
      timeout: 600000,
    });
    expect(existsSync(resultFile)).toBe(true);
    const result = JSON.parse(readFileSync(resultFile, 'utf8'));
    expect(result).toMatchObject({ ok: true, message: '' });
    expect(run.status).toBe(0);
    // Emacs read the BOM and CRLF (and so saves them).
    expect(result.coding).toBe('utf-8-with-signature-dos');
    expect(result.first).toEqual(expect.arrayContaining(['UCMA4001', 'UCMA4011', 'UCMA4006']));
    expect(result.fixed_line).toBe('            channel.Flow.BeginSendInstantMessage(text, null, null);');
    expect(result.after_fix).not.toContain('UCMA4011');
    expect(result.after_fix).toContain('UCMA4006');
    expect(readFileSync(join(root, FILE)).equals(expected)).toBe(true);
  }, 600000);
});
