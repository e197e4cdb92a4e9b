// The argument parser as a table: what each command line means, and the one-line refusal for each
// contradictory or misplaced flag (checked before any file is read).
import { describe, expect, test } from '@jest/globals';
import { parseCliArgs, parseSize, UsageError } from '../../src/cli/parse-args.js';
import { OUTPUT_FORMATS } from '../../src/output/formats.js';

describe('accepted command lines', () => {
  test.each([
    [['diff'], { command: 'diff', paths: [], format: undefined }],
    [['diff', 'a', 'b'], { command: 'diff', paths: ['a', 'b'] }],
    [['check', '--json'], { command: 'check', format: 'json' }],
    [['check', '--format', 'json', '--json'], { format: 'json' }],
    [['apply', '-f', 'sarif'], { command: 'apply', format: 'sarif' }],
    [['diff', '--format', 'mbox', '--output-dir', 'p'], { format: 'mbox', outputDir: 'p' }],
    [['check', '--staged'], { staged: true }],
    [['diff', '-t', 'a', '-t', './b.ts'], { transforms: ['a', './b.ts'] }],
    [['diff', '--option', 'k=v=w', '--option', 'x='], { transformOptions: { k: 'v=w', x: '' } }],
    [['diff', '--max-file-size', '500k'], { maxFileSize: 512000 }],
    [['diff', '--no-color', '--progress'], { color: false, progress: true }],
    [['list', '--json'], { command: 'list', format: 'json' }],
    [['new', 'my-id'], { command: 'new', paths: ['my-id'] }],
    [['--version'], { version: true, command: undefined }],
    [['diff', '--help'], { help: true }],
    [['diff', '--stat'], { command: 'diff', format: 'stat' }],
    [['diff', '--stdin-filepath', 'src/A.cs'], { command: 'diff', stdinFilepath: 'src/A.cs', paths: [] }],
    [['apply', '--stdin-filepath', 'A.cs'], { command: 'apply', stdinFilepath: 'A.cs', format: undefined }],
    [['check', '--stdin-filepath', 'A.cs', '--json'], { stdinFilepath: 'A.cs', format: 'json' }],
    [['check', '--stat', '--format', 'stat'], { format: 'stat' }],
    [['check', '--format', 'msbuild'], { format: 'msbuild' }],
    [['lsp'], { command: 'lsp', paths: [] }],
    [['lsp', '--stdio', '-t', 'ucma4-api-members', '--option', 'k=v'], { command: 'lsp', transforms: ['ucma4-api-members'] }],
  ] as const)('%j', (argv, expected) => {
    expect(parseCliArgs(argv)).toMatchObject(expected);
  });
});

describe('refused command lines', () => {
  test.each([
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['lsp', 'src'], 'lsp takes no paths'],
    [['lsp', '--format', 'json'], 'lsp talks LSP on stdout and takes no --format'],
    [['lsp', '--stdin-filepath', 'A.cs'], '--stdin-filepath is only for diff, apply and check'],
    [['lsp', '-o', 'x'], '-o/--output is only for diff, check, report and plan'],
    [['check', '--stdio'], '--stdio is only for lsp'],
    [['diff', '--format', 'xml'], `unknown format "xml"; expected one of: ${OUTPUT_FORMATS.map((f) => f.name).join(', ')}`],
    [['diff', '--json', '--format', 'sarif'], '--json contradicts --format sarif'],
    [['check', '--format', 'mbox'], '--format mbox is only for diff'],
    [['apply', '--format', 'mbox'], '--format mbox is only for diff'],
    [['diff', '--output-dir', 'p'], '--output-dir is only for "diff --format mbox"'],
    [['diff', '-o', 'x', '--output-dir', 'p'], '-o/--output contradicts --output-dir'],
    [['apply', '-o', 'x'], '-o/--output is only for diff, check, report and plan'],
    [['diff', '--staged'], '--staged is only for check'],
    [['apply', '--stat'], '--format stat is only for diff, check'],
    [['diff', '--stdin-filepath', 'A.cs', 'B.cs'], '--stdin-filepath reads one file from stdin and takes no paths'],
    [['check', '--stdin-filepath', 'A.cs', '--staged'], '--stdin-filepath contradicts --staged'],
    [['review', '--stdin-filepath', 'A.cs'], 'review steps through files on disk'],
    [['new', 'x', '--stdin-filepath', 'A.cs'], '--stdin-filepath is only for diff, apply and check'],
    [['apply', '--stdin-filepath', 'A.cs', '-l'], 'apply --stdin-filepath prints the changed text on stdout and takes no --format'],
    [['check', '--stat', '--json'], '--json contradicts --stat'],
    [['check', '--stat', '-f', 'sarif'], '--stat contradicts --format sarif'],
    [['review', '--json'], 'review is interactive and takes no --format'],
    [['list', 'x'], 'list takes no paths'],
    [['list', '--format', 'sarif'], 'list prints text or --json only'],
    [['new'], 'new takes exactly one transform id'],
    [['new', 'a', '--json'], 'new takes no --format'],
    [['install-hook', 'x'], 'install-hook takes no paths'],
    [['install-hook', '-t', 'x'], 'install-hook takes no -t'],
    [['diff', '--color', '--no-color'], '--color contradicts --no-color'],
    [['diff', '--option', 'novalue'], '--option needs key=value'],
    [['diff', '--max-file-size', 'big'], '--max-file-size needs a size'],
    [['diff', '--bogus'], 'unknown option "--bogus"'],
  ] as const)('%j', (argv, message) => {
    let thrown: unknown;
    try {
      parseCliArgs(argv);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UsageError);
    expect((thrown as UsageError).reason).toContain(message);
    expect((thrown as UsageError).exitCode).toBe(2);
  });
});

test.each([
  ['4M', 4 * 1024 * 1024],
  ['500000', 500000],
  ['1.5k', 1536],
  ['2GB', 2 * 1024 ** 3],
])('parseSize(%s)', (text, bytes) => {
  expect(parseSize(text)).toBe(bytes);
});
