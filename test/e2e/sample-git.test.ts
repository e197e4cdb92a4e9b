// Git proof: on each sample tree, `git apply` of the tool's patch gives exactly the bytes `apply` writes, and git sees the same patch.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanTempDirs, git, gitBytes, gitStatus, makeTempDir, runCli, type CliRun } from '../helpers/cli.js';
import { fixturePath } from '../helpers/paths.js';
import { changedPaths, committedSample, snapshot } from '../helpers/tree.js';

interface Variant {
  readonly name: string;
  /** The files the codemod changes, relative to the tree. */
  readonly changed: readonly string[];
  /** Files that look like candidates but must stay as they are (besides bin/ and obj/). */
  readonly decoys: readonly string[];
  /** Line endings and BOM of the changed files, which the patch and the result must keep. */
  readonly crlf: boolean;
  readonly bom: boolean;
}

const variants: readonly Variant[] = [
  {
    name: 'applicationprovisioner',
    changed: ['ApplicationProvisioning/Application.cs'],
    decoys: [],
    crlf: true,
    bom: true,
  },
  {
    name: 'applicationprovisioner-edited',
    changed: ['ApplicationProvisioning/Application.cs', 'vendor-copy/ApplicationProvisioning/Application.cs'],
    decoys: ['ApplicationProvisioning/Diagnostics.cs'],
    crlf: false,
    bom: false,
  },
];

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

const isBuildOutput = (path: string) => /(^|\/)(bin|obj)\//.test(path);

/** The body lines (' ', '-', '+') of every hunk in a patch, as latin1 text with their line endings. */
function hunkLines(patch: string): string[] {
  const lines: string[] = [];
  let inHunk = false;
  for (const line of patch.split(/(?<=\n)/)) {
    if (line.startsWith('@@ ')) inHunk = true;
    else if (line.startsWith('diff --git ')) inHunk = false;
    else if (inHunk) lines.push(line);
  }
  return lines;
}

afterAll(cleanTempDirs);

describe.each(variants)('$name', (variant) => {
  const original = fixturePath('samples', variant.name);
  const originalFiles = snapshot(original);

  // A: the tool's patch applied with git. B: the tool's own apply.
  let viaGit: string;
  let viaApply: string;
  let patch: Buffer;
  let checkBefore: CliRun;
  let diffRun: CliRun;
  let gitApplyCheck: { status: number | null; stdout: string; stderr: string };
  let patchDryRun: { status: number | null; stderr: string };
  let applyRun: CliRun;

  beforeAll(() => {
    viaGit = committedSample(variant.name);
    checkBefore = runCli(['check'], viaGit);
    diffRun = runCli(['diff'], viaGit);
    patch = diffRun.stdout;
    const patchFile = join(makeTempDir(), 'change.patch');
    writeFileSync(patchFile, patch);
    gitApplyCheck = gitStatus(viaGit, 'apply', '--check', patchFile);
    const dryRun = spawnSync('patch', ['-p1', '--dry-run', '-i', patchFile], { cwd: viaGit, encoding: 'utf8' });
    if (dryRun.error) throw dryRun.error;
    patchDryRun = { status: dryRun.status, stderr: dryRun.stderr };
    git(viaGit, 'apply', patchFile);

    viaApply = committedSample(variant.name);
    applyRun = runCli(['apply'], viaApply);
  });

  test('check exits 1 before the change and prints the same patch as diff', () => {
    expect(checkBefore.status).toBe(1);
    expect(checkBefore.stdout.toString('latin1')).toBe(patch.toString('latin1'));
  });

  test('diff exits 0 and prints one file section per file to change', () => {
    // Before the summary only infos (the provisioning pack notes that the sample is the WMI admin tool): no warning, no error.
    const summary = new RegExp(
      `^(\\S+: info: [^\\n]*\\n)*ucma-codemod diff: ${variant.changed.length} files? to change, \\d+ unchanged, 0 skipped, 0 failed`,
    );
    expect({ status: diffRun.status, stderr: diffRun.stderr }).toEqual({ status: 0, stderr: expect.stringMatching(summary) });
    const sections = patch.toString('latin1').match(/^diff --git a\/(.*) b\//gm) ?? [];
    expect(sections).toEqual(variant.changed.map((path) => `diff --git a/${path} b/`));
  });

  test('git apply --check and patch -p1 --dry-run accept the patch', () => {
    expect(gitApplyCheck).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(patchDryRun).toEqual({ status: 0, stderr: '' });
  });

  test('git apply of the patch gives exactly the bytes apply writes, BOM and line endings included', () => {
    expect(applyRun.status).toBe(0);
    const a = snapshot(viaGit);
    const b = snapshot(viaApply);
    expect([...a.keys()]).toEqual([...originalFiles.keys()]);
    expect(changedPaths(a, b)).toEqual([]);
    expect(changedPaths(originalFiles, b)).toEqual(variant.changed);
  });

  test("git diff of the applied tree is byte for byte the tool's patch", () => {
    const gitPatch = gitBytes(viaApply, 'diff', '--full-index', '--no-color', '--no-ext-diff');
    expect(gitPatch.toString('latin1')).toBe(patch.toString('latin1'));
    expect(gitPatch.equals(patch)).toBe(true);
  });

  test('after the change check exits 0 in both trees, and apply again changes nothing', () => {
    expect(runCli(['check'], viaGit).status).toBe(0);
    expect(runCli(['check'], viaApply).status).toBe(0);
    const beforeAgain = snapshot(viaApply);
    const again = runCli(['apply'], viaApply);
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/: 0 files changed, /);
    expect(changedPaths(beforeAgain, snapshot(viaApply))).toEqual([]);
  });

  test('nothing under bin/ or obj/ changes, nor the decoys', () => {
    const kept = [...originalFiles.keys()].filter(isBuildOutput).concat(variant.decoys);
    // The stale copies of Application.cs are among them, so this checks something real.
    expect(kept).toEqual(
      expect.arrayContaining([
        'ApplicationProvisioning/bin/Debug/Application.cs',
        'ApplicationProvisioning/obj/Debug/TempPE/Application.cs',
      ]),
    );
    for (const root of [viaGit, viaApply]) {
      const unchanged = kept.filter((path) => originalFiles.get(path)?.equals(readFileSync(join(root, path))) === true);
      expect(unchanged).toEqual(kept);
    }
  });

  test(`the patch and the changed files keep ${variant.crlf ? 'CRLF' : 'LF'} line endings and ${variant.bom ? 'the' : 'no'} BOM`, () => {
    const lines = hunkLines(patch.toString('latin1'));
    const added = lines.filter((line) => line.startsWith('+'));
    expect(added).toHaveLength(variant.changed.length);
    for (const line of lines) {
      expect(line.endsWith('\r\n')).toBe(variant.crlf);
    }
    for (const path of variant.changed) {
      const bytes = readFileSync(join(viaApply, path));
      expect({ path, bom: bytes.subarray(0, 3).equals(BOM) }).toEqual({ path, bom: variant.bom });
      expect({ path, crlf: bytes.includes('\r\n') }).toEqual({ path, crlf: variant.crlf });
    }
  });
});
