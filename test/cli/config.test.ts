// The project configuration with the real binary: ucma-codemod.config.json found from the working
// directory upwards (transforms by id and by path, options, ignore, maxFileSize), validated with a
// one-line error; .ucma-codemodignore; --ignore-pattern; glob arguments; check --staged (what the
// installed hook runs) honouring the same ignore rules.
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanTempDirs, git, runCli } from '../helpers/cli.js';
import { committedSample, copySample } from '../helpers/tree.js';

afterAll(cleanTempDirs);

const EDITED = 'applicationprovisioner-edited'; // two files need the change
const FIRST = 'ApplicationProvisioning/Application.cs';
const VENDOR = 'vendor-copy/ApplicationProvisioning/Application.cs';

/** Files check reports as needing the change. */
const needing = (stderr: string) => [...stderr.matchAll(/^(\S+): needs change:/gm)].map((m) => m[1]);
const writeConfig = (root: string, config: unknown) =>
  writeFileSync(join(root, 'ucma-codemod.config.json'), typeof config === 'string' ? config : JSON.stringify(config));

// A user transform that marks every file with a comment chosen by an option, to see "options" and "transforms" arrive.
const MARKER = `export default {
  meta: { id: 'marker', title: 'Mark the file', description: 'Appends a marker comment.', source: { title: 'config test' }, kind: 'fix' },
  run(context) {
    const text = context.tree.rootNode.text;
    const mark = '// ' + (context.options.mark ?? 'no option');
    return { edits: text.includes(mark) ? [] : [{ start: text.length, end: text.length, text: mark + '\\n' }] };
  },
};
`;

describe('ucma-codemod.config.json', () => {
  test('ignore entries, relative to the config file, apply from a subdirectory too', () => {
    const root = copySample(EDITED);
    expect(needing(runCli(['check'], root).stderr)).toEqual([FIRST, VENDOR]);
    writeConfig(root, { ignore: ['vendor-copy/'] });
    expect(needing(runCli(['check'], root).stderr)).toEqual([FIRST]);
    // From inside vendor-copy/ the config above still applies: everything here is ignored, which
    // counts as an empty folder (exit 2), where without the config the file would need the change.
    const fromSub = runCli(['check'], join(root, 'vendor-copy'));
    expect(fromSub.status).toBe(2);
    expect(fromSub.stderr).toContain('.: error: no file to process in this folder');
    // A file named explicitly is still processed.
    expect(needing(runCli(['check', VENDOR], root).stderr)).toEqual([VENDOR]);
  });

  test('transforms (a path relative to the config file) and options reach the run; flags win', () => {
    const root = copySample(EDITED);
    writeFileSync(join(root, 'marker.mjs'), MARKER);
    writeConfig(root, { transforms: ['./marker.mjs'], options: { mark: 'from-config' }, ignore: ['vendor-copy/'] });
    const diff = runCli(['diff', 'ApplicationProvisioning'], join(root));
    expect(diff.stderr).not.toMatch(/error/);
    const patch = diff.stdout.toString('utf8');
    expect(patch).toContain('+// from-config');
    expect(patch).not.toContain('TlsTarget.Equals');
    // --option overrides one key, -t replaces the list.
    expect(runCli(['diff', '--option', 'mark=from-flag', '.'], join(root, 'ApplicationProvisioning')).stdout.toString('utf8')).toContain(
      '+// from-flag',
    );
    const builtIn = runCli(['diff', '-t', 'provisioner-tls-target'], root).stdout.toString('utf8');
    expect(builtIn).toContain('TlsTarget.Equals');
    expect(builtIn).not.toContain('from-config');
  });

  test('maxFileSize skips larger files (an Application.cs passed over this way is a warning, exit 1)', () => {
    const root = copySample(EDITED);
    writeConfig(root, { maxFileSize: '1k' });
    const run = runCli(['check'], root);
    expect(needing(run.stderr)).toEqual([]);
    expect(run.stderr).toMatch(/[1-9]\d* skipped/);
    expect(run.stderr).toContain(`${FIRST}:1:1: warning: passed over (larger than 1024 bytes`);
    expect(run.status).toBe(1);
    writeConfig(root, { maxFileSize: 4 * 1024 * 1024 });
    expect(needing(runCli(['check'], root).stderr)).toEqual([FIRST, VENDOR]);
  });

  test.each([
    ['{ "transforms": ', 'is not valid JSON'],
    ['[]', 'must hold one JSON object'],
    ['{ "ignores": [] }', 'unknown key "ignores"; the keys are: transforms, options, ignore, maxFileSize'],
    ['{ "transforms": "provisioner-tls-target" }', '"transforms" must be an array of non-empty strings'],
    ['{ "options": { "mark": 1 } }', '"options.mark" must be a string'],
    ['{ "maxFileSize": "big" }', '"maxFileSize" must be a size such as "4M"'],
    ['{ "transforms": ["no-such-transform"] }', 'unknown transform "no-such-transform"'],
  ])('%s: exit 2 with a one-line error naming the file', (text, message) => {
    const root = copySample(EDITED);
    writeConfig(root, text);
    const run = runCli(['check'], join(root, 'ApplicationProvisioning'));
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toContain(message);
    // Every one names the file, an unknown transform in "transforms" too.
    expect(run.stderr.split('\n')[0]).toContain(`${join(root, 'ucma-codemod.config.json')}:`);
  });
});

describe('ignore file, --ignore-pattern and glob arguments', () => {
  test('.ucma-codemodignore (with a ! re-include) and --ignore-pattern', () => {
    const root = copySample(EDITED);
    writeFileSync(
      join(root, '.ucma-codemodignore'),
      '# every Application.cs but the vendor copy\nApplication.cs\n!vendor-copy/ApplicationProvisioning/Application.cs\n',
    );
    expect(needing(runCli(['check'], root).stderr)).toEqual([VENDOR]);
    const other = copySample(EDITED);
    expect(needing(runCli(['check', '--ignore-pattern', 'vendor-copy/**'], other).stderr)).toEqual([FIRST]);
    expect(needing(runCli(['check', '--ignore-pattern', '/ApplicationProvisioning/'], other).stderr)).toEqual([VENDOR]);
  });

  test('a quoted glob selects files; a glob that matches nothing is an error (exit 2)', () => {
    const root = copySample(EDITED);
    expect(needing(runCli(['check', 'vendor-copy/**/*.cs'], root).stderr)).toEqual([VENDOR]);
    expect(needing(runCli(['check', '**/Application.cs'], root).stderr)).toEqual([FIRST, VENDOR]);
    const none = runCli(['check', 'nowhere/**/*.cs'], root);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('nowhere/**/*.cs');
    expect(none.stderr).toContain('no file to process matches this pattern');
  });

  test('an empty or mistyped folder is an error (exit 2), not "0 files"', () => {
    const root = copySample(EDITED);
    mkdirSync(join(root, 'empty'));
    const empty = runCli(['check', 'empty'], root);
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain('empty: error: no file to process in this folder');
    const inEmpty = runCli(['check'], join(root, 'empty'));
    expect(inEmpty.status).toBe(2);
    const typo = runCli(['check', 'ApplicationProvisionin'], root);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('ApplicationProvisionin: error: no such file or directory');
    // Everything ignored counts as empty too.
    expect(runCli(['check', 'vendor-copy', '--ignore-pattern', '*'], root).status).toBe(2);
  });

  test('check --staged (the installed hook) honours the config file', () => {
    const root = committedSample(EDITED);
    writeFileSync(join(root, VENDOR), `${'// touched\n'}`, { flag: 'a' });
    git(root, 'add', VENDOR);
    expect(runCli(['check', '--staged'], root).status).toBe(1);
    writeConfig(root, { ignore: ['vendor-copy/'] });
    expect(runCli(['check', '--staged'], root).status).toBe(0);
  });
});
