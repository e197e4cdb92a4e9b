// The --help text.

export const HELP_TEXT = `ucma-codemod: codemods for Microsoft UCMA sample code, as reviewable patches.

Usage:
  ucma-codemod list                 list the transforms and what they change
  ucma-codemod diff [paths...]      print one unified diff of every change (stdout)
  ucma-codemod apply [paths...]     write the changes in place
  ucma-codemod check [paths...]     exit 1 if any file would change or needs a manual change

Paths are files or directories (default: the current directory). Directories are searched for
*.cs files, skipping .git/, node_modules/, bin/, obj/ and, inside a git work tree, what
.gitignore ignores. Symbolic links are not followed.

Options:
  -t, --transform ID        run only this transform (repeatable; default: all built-in)
      --format FORMAT       what stdout carries: diff (default for diff and check) or json
      --json                same as --format json
  -o, --output FILE         diff, check: write the patch to FILE instead of stdout
      --max-file-size SIZE  skip larger files (default 4M; e.g. 500k, 16M)
      --option KEY=VALUE    pass an option to the transforms (repeatable)
      --color, --no-color   force or suppress colour on stderr (default: only on a terminal;
                            NO_COLOR is honoured)
  -h, --help                show this help
  -v, --version             show the version

Exit status: 0 nothing left to do (or changes printed/written); 1 a change is still needed (check:
any change; every command: a change that must be made by hand); 2 usage error or a file could not
be processed (after processing the other files).

stdout carries only the product (patch or JSON); diagnostics and the summary go to stderr as
path:line:col: severity: message.
`;
