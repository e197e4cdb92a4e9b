// The line after `check`'s summary that says how to make the changes: it repeats the run's own
// -t/--option/--ignore-pattern/--max-file-size flags (so apply makes the same changes), says
// `git add` after a `--staged` check, and never lists more than a screenful of files.
import { readFilePathspecs } from '../engine/languages/file-patterns.js';

export interface FixHintContext {
  /** The check judged the staged content: the fix must be added to the index too. */
  readonly staged: boolean;
  /** The command-line flags of the run that change what apply does, ready to paste. */
  readonly flags: readonly string[];
  /** The run's path arguments, ready to paste. */
  readonly paths: readonly string[];
  /** The check judged stdin as this file (--stdin-filepath), quoted for the shell. */
  readonly stdinFilepath?: string;
}

/** Listing more files than this makes the hint longer than the output it follows. */
export const MAX_LISTED_FILES = 10;

/** `files`: the changed files, quoted for the shell. */
export function formatFixHint(files: readonly string[], context: FixHintContext): string {
  const flags = context.flags.map((flag) => ` ${flag}`).join('');
  // The text came from stdin (an editor's buffer), which may differ from the file on disk.
  if (context.stdinFilepath !== undefined)
    return `To make the changes: pipe the same text to ucma-codemod apply${flags} --stdin-filepath ${context.stdinFilepath} (it prints the changed text)`;
  if (files.length <= MAX_LISTED_FILES) {
    const list = files.join(' ');
    return context.staged
      ? `To make the changes: ucma-codemod apply${flags} ${list} && git add ${list}`
      : `To make the changes: ucma-codemod apply${flags} ${list}   (or review them: ucma-codemod review${flags} ${list})`;
  }
  const count = `${files.length} files, listed above`;
  if (context.staged) {
    const pathspecs = readFilePathspecs()
      .map((pathspec) => `'${pathspec}'`)
      .join(' ');
    return `To make the changes (${count}): files=$(git diff --cached --name-only --diff-filter=ACMR -- ${pathspecs}); ucma-codemod apply${flags} $files && git add $files`;
  }
  const paths = context.paths.map((path) => ` ${path}`).join('');
  return `To make the changes (${count}): ucma-codemod apply${flags}${paths}   (or review them: ucma-codemod review${flags}${paths})`;
}
