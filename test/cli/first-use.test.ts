// The small things a new user meets first, with the real binary: a mistyped command or option gets
// "did you mean", no arguments show the usage, `list -t pack/rule` shows that rule and `list` is paged
// on a terminal (a pty from util-linux `script`, the pager a recording script), --max-warnings -1
// is ESLint's "no limit", sizes of 0 are refused, a config file's bad transform names the file, a
// glob gives one error, --stdin-filepath of a name the engine does not read is skipped as
// `check <name>` skips it, the summary's error count matches the error lines, and paths outside
// the current directory work where no patch names them.
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { binPath, cleanTempDirs, makeTempDir, runCli } from '../helpers/cli.js';
import { fixturePath, repoRoot } from '../helpers/paths.js';
import { copySample } from '../helpers/tree.js';

afterAll(cleanTempDirs);

const APP = 'ApplicationProvisioning/Application.cs';
const warnsFixture = fixturePath('transforms', 'provisioner-tls-target', 'manual-negated-test.input.cs');

describe('mistyped commands and options', () => {
  test.each([
    ['chek', 'check'],
    ['aply', 'apply'],
    ['reveiw', 'review'],
    ['lsit', 'list'],
  ])('"%s" suggests "%s" (exit 2, nothing on stdout)', (typed, meant) => {
    const run = runCli([typed], repoRoot);
    expect(run.status).toBe(2);
    expect(run.stdout.length).toBe(0);
    expect(run.stderr).toContain(`unknown command "${typed}"; did you mean "${meant}"?`);
  });

  test('a word near no command gets the list of commands, no guess', () => {
    const run = runCli(['frobnicate'], repoRoot);
    expect(run.status).toBe(2);
    expect(run.stderr).not.toContain('did you mean');
    expect(run.stderr).toContain('the commands are: list, diff, apply, check, review');
  });

  test('a mistyped option suggests the option', () => {
    const run = runCli(['check', '--max-warning', '3'], repoRoot);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown option "--max-warning"; did you mean "--max-warnings"?');
  });

  test('no arguments: the usage on stderr, exit 2', () => {
    const run = runCli([], repoRoot);
    expect(run.status).toBe(2);
    expect(run.stdout.length).toBe(0);
    expect(run.stderr).toContain('Usage:');
    expect(run.stderr).toContain('ucma-codemod check [paths...]');
    expect(run.stderr).toContain('Options:');
    expect(run.stderr).toMatch(/no command given\n$/);
  });
});

describe('list', () => {
  test('-t <transform>/<rule> shows that rule only', () => {
    const whole = runCli(['list', '-t', 'ucma4-api-members'], repoRoot).stdout.toString('utf8');
    const run = runCli(['list', '-t', 'ucma4-api-members/call-forward'], repoRoot);
    expect(run.status).toBe(0);
    const out = run.stdout.toString('utf8');
    expect(out).toMatch(/^ {4}call-forward \(UCMA\d+\): /m);
    const ruleLines = (text: string) => text.split('\n').filter((line) => /^ {4}[a-z0-9-]+ \(UCMA\d+\): /.test(line));
    expect(ruleLines(whole).length).toBeGreaterThan(10);
    expect(ruleLines(out)).toEqual(ruleLines(whole).filter((line) => line.startsWith('    call-forward ')));
    expect(out).toMatch(/Rules chosen \(1 of \d+\)/);
  });

  test('on a terminal the list goes through the pager, as the patch of diff does (not with --no-pager)', () => {
    const records = makeTempDir();
    const pager = join(records, 'record-pager.sh');
    writeFileSync(pager, 'cat > "$PAGER_RECORDS/input.txt"\n');
    const onTerminal = (args: string[], name: string) => {
      mkdirSync(join(records, name));
      const command = ['exec', process.execPath, binPath, 'list', ...args].map((word) => JSON.stringify(word)).join(' ');
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        UCMA_CODEMOD_PAGER: undefined,
        TERM: 'xterm',
        PAGER: `sh ${JSON.stringify(pager)}`,
        PAGER_RECORDS: join(records, name),
      };
      const run = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: repoRoot, env, encoding: 'utf8' });
      const input = join(records, name, 'input.txt');
      return { status: run.status, screen: run.stdout, paged: existsSync(input) ? readFileSync(input, 'utf8') : undefined };
    };
    const piped = runCli(['list'], repoRoot).stdout.toString('utf8');
    const paged = onTerminal([], 'paged');
    expect(paged.status).toBe(0);
    expect(paged.paged?.replace(/\u001b\[[0-9;]*m/g, '')).toBe(piped);
    const straight = onTerminal(['--no-pager'], 'straight');
    expect(straight.paged).toBeUndefined();
    expect(straight.screen).toContain('provisioner-tls-target');
  });

  test('--json with -t <transform>/<rule>: that rule only', () => {
    const run = runCli(['list', '--json', '-t', 'ucma4-api-members/call-forward'], repoRoot);
    const [entry] = JSON.parse(run.stdout.toString('utf8')) as Array<{ rules: Array<{ id: string }> }>;
    expect(entry!.rules.map((rule) => rule.id)).toEqual(['call-forward']);
  });
});

describe('--max-warnings', () => {
  const warnsTree = () => {
    const root = makeTempDir();
    copyFileSync(warnsFixture, join(root, 'Application.cs'));
    return root;
  };

  test('-1 is no limit (ESLint): warnings alone do not make check exit 1', () => {
    const root = warnsTree();
    expect(runCli(['check'], root).status).toBe(1);
    const run = runCli(['check', '--max-warnings', '-1'], root);
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: expect.stringContaining('1 warning') });
    expect(runCli(['check', '--max-warnings=-1'], root).status).toBe(0);
  });

  test.each([['-2'], ['ten'], ['1.5']])('%s is refused with our own message', (value) => {
    const run = runCli(['check', `--max-warnings=${value}`], repoRoot);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`--max-warnings needs a whole number of warnings such as 0 or 10, or -1 for no limit, got "${value}"`);
  });

  test('a missing value is named, not parseArgs text', () => {
    const run = runCli(['check', '--max-warnings'], repoRoot);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--max-warnings needs a value, e.g. --max-warnings 10 (-1: no limit)');
    expect(run.stderr).not.toContain("Option '");
  });
});

describe('sizes and the config file', () => {
  test('--max-file-size 0 is refused: it would skip every file', () => {
    const run = runCli(['check', '--max-file-size', '0'], repoRoot);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--max-file-size needs a size above 0');
  });

  test.each([['"0"'], ['"0k"'], ['0']])('config "maxFileSize": %s is refused, naming the file', (value) => {
    const root = copySample('applicationprovisioner');
    writeFileSync(join(root, 'ucma-codemod.config.json'), `{ "maxFileSize": ${value} }\n`);
    const run = runCli(['check'], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('ucma-codemod.config.json: "maxFileSize" must be a size such as "4M"');
    expect(run.stderr).toMatch(/above 0|positive/);
  });

  test('an unknown transform in the config file names the file', () => {
    const root = copySample('applicationprovisioner');
    writeFileSync(join(root, 'ucma-codemod.config.json'), '{ "transforms": ["provisioner-tls-targt"] }\n');
    const run = runCli(['check'], root);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${join(root, 'ucma-codemod.config.json')}: "transforms": unknown transform "provisioner-tls-targt"`);
    // -t replaces the list, so the run works.
    expect(runCli(['check', '-t', 'provisioner-tls-target'], root).status).toBe(1);
  });
});

describe('inputs', () => {
  test('a glob under a missing folder is one error, not two', () => {
    const root = copySample('applicationprovisioner');
    const run = runCli(['check', 'nosuch/**/*.cs'], root);
    expect(run.status).toBe(2);
    const errors = run.stderr.split('\n').filter((line) => line.includes(': error: '));
    expect(errors).toEqual(['nosuch/**/*.cs: error: no file to process matches this pattern (there is no folder nosuch)']);
    expect(run.stderr).toContain('1 failed; 1 error, 0 warnings');
  });

  test.each(['check', 'diff', 'apply'])('%s --stdin-filepath X.txt is skipped as check X.txt is, not read as C#', (command) => {
    const root = makeTempDir();
    // C# text that provisioner-tls-target would change, under a name the engine does not read.
    const text = readFileSync(fixturePath('samples', 'applicationprovisioner', APP));
    writeFileSync(join(root, 'X.txt'), text);
    const named = runCli(['check', 'X.txt'], root);
    const piped = runCli([command, '--stdin-filepath', 'X.txt'], root, { input: text });
    expect(piped.status).toBe(named.status);
    // The same passed-over line as for the file on disk.
    const skippedLine = named.stderr.split('\n').find((line) => line.startsWith('X.txt: skipped: not a '));
    expect(skippedLine).toBeDefined();
    expect(piped.stderr).toContain(skippedLine!);
    expect(piped.stderr).toContain('0 unchanged, 1 skipped, 0 failed');
    // apply prints the text unchanged (an editor keeps its buffer); diff and check print no patch.
    if (command === 'apply') expect(piped.stdout.equals(text)).toBe(true);
    else expect(piped.stdout.length).toBe(0);
  });
});

describe('paths outside the current directory', () => {
  function outsideTree(): { cwd: string; other: string } {
    const root = makeTempDir();
    mkdirSync(join(root, 'here'));
    const other = join(root, 'my-app');
    mkdirSync(other);
    copySampleInto(other);
    return { cwd: join(root, 'here'), other };
  }
  const copySampleInto = (target: string) => {
    const sample = copySample('applicationprovisioner');
    mkdirSync(join(target, 'ApplicationProvisioning'));
    copyFileSync(join(sample, APP), join(target, APP));
  };

  test.each([
    [['check', '-l'], 1],
    [['check', '--json'], 1],
    [['check', '--format', 'sarif'], 1],
    [['diff', '--json'], 0],
  ])('%j ../my-app judges the files there', (args, status) => {
    const { cwd } = outsideTree();
    const run = runCli([...args, '../my-app'], cwd);
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status, stderr: expect.stringContaining('1 file') });
    // Relative in names and JSON; SARIF gives a file outside its base folder as an absolute URI.
    expect(run.stdout.toString('utf8')).toContain('my-app/ApplicationProvisioning/Application.cs');
  });

  test('apply ../my-app writes there', () => {
    const { cwd, other } = outsideTree();
    const before = readFileSync(join(other, APP));
    const run = runCli(['apply', '../my-app'], cwd);
    expect(run.status).toBe(0);
    expect(readFileSync(join(other, APP)).equals(before)).toBe(false);
    expect(runCli(['check'], other).status).toBe(0);
  });

  test.each(['check', 'diff'])('%s ../my-app (a patch) says where to run it', (command) => {
    const { cwd } = outsideTree();
    const run = runCli([command, '../my-app'], cwd);
    expect(run.status).toBe(2);
    expect(run.stdout.length).toBe(0);
    expect(run.stderr).toContain('ucma-codemod: ../my-app is outside the current directory');
    expect(run.stderr).toContain(`Run it there: cd ../my-app && ucma-codemod ${command}`);
  });
});
