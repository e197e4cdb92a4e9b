// The diffstat layout against real git: long names cut with "...", graphs scaled to the 80-column
// budget, counts aligned, and the summary's singular and plural forms, for changes made by hand in
// a git work tree (wider than any transform makes).
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { countPatchLines, formatDiffstat } from '../../src/output/stat-report.js';
import { cleanTempDirs, git, initRepo, makeTempDir } from '../helpers/cli.js';

afterAll(cleanTempDirs);

const lines = (count: number, tag: string) => Array.from({ length: count }, (_, i) => `${tag} ${i}\n`).join('');

function gitPiped(cwd: string, ...args: string[]): Buffer {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
  delete env.COLUMNS;
  const result = spawnSync('git', args, { cwd, env });
  expect(result.status).toBe(0);
  return result.stdout;
}

/** Commits `before`, writes `after`, and returns git's stat and ours (from git's own per-file patches). */
function bothStats(before: Record<string, string>, after: Record<string, string>): [string, string] {
  const root = makeTempDir();
  initRepo(root);
  const write = (files: Record<string, string>) => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
  };
  write(before);
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '-m', 'before');
  write(after);
  const names = gitPiped(root, 'diff', '--name-only').toString('utf8').trimEnd().split('\n');
  const ours = formatDiffstat(names.map((name) => ({ name, ...countPatchLines(gitPiped(root, 'diff', '--', name)) })));
  return [gitPiped(root, 'diff', '--stat').toString('utf8'), ours];
}

describe('formatDiffstat equals git diff --stat', () => {
  test('one file, one line changed: singular forms', () => {
    const [theirs, ours] = bothStats({ 'A.cs': 'a\nb\n' }, { 'A.cs': 'a\nc\n' });
    expect(theirs).toBe(' A.cs | 2 +-\n 1 file changed, 1 insertion(+), 1 deletion(-)\n');
    expect(ours).toBe(theirs);
  });

  test('only insertions, only deletions', () => {
    const [theirs, ours] = bothStats({ 'A.cs': 'a\n', 'B.cs': lines(3, 'b') }, { 'A.cs': `a\n${lines(4, 'new')}`, 'B.cs': '' });
    expect(theirs).toContain('4 insertions(+), 3 deletions(-)');
    expect(ours).toBe(theirs);
  });

  test('graphs scaled when the largest change does not fit, with a tiny change beside it', () => {
    const [theirs, ours] = bothStats(
      { 'Big.cs': lines(300, 'old'), 'Small.cs': 'x\ny\n', 'Added.cs': 'z\n' },
      { 'Big.cs': lines(120, 'new') + lines(300, 'old').slice(0, 2000), 'Small.cs': 'x\nY\n', 'Added.cs': `z\n${lines(5, 'more')}` },
    );
    expect(ours).toBe(theirs);
  });

  test('long paths are cut from the left at a slash, and counts of different widths align', () => {
    const deep = 'Very/Long/Folder/Names/That/Go/On/And/On/For/A/While/Beyond/Eighty/Columns/Program.cs';
    const [theirs, ours] = bothStats({ [deep]: lines(50, 'a'), 'S.cs': 'a\n' }, { [deep]: lines(50, 'b'), 'S.cs': 'b\n' });
    expect(theirs).toContain('...');
    expect(ours).toBe(theirs);
  });
});

test('countPatchLines: header lines are not changes, a deleted "-- " line is', () => {
  const patch = Buffer.from('diff --git a/x b/x\nindex 1..2 100644\n--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n--- \n+++ \n keep\n');
  expect(countPatchLines(patch)).toEqual({ added: 1, deleted: 1 });
});
