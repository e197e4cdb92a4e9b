// The reference pages keep up with the tables they describe (ESLint's checkRuleFiles does the same
// for its rules): a page per built-in transform, every format and option in the CLI page, and no
// link in the README or docs/ that leads nowhere.
import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { helpText } from '../../src/cli/help-text.js';
import { readFileGlobs } from '../../src/engine/languages/file-patterns.js';
import { OUTPUT_FORMATS } from '../../src/output/formats.js';
import { builtInTransforms } from '../../transforms/index.js';
import { repoRoot } from '../helpers/paths.js';

const docsDir = join(repoRoot, 'docs');
const read = (path: string) => readFileSync(path, 'utf8');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? markdownFiles(join(dir, entry.name)) : entry.name.endsWith('.md') ? [join(dir, entry.name)] : [],
  );
}

describe('docs/', () => {
  test.each(builtInTransforms.map((transform) => ({ id: transform.meta.id, transform })))(
    'docs/transforms/$id.md exists and names its source document',
    ({ id, transform }) => {
      const page = join(docsDir, 'transforms', `${id}.md`);
      expect(existsSync(page)).toBe(true);
      const text = read(page);
      expect(text).toContain(`\`${id}\``);
      // The document's title as published, without the series in parentheses.
      expect(text).toContain(transform.meta.source.title.replace(/ \(.*\)$/, ''));
    },
  );

  test('docs/cli.md names every output format, every option of --help and every file type read', () => {
    const cli = read(join(docsDir, 'cli.md'));
    for (const format of OUTPUT_FORMATS) expect(cli).toContain(`\`${format.name}\``);
    const labels = [...helpText(undefined, 10_000).matchAll(/^ {2}(-[^ ].*?)(?: {2}|$)/gm)].map((match) => match[1]!);
    expect(labels.length).toBeGreaterThan(10);
    for (const label of labels) {
      // Each long option of the label (`-t, --transform ID|FILE` → `--transform`).
      for (const option of label.match(/--[a-z-]+/g) ?? []) expect(cli).toContain(option);
    }
    for (const glob of readFileGlobs()) expect(cli).toContain(glob);
  });

  test('every relative link in README.md and docs/ leads to a file that exists', () => {
    const broken: string[] = [];
    for (const file of [join(repoRoot, 'README.md'), ...markdownFiles(docsDir)]) {
      for (const match of read(file).matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)) {
        const target = match[1]!;
        if (/^[a-z]+:/.test(target)) continue;
        if (!existsSync(resolve(dirname(file), target))) broken.push(`${file.slice(repoRoot.length + 1)} -> ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
