// The line after `check`'s summary that says how to make the changes: it repeats the run's own
// -t/--option/--ignore-pattern/--max-file-size flags (so apply makes the same changes), says
// `git add` after a `--staged` check, and never lists more than a screenful of files.

export interface FixHintContext {
  /** The check judged the staged content: the fix must be added to the index too. */
  readonly staged: boolean;
  /** The command-line flags of the run that change what apply does, ready to paste. */
  readonly flags: readonly string[];
  /** The run's path arguments, ready to paste. */
  readonly paths: readonly string[];
}

/** Listing more files than this makes the hint longer than the output it follows. */
export const MAX_LISTED_FILES = 10;

/** `files`: the changed files, quoted for the shell. */
export function formatFixHint(files: readonly string[], context: FixHintContext): string {
  const flags = context.flags.map((flag) => ` ${flag}`).join('');
  if (files.length <= MAX_LISTED_FILES) {
    const list = files.join(' ');
    return context.staged
      ? `To make the changes: ucma-codemod apply${flags} ${list} && git add ${list}`
      : `To make the changes: ucma-codemod apply${flags} ${list}   (or review them: ucma-codemod review${flags} ${list})`;
  }
  const count = `${files.length} files, listed above`;
  if (context.staged) {
    return `To make the changes (${count}): files=$(git diff --cached --name-only --diff-filter=ACMR -- '*.cs'); ucma-codemod apply${flags} $files && git add $files`;
  }
  const paths = context.paths.map((path) => ` ${path}`).join('');
  return `To make the changes (${count}): ucma-codemod apply${flags}${paths}   (or review them: ucma-codemod review${flags}${paths})`;
}
