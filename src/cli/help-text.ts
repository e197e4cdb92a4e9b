// The --help text.

export const HELP_TEXT = `ucma-codemod: codemods for Microsoft UCMA sample code, as reviewable patches.

Usage:
  ucma-codemod list                 list the transforms and what they change
  ucma-codemod diff [paths...]      print one unified diff of every change (stdout)
  ucma-codemod apply [paths...]     write the changes in place
  ucma-codemod check [paths...]     exit 1 if any file would change or needs a manual change
  ucma-codemod check --staged       the same for the staged content of staged .cs files
  ucma-codemod review [paths...]    step through the changes; write the accepted ones
  ucma-codemod new <id>             scaffold a transform, a fixture pair and a test
  ucma-codemod install-hook         install a git pre-commit hook running check --staged

Paths are files or directories (default: the current directory). Directories are searched for
*.cs files, skipping .git/, node_modules/, bin/, obj/ and, inside a git work tree, what
.gitignore ignores. Symbolic links are not followed.

Options:
  -t, --transform ID|FILE   run only this transform (repeatable; default: all built-in); a
                            path (./my-transform.ts, .js, .mjs) loads a transform of your own
  -f, --format FORMAT       what stdout carries: diff (default for diff and check), mbox (diff:
                            one git am message per transform), json, sarif (SARIF 2.1.0),
                            github (GitHub Actions annotations)
      --json                same as --format json
  -o, --output FILE         diff, check: write the report to FILE instead of stdout
      --output-dir DIR      diff --format mbox: one .patch file per transform in DIR
      --staged              check: judge the index content of staged files
      --max-file-size SIZE  skip larger files (default 4M; e.g. 500k, 16M)
  -j, --jobs N              worker threads that parse and transform (default: one per core;
                            1: all in one thread)
      --file-timeout SECONDS
                            with worker threads, a file whose transforms run longer fails
                            (default 60)
      --option KEY=VALUE    pass an option to the transforms (repeatable)
      --color, --no-color   force or suppress colour (default: only on a terminal; NO_COLOR
                            is honoured)
      --progress, --no-progress
                            progress bar on stderr, only on a terminal (default: runs of 50+
                            files; --progress: any run; never with json or sarif)
  -h, --help                show this help
  -v, --version             show the version

Exit status: 0 nothing left to do (or changes printed/written); 1 a change is still needed (check:
any change; every command: a change that must be made by hand; review: a skipped change);
2 usage error or a file could not be processed (after processing the other files).

stdout carries only the product (patch, mbox, JSON, SARIF, annotations); diagnostics and the
summary go to stderr as path:line:col: severity: message.
`;
