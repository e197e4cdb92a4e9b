// The ten fixable rows of the UCMA 4.0 API pack: each needed change names the member and its
// replacement, and says it the same way in check's text report, the GitHub annotation and the
// SARIF result (in-process CLI over the rows' fixture inputs).
import { afterAll, expect, test } from '@jest/globals';
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cleanTempDirs, makeTempDir } from '../helpers/cli.js';
import { runInProcess } from '../helpers/in-process.js';
import { fixturePath } from '../helpers/paths.js';
import { API_MEMBER_RULES } from '../../transforms/ucma4-api-members-rules.js';

afterAll(cleanTempDirs);

const CASES = fixturePath('transforms', 'ucma4-api-members');
const rows = readdirSync(CASES)
  .filter((name) => /^row-\d+-.*\.output\.cs$/.test(name))
  .map((name) => name.replace('.output.cs', ''));

test('the ten fixable rows have fixtures', () => {
  expect(rows).toHaveLength(API_MEMBER_RULES.filter((rule) => rule.fix !== undefined).length);
});

test.each(rows)('%s: text, annotation and SARIF name the member and the replacement in the same words', async (row) => {
  const root = makeTempDir();
  copyFileSync(join(CASES, `${row}.input.cs`), join(root, 'Row.cs'));
  const number = Number(/^row-(\d+)-/.exec(row)![1]);
  const rule = API_MEMBER_RULES.find((r) => r.row === number)!;
  const args = ['check', '-t', 'ucma4-api-members', 'Row.cs'];

  const github = await runInProcess([...args, '--format', 'github'], root);
  expect(github.status).toBe(1);
  const annotation = github.stdout
    .toString('utf8')
    .split('\n')
    .find((line) => line.includes(`title=ucma4-api-members/${rule.id}::Needs change:`));
  expect(annotation).toBeDefined();
  const words = /::(Needs change: .*) \(run: ucma-codemod apply\)$/.exec(annotation!)![1]!;
  expect(words).toContain(rule.member === rule.type ? rule.type : `${rule.type}.${rule.member}`);
  expect(words).toContain(rule.replacement ?? 'the statement that sets it to false goes');

  // The text report's line for the change says the same.
  expect(github.stderr).toContain(`: warning: ${words} [ucma4-api-members/${rule.id}]`);

  const sarif = await runInProcess([...args, '--format', 'sarif'], root);
  const results = (
    JSON.parse(sarif.stdout.toString('utf8')) as { runs: Array<{ results: Array<{ ruleId: string; message: { text: string } }> }> }
  ).runs[0]!.results;
  expect(results.filter((r) => r.ruleId === `ucma4-api-members/${rule.id}`).map((r) => r.message.text)).toContainEqual(
    `${words}. Run "ucma-codemod apply" or apply the attached fix.`,
  );
});
