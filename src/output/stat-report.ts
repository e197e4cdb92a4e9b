// `--stat` (`--format stat`): git's diffstat of the patch the run would print, laid out as
// `git diff --stat` does into a pipe (80 columns): ` path | N ++--` per file, then
// ` K files changed, I insertions(+), D deletions(-)`. Counts come from the patch itself, so they
// are the lines git sees when it applies it.
import { quotePath } from './file-patch.js';
import { singlePart, type OutputFormat } from './output-format.js';
import { patchableFiles, patchOf } from './patch-report.js';
import type { RunResult } from '../run/run-result.js';

/** git's width for the whole line when stdout is not a terminal. */
const STAT_WIDTH = 80;

export interface FileStat {
  /** The path as git prints it (quoted when it holds special bytes). */
  readonly name: string;
  readonly added: number;
  readonly deleted: number;
}

/** Added and deleted lines of one file's patch (header lines are not counted). */
export function countPatchLines(patch: Buffer): { added: number; deleted: number } {
  let added = 0;
  let deleted = 0;
  let inHunk = false;
  let start = 0;
  while (start < patch.length) {
    let end = patch.indexOf(0x0a, start);
    if (end === -1) end = patch.length;
    const first = patch[start];
    if (patch.subarray(start, start + 3).toString('latin1') === '@@ ') inHunk = true;
    else if (inHunk && first === 0x2b) added++;
    else if (inHunk && first === 0x2d) deleted++;
    start = end + 1;
  }
  return { added, deleted };
}

/** The diffstat lines for these files, as `git diff --stat` prints them (empty for no file). */
export function formatDiffstat(files: readonly FileStat[], width = STAT_WIDTH): string {
  if (files.length === 0) return '';
  const maxChange = Math.max(...files.map((file) => file.added + file.deleted));
  const maxLength = Math.max(...files.map((file) => file.name.length));
  const numberWidth = String(maxChange).length;
  // The same budget as git's show_stats: name, " | ", the count, a space, the graph.
  const total = Math.max(width, 16 + 6 + numberWidth);
  let graphWidth = maxChange;
  let nameWidth = maxLength;
  if (nameWidth + numberWidth + 6 + graphWidth > total) {
    if (graphWidth > Math.trunc((total * 3) / 8) - numberWidth - 6) graphWidth = Math.max(6, Math.trunc((total * 3) / 8) - numberWidth - 6);
    if (nameWidth > total - numberWidth - 6 - graphWidth) nameWidth = total - numberWidth - 6 - graphWidth;
    else graphWidth = total - numberWidth - 6 - nameWidth;
  }
  const lines = files.map((file) => {
    const name = fitName(file.name, nameWidth);
    let add = file.added;
    let del = file.deleted;
    if (graphWidth <= maxChange) {
      let scaled = scaleLinear(add + del, graphWidth, maxChange);
      if (scaled < 2 && add > 0 && del > 0) scaled = 2;
      if (add < del) {
        add = scaleLinear(add, graphWidth, maxChange);
        del = scaled - add;
      } else {
        del = scaleLinear(del, graphWidth, maxChange);
        add = scaled - del;
      }
    }
    const count = file.added + file.deleted;
    return ` ${name.padEnd(nameWidth)} | ${String(count).padStart(numberWidth)}${count > 0 ? ' ' : ''}${'+'.repeat(add)}${'-'.repeat(del)}`;
  });
  return `${[...lines, summaryLine(files)].join('\n')}\n`;
}

/** A name longer than its column loses its start: `...` and the rest from a slash, as git does. */
function fitName(name: string, width: number): string {
  if (name.length <= width) return name;
  const kept = name.slice(name.length - Math.max(0, width - 3));
  const slash = kept.indexOf('/');
  return `...${slash === -1 ? kept : kept.slice(slash)}`;
}

/** At least one column for any change: scaled as if one column shorter, plus one. */
function scaleLinear(value: number, width: number, maxChange: number): number {
  return value === 0 ? 0 : 1 + Math.trunc((value * (width - 1)) / maxChange);
}

function summaryLine(files: readonly FileStat[]): string {
  const insertions = files.reduce((sum, file) => sum + file.added, 0);
  const deletions = files.reduce((sum, file) => sum + file.deleted, 0);
  let line = ` ${files.length} ${files.length === 1 ? 'file' : 'files'} changed`;
  if (insertions > 0 || deletions === 0) line += `, ${insertions} ${insertions === 1 ? 'insertion' : 'insertions'}(+)`;
  if (deletions > 0 || insertions === 0) line += `, ${deletions} ${deletions === 1 ? 'deletion' : 'deletions'}(-)`;
  return line;
}

/** The diffstat of a run's patch: one entry per file the patch names, in patch order. */
function statsOf(result: RunResult): FileStat[] {
  return patchableFiles(result).map((file) => ({ name: quotePath(file.path), ...countPatchLines(patchOf(file)) }));
}

export const statFormat: OutputFormat = {
  name: 'stat',
  summary: "git's diffstat of the patch: changed lines per file and a total (--stat)",
  commands: ['diff', 'check'],
  machineReadable: false,
  splitsIntoFiles: false,
  build: (result) => singlePart(Buffer.from(formatDiffstat(statsOf(result)), 'utf8'), 'changes.stat'),
};
