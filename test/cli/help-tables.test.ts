// The lists and defaults that --help shows come from the tables and constants the tool runs on:
// the formats table, the language table, the run's defaults. Read back from the help text, each
// must equal its source, so a default changed in one place only fails here.
import { describe, expect, test } from '@jest/globals';
import { helpText } from '../../src/cli/help-text.js';
import { COMMANDS } from '../../src/cli/parse-args.js';
import { readFileGlobs } from '../../src/engine/languages/file-patterns.js';
import { defaultFormatFor, OUTPUT_FORMATS } from '../../src/output/formats.js';
import { parseByteSize } from '../../src/platform/parse-size.js';
import { DEFAULT_FILE_TIME_BUDGET_MS, DEFAULT_JOBS_DESCRIPTION, HANDFUL_OF_FILES } from '../../src/run/file-runner.js';
import { DEFAULT_MAX_FILE_SIZE } from '../../src/run/run-codemod.js';
import { PROGRESS_MIN_FILES } from '../../src/terminal/progress-bar.js';

/** The help on one very wide line per entry, so an option's text is found by its label. */
const help = helpText(undefined, 10_000);
const optionText = (label: string) => {
  const line = help.split('\n').find((candidate) => candidate.trimStart().startsWith(label));
  expect(line).toBeDefined();
  return line!;
};

describe('--help is read from the tables', () => {
  test('every command has a usage line', () => {
    for (const command of COMMANDS) expect(help).toMatch(new RegExp(`^  ucma-codemod ${command}\\b`, 'm'));
  });

  test('--format lists exactly the formats of the table, with their commands and the defaults', () => {
    const text = optionText('-f, --format');
    const listed = [...text.matchAll(/(?:: |, )([a-z]+) \(([a-z, ]+):/g)].map((match) => ({
      name: match[1],
      commands: match[2]!.split(', '),
    }));
    expect(listed).toEqual(OUTPUT_FORMATS.map((format) => ({ name: format.name, commands: [...format.commands] })));
    for (const format of OUTPUT_FORMATS) {
      const defaultOf = (['diff', 'check', 'apply'] as const).filter((command) => defaultFormatFor(command) === format);
      const entry = new RegExp(`${format.name} \\([^)]*default of ${defaultOf.join(' and ')}`);
      if (defaultOf.length > 0) expect(text).toMatch(entry);
    }
  });

  test('the file types folders are searched for are the language table', () => {
    const searched = /Folders are searched for (.*?) files, skipping/.exec(help)?.[1];
    expect(searched?.split(/, | and /)).toEqual(readFileGlobs());
  });

  test('the defaults of -j, --file-timeout, --max-file-size and --progress are the run', () => {
    expect(optionText('-j, --jobs')).toContain(`default: ${DEFAULT_JOBS_DESCRIPTION}`);
    expect(optionText('-j, --jobs')).toContain(`runs of ${HANDFUL_OF_FILES} files or fewer`);
    expect(Number(/default (\d+)\)/.exec(optionText('--file-timeout'))?.[1]) * 1000).toBe(DEFAULT_FILE_TIME_BUDGET_MS);
    expect(parseByteSize(/default (\S+);/.exec(optionText('--max-file-size'))?.[1] ?? '')).toBe(DEFAULT_MAX_FILE_SIZE);
    expect(Number(/runs of (\d+)\+ files/.exec(optionText('--progress'))?.[1])).toBe(PROGRESS_MIN_FILES);
    const never = /never with (.*)\)/.exec(optionText('--progress'))?.[1]?.split(/, | or /);
    expect(never).toEqual(OUTPUT_FORMATS.filter((format) => format.machineReadable).map((format) => format.name));
  });
});
