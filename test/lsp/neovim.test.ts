// A real third-party client: Debian's Neovim (0.7, /usr/bin/nvim) headless, with its built-in
// vim.lsp, attaches `ucma-codemod lsp`, receives the diagnostics, runs the quick fix of one finding
// and then "fix all" through its own code (test/lsp/neovim-client.lua), and writes the buffer:
// the file on disk must then hold exactly what `apply --stdin-filepath` printed for it.
// Neovim 0.7 announces no versioned document changes, so this also covers the plain `changes` edits.
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { binPath, cleanTempDirs, copyTree, makeTempDir, runCli } from '../helpers/cli.js';
import { fixturePath, repoRoot } from '../helpers/paths.js';

afterAll(cleanTempDirs);

const NVIM = '/usr/bin/nvim';
const FILE = 'notifier/Notifier.cs';

// In CI Neovim must be there (.ci/run installs it); elsewhere a missing one skips with a reason.
const haveNvim = existsSync(NVIM);
if (!haveNvim && process.env.CI) throw new Error(`${NVIM} is missing: install Debian's neovim package (.ci/run does)`);
const maybe = haveNvim ? describe : describe.skip;

maybe("Neovim's built-in LSP client", () => {
  test('diagnostics arrive, a quick fix applies, fix all written by Neovim equals apply --stdin-filepath', () => {
    const root = makeTempDir();
    copyTree(fixturePath('lsp'), root);
    const original = readFileSync(join(root, FILE));
    const expected = runCli(['apply', '--stdin-filepath', FILE], root, { input: original }).stdout;
    expect(expected.equals(original)).toBe(false);

    const resultFile = join(root, 'nvim-result.json');
    const run = spawnSync(NVIM, ['--headless', '--clean', '-c', `luafile ${join(repoRoot, 'test', 'lsp', 'neovim-client.lua')}`], {
      cwd: root,
      env: {
        ...process.env,
        UCMA_ROOT: root,
        UCMA_FILE: join(root, FILE),
        UCMA_NODE: process.execPath,
        UCMA_BIN: binPath,
        UCMA_RESULT: resultFile,
        // No user or system configuration, no swap files in the user's folders.
        XDG_CONFIG_HOME: join(root, '.config'),
        XDG_DATA_HOME: join(root, '.data'),
        XDG_STATE_HOME: join(root, '.state'),
        XDG_CACHE_HOME: join(root, '.cache'),
      },
      encoding: 'utf8',
      timeout: 600000,
    });
    expect(existsSync(resultFile)).toBe(true);
    const result = JSON.parse(readFileSync(resultFile, 'utf8'));
    expect(result).toMatchObject({ ok: true, steps: ['diagnostics', 'quick fix', 'finding gone', 'fix all written'] });
    expect(run.status).toBe(0);
    // Neovim read the BOM and the CRLF line endings, and so writes them back.
    expect(result).toMatchObject({ bomb: true, fileformat: 'dos' });
    expect(result.first).toEqual(expect.arrayContaining(['UCMA4001', 'UCMA4011', 'UCMA4006']));
    expect(result.fixed_line).toContain('channel.Flow.BeginSendInstantMessage(text, null, null);');
    expect(result.after_fix).not.toContain('UCMA4011');
    expect(result.after_fix).toContain('UCMA4006');
    expect(readFileSync(join(root, FILE)).equals(expected)).toBe(true);
  }, 600000);
});
