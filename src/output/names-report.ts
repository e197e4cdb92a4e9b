// `-l` / `--list-different` (`--format names`), as prettier's: the path of each file that would
// change (apply: that changed), one per line, for `xargs` and editors.
import type { OutputFormat } from './output-format.js';
import { singlePart } from './output-format.js';

export const namesFormat: OutputFormat = {
  name: 'names',
  summary: 'the paths of the files that change, one per line (-l)',
  commands: ['diff', 'check', 'apply'],
  machineReadable: true,
  splitsIntoFiles: false,
  build: (result) =>
    singlePart(
      Buffer.from(
        result.files
          .filter((file) => file.status === 'changed')
          .map((file) => `${file.path}\n`)
          .join(''),
        'utf8',
      ),
      'names.txt',
    ),
};
