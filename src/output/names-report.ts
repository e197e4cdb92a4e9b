// `-l` / `--list-different` (`--format names`), as prettier's: the path of each file that would
// change (apply: that changed), one per line, for `xargs` and editors.
import type { FileResult } from '../run/run-result.js';
import type { OutputFormat } from './output-format.js';
import { singlePart } from './output-format.js';

const nameLine = (file: FileResult): string => (file.status === 'changed' ? `${file.path}\n` : '');

export const namesFormat: OutputFormat = {
  name: 'names',
  summary: 'the paths of the files that change, one per line (-l)',
  commands: ['diff', 'check', 'apply'],
  machineReadable: true,
  splitsIntoFiles: false,
  build: (result) => singlePart(Buffer.from(result.files.map(nameLine).join(''), 'utf8'), 'names.txt'),
  stream: { file: (file) => Buffer.from(nameLine(file), 'utf8') },
};
