// `diff --format mbox` with the real binary and real git: `git am --keep-cr` turns the output into
// one commit per transform, whose message explains the change (title, why, follow-up, source
// document) and whose result is byte for byte what `apply` writes; --output-dir writes
// format-patch style files; SOURCE_DATE_EPOCH makes the output reproducible; a user's transform
// given with -t becomes its own commit on top of the built-in one, even in the same file.
//
// Every `git am` here uses --keep-cr: git am splits the mbox with mailsplit, which strips the CR of
// CRLF lines unless told to keep it, so the patch of a CRLF file (the Visual Studio sample) would
// no longer match the file. The first test shows that.
import { afterAll, describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanTempDirs, copyTree, git, gitStatus, initRepo, makeTempDir, runCli } from '../helpers/cli.js';
import { fixturePath } from '../helpers/paths.js';
import { committedSample, copySample, treeDifferences } from '../helpers/tree.js';

const TITLE = 'ApplicationProvisioner: an entry whose TlsTarget is its own FQDN starts a pool';
const DOCUMENT = 'Modifying ApplicationProvisioner.exe sample code';

const variants = [
  { name: 'applicationprovisioner', changed: ['ApplicationProvisioning/Application.cs'], crlf: true },
  {
    name: 'applicationprovisioner-edited',
    changed: ['ApplicationProvisioning/Application.cs', 'vendor-copy/ApplicationProvisioning/Application.cs'],
    crlf: false,
  },
] as const;

afterAll(cleanTempDirs);

/** A plain copy of a sample tree after `apply` (with the given extra arguments). */
function appliedCopy(sample: string, args: string[] = []): string {
  const root = copySample(sample);
  expect(runCli(['apply', ...args], root).status).toBe(0);
  return root;
}

/** Writes bytes to a file in a temp directory outside every repository and returns its path. */
function tempFile(name: string, bytes: Buffer | string): string {
  const path = join(makeTempDir(), name);
  writeFileSync(path, bytes);
  return path;
}

const commitCount = (root: string) => Number(git(root, 'rev-list', '--count', 'HEAD').trim());
const fold = (text: string) => text.replace(/\s+/g, ' ');

describe.each(variants)('mbox of the $name sample', ({ name, changed, crlf }) => {
  test('git am --keep-cr makes one explained commit by the user whose tree is what apply writes', () => {
    const root = committedSample(name);
    const run = runCli(['diff', '--format', 'mbox'], root);
    expect(run.status).toBe(0);
    const mbox = tempFile('changes.mbox', run.stdout);
    expect(run.stdout.toString('latin1').match(/^From 0{40} /gm)).toHaveLength(1);
    expect(run.stdout.toString('latin1')).toContain(`Subject: [PATCH 1/1] ${TITLE}\n`);

    if (crlf) {
      // Without --keep-cr, git am strips the CRs and the patch no longer applies.
      const stripped = gitStatus(root, 'am', mbox);
      expect(stripped.status).not.toBe(0);
      git(root, 'am', '--abort');
    }

    git(root, 'am', '--keep-cr', mbox);
    expect(commitCount(root)).toBe(2);
    expect(git(root, 'log', '-1', '--format=%s').trim()).toBe(TITLE);
    // Authored by the repository's user.name/user.email (committedSample sets Test <test@example.com>).
    expect(git(root, 'log', '-1', '--format=%an <%ae>').trim()).toBe('Test <test@example.com>');
    const message = git(root, 'log', '-1', '--format=%B');
    const body = fold(message);
    expect(body).toContain('The documented change adds a second Boolean expression');
    expect(body).toContain('Follow-up for administrators:');
    expect(message).toContain('Move-CsApplicationEndpoint');
    expect(body).toContain(`Source: ${DOCUMENT}`);
    expect(message).toContain('https://msdn.microsoft.com/en-us/library/Dn466118(v=office.15)');
    expect(git(root, 'show', '--format=', '--name-only', 'HEAD').trim().split('\n').sort()).toEqual([...changed].sort());

    // Working tree clean, and the same bytes as apply on a plain copy.
    expect(git(root, 'status', '--porcelain')).toBe('');
    const viaApply = appliedCopy(name);
    expect(treeDifferences(root, viaApply)).toEqual([]);
    expect(runCli(['check'], root).status).toBe(0);
  });

  test('--output-dir writes 0001-provisioner-tls-target.patch, which git am --keep-cr applies', () => {
    const root = committedSample(name);
    const dir = makeTempDir();
    const env = { SOURCE_DATE_EPOCH: '1700000000' };
    const run = runCli(['diff', '--format', 'mbox', '--output-dir', dir], root, { env });
    expect(run.status).toBe(0);
    expect(run.stdout.length).toBe(0);
    expect(readdirSync(dir)).toEqual(['0001-provisioner-tls-target.patch']);
    expect(run.stderr).toContain('0001-provisioner-tls-target.patch');
    // The file holds exactly the message that stdout would carry.
    expect(
      readFileSync(join(dir, '0001-provisioner-tls-target.patch')).equals(runCli(['diff', '--format', 'mbox'], root, { env }).stdout),
    ).toBe(true);

    const patches = readdirSync(dir)
      .filter((file) => /^0001-.*\.patch$/.test(file))
      .map((file) => join(dir, file));
    git(root, 'am', '--keep-cr', ...patches);
    expect(commitCount(root)).toBe(2);
    expect(treeDifferences(root, appliedCopy(name))).toEqual([]);
  });
});

describe('mbox options', () => {
  test('--output-dir without --format mbox is a usage error', () => {
    const root = committedSample('applicationprovisioner');
    for (const args of [
      ['diff', '--output-dir', makeTempDir()],
      ['diff', '--format', 'diff', '--output-dir', makeTempDir()],
    ]) {
      const run = runCli(args, root);
      expect(run.status).toBe(2);
      expect(run.stdout.length).toBe(0);
      expect(run.stderr).toContain('--output-dir is only for "diff --format mbox"');
    }
  });

  test('SOURCE_DATE_EPOCH=0 makes the output, Date header included, the same on every run', () => {
    const root = committedSample('applicationprovisioner-edited');
    const env = { SOURCE_DATE_EPOCH: '0' };
    const first = runCli(['diff', '--format', 'mbox'], root, { env }).stdout;
    const second = runCli(['diff', '--format', 'mbox'], root, { env }).stdout;
    expect(first.length).toBeGreaterThan(0);
    expect(first.equals(second)).toBe(true);
    expect(first.toString('utf8')).toContain('\nDate: Thu, 01 Jan 1970 00:00:00 +0000\n');
  });
});

/**
 * A user's transform as a plain ES module (no imports, so it loads from any folder): renames the
 * object `Trace` of a member access to `Debug`. In the edited sample, Trace.WriteLine sits three
 * lines above the if statement that provisioner-tls-target changes.
 */
const RENAME_TRACE = `// Test transform: Trace.X -> Debug.X
function* walk(node) {
  yield node;
  for (const child of node.namedChildren) yield* walk(child);
}
export default {
  meta: {
    id: 'rename-trace-to-debug',
    title: 'Write diagnostics with Debug instead of Trace',
    description: 'Replaces the class Trace with Debug in member accesses such as Trace.WriteLine.',
    source: { title: 'ucma-codemod mbox test' },
    kind: 'fix',
  },
  run(context) {
    const edits = [];
    for (const node of walk(context.tree.rootNode)) {
      if (node.type !== 'member_access_expression') continue;
      const target = node.childForFieldName('expression');
      if (target && target.type === 'identifier' && target.text === 'Trace') {
        edits.push({ start: target.startIndex, end: target.endIndex, text: 'Debug' });
      }
    }
    return { edits };
  },
};
`;

describe('a user transform next to the built-in one', () => {
  test('-t provisioner-tls-target -t rename.mjs: two messages, two commits in order, same file touched by both', () => {
    const transform = tempFile('rename-trace.mjs', RENAME_TRACE);
    const transforms = ['-t', 'provisioner-tls-target', '-t', transform];
    const root = committedSample('applicationprovisioner-edited');
    const run = runCli(['diff', '--format', 'mbox', ...transforms], root);
    expect(run.stderr).not.toMatch(/error/);
    expect(run.status).toBe(0);
    const text = run.stdout.toString('utf8');
    expect(text.match(/^From 0{40} /gm)).toHaveLength(2);
    expect(text).toContain(`Subject: [PATCH 1/2] ${TITLE}\n`);
    expect(text).toContain('Subject: [PATCH 2/2] Write diagnostics with Debug instead of Trace\n');
    expect(text.indexOf('[PATCH 1/2]')).toBeLessThan(text.indexOf('[PATCH 2/2]'));

    git(root, 'am', '--keep-cr', tempFile('changes.mbox', run.stdout));
    expect(git(root, 'log', '-3', '--format=%s').trim().split('\n')).toEqual([
      'Write diagnostics with Debug instead of Trace',
      TITLE,
      'sample',
    ]);
    expect(git(root, 'show', '--format=', '--name-only', 'HEAD~1').trim().split('\n').sort()).toEqual([
      'ApplicationProvisioning/Application.cs',
      'vendor-copy/ApplicationProvisioning/Application.cs',
    ]);
    expect(git(root, 'show', '--format=', '--name-only', 'HEAD').trim()).toBe('ApplicationProvisioning/Application.cs');
    expect(fold(git(root, 'log', '-1', '--format=%B'))).toContain('Source: ucma-codemod mbox test');
    expect(git(root, 'status', '--porcelain')).toBe('');

    // The two commits together are what apply writes with both transforms.
    expect(treeDifferences(root, appliedCopy('applicationprovisioner-edited', transforms))).toEqual([]);
    expect(readFileSync(join(root, 'ApplicationProvisioning/Application.cs'), 'utf8')).toContain('Debug.WriteLine("GetApplication: "');
    expect(runCli(['check', ...transforms], root).status).toBe(0);
  });
});

describe('the author of the mbox commits', () => {
  const noGlobalConfig = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: '', GIT_AUTHOR_EMAIL: '' };

  test('a non-ASCII user.name survives git am (RFC 2047 header)', () => {
    const root = committedSample('applicationprovisioner');
    git(root, 'config', 'user.name', 'Zoë Ångström');
    git(root, 'config', 'user.email', 'zoe@example.org');
    const run = runCli(['diff', '--format', 'mbox'], root, { env: noGlobalConfig });
    expect(run.status).toBe(0);
    git(root, 'am', '--keep-cr', tempFile('changes.mbox', run.stdout));
    expect(git(root, 'log', '-1', '--format=%an <%ae>').trim()).toBe('Zoë Ångström <zoe@example.org>');
  });

  test('GIT_AUTHOR_NAME/EMAIL win over the config, as in git', () => {
    const root = committedSample('applicationprovisioner');
    const run = runCli(['diff', '--format', 'mbox'], root, {
      env: { ...noGlobalConfig, GIT_AUTHOR_NAME: 'Env Person', GIT_AUTHOR_EMAIL: 'env@example.org' },
    });
    expect(run.stdout.toString('utf8')).toContain('\nFrom: Env Person <env@example.org>\n');
  });

  test('without a git identity (no repository, no config) the author is ucma-codemod', () => {
    const root = copySample('applicationprovisioner');
    const run = runCli(['diff', '--format', 'mbox'], root, { env: { ...noGlobalConfig, HOME: root, XDG_CONFIG_HOME: root } });
    expect(run.status).toBe(0);
    expect(run.stdout.toString('utf8')).toContain('\nFrom: ucma-codemod <ucma-codemod@example.invalid>\n');
  });
});

describe("each message carries git format-patch's diffstat", () => {
  /** The diffstat block of each message: from the `---` line to the blank line before the patch. */
  const statBlocks = (mbox: string) => [...mbox.matchAll(/\n---\n([\s\S]*?)\n\n(?=diff --git )/g)].map((match) => match[1]);

  test.each([
    ['the edited sample (one message, two files)', () => committedSample('applicationprovisioner-edited')],
    [
      'a UCMA 3.0 project (one message per project transform)',
      () => {
        const root = makeTempDir();
        copyTree(fixturePath('projects', 'chat-archiver'), root);
        initRepo(root);
        git(root, 'add', '-A');
        git(root, 'commit', '-q', '-m', 'project');
        return root;
      },
    ],
  ])('%s: the same lines as git format-patch of the commits git am makes', (_name, make) => {
    const root = make();
    const run = runCli(['diff', '--format', 'mbox'], root);
    expect(run.status).toBe(0);
    const ours = statBlocks(run.stdout.toString('utf8'));
    expect(ours.length).toBeGreaterThan(0);
    git(root, 'am', '--keep-cr', tempFile('changes.mbox', run.stdout));
    const commits = git(root, 'rev-list', '--reverse', `HEAD~${ours.length}..HEAD`).trim().split('\n');
    const theirs = commits.flatMap((commit) => statBlocks(git(root, 'format-patch', '-1', '--stdout', commit)));
    expect(ours).toEqual(theirs);
    expect(ours[0]).toMatch(/^ .+ \| +\d+ [+-]+\n( .+\n)* \d+ files? changed/);
  });
});
