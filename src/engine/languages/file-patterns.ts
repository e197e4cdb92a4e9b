// The file types the tool reads, written out for each place a person or another tool reads them:
// help text and messages, shell globs, git pathspecs and the pre-commit framework's `files` regex.
// All come from the language table, so a new file kind reaches every one of them. The same goes for
// how each language writes a suppression comment.
import { allLanguages } from './index.js';
import type { FileKind } from './language.js';

function allKinds(): FileKind[] {
  return allLanguages().flatMap((language) => language.fileKinds);
}

/** Shell-style patterns, one per extension or name: `*.cs`, `*.csproj`, `App.config`, `*.exe.config`. */
export function readFileGlobs(): string[] {
  return globsOf(allKinds());
}

function globsOf(kinds: readonly FileKind[]): string[] {
  return kinds.flatMap((kind) => [...(kind.extensions ?? []).map((extension) => `*${extension}`), ...(kind.fileNames ?? [])]);
}

/** The globs as a phrase: `*.cs, *.csproj, App.config and *.exe.config` (or `... or ...`). */
export function describeReadFiles(conjunction: 'and' | 'or' = 'and'): string {
  return phrase(readFileGlobs(), conjunction);
}

/**
 * How a suppression comment is written in each language that reads them, for help and messages:
 * `"// ucma-codemod-disable-next-line <id> -- <reason>" in C# files (*.cs) or "<!-- ... -->" in XML files (...)`.
 */
export function describeSuppressionComments(): string {
  const forms = allLanguages().flatMap((language) =>
    language.suppressionComments
      ? [
          `"${language.suppressionComments.example('<id>', '<reason>')}" in ${language.name} files (${globsOf(language.fileKinds).join(', ')})`,
        ]
      : [],
  );
  return phrase(forms, 'or');
}

function phrase(items: readonly string[], conjunction: string): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** The extensions a fixture file may have (`<case>.input.<extension>`): `cs`, `csproj`, `exe.config`. */
export function fixtureExtensions(): string[] {
  return allKinds().flatMap((kind) => (kind.extensions ?? []).map((extension) => extension.slice(1)));
}

/** git pathspecs that select the read files at any depth, case-insensitively (`:(glob,icase)**\/*.cs`). */
export function readFilePathspecs(): string[] {
  return readFileGlobs().map((glob) => `:(glob,icase)**/${glob}`);
}

/**
 * The `files` regex of the pre-commit framework's hook definitions (Python `re`, searched in the
 * path relative to the repository root): the same names, case-insensitively.
 */
export function preCommitFilesPattern(): string {
  const alternatives = allKinds().flatMap((kind) => [
    ...(kind.extensions ?? []).map((extension) => `[^/]${escapeRegex(extension)}`),
    ...(kind.fileNames ?? []).map((name) => `(^|/)${escapeRegex(name)}`),
  ]);
  return `(?i)(${alternatives.join('|')})$`;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
