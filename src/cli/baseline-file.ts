// The CLI side of a baseline (`--baseline FILE`, `check --write-baseline FILE`, `check
// --prune-baseline`): reads and writes the file, and hands the run's result on with the known
// findings acknowledged. What a baseline is, and what it holds, is run/baseline's.
import { lstatSync } from 'node:fs';
import { relative } from 'node:path';
import { describeFsError } from '../platform/fs-error.js';
import { entryExists, readSettingsFile } from '../platform/settings-file.js';
import { openReportFile } from './output-sink.js';
import { UserError } from '../platform/user-error.js';
import { isOff, type SeverityPolicy } from '../engine/severity.js';
import type { Transform } from '../engine/transform.js';
import {
  applyBaseline,
  baselineEntriesOf,
  formatBaseline,
  parseBaseline,
  prunedEntries,
  type BaselineEntry,
  type BaselineScope,
} from '../run/baseline.js';
import type { FingerprintRoot } from '../run/fingerprint.js';
import type { RunResult } from '../run/run-result.js';

/** Largest baseline read: about 50,000 findings. */
const MAX_BASELINE_BYTES = 16 * 1024 * 1024;

export interface BaselineRequest {
  /** --baseline FILE (or the config's "baseline"), absolute. */
  readonly baseline: string | undefined;
  /** --write-baseline FILE, absolute. */
  readonly writeBaseline: string | undefined;
  readonly prune: boolean;
  readonly root: FingerprintRoot;
  /** The folders the run walked, absolute. */
  readonly walked: readonly string[];
  readonly transforms: readonly Transform[];
  readonly severities: SeverityPolicy | undefined;
}

/** Refuses a --baseline file that cannot be read before the run costs anything. */
export function assertBaselineReadable(request: Pick<BaselineRequest, 'baseline' | 'writeBaseline'>, cwd: string): void {
  const file = request.baseline;
  if (file === undefined || request.writeBaseline !== undefined) return;
  if (!entryExists(file))
    throw new UserError({
      path: `${relative(cwd, file) || file}:`,
      reason: 'the baseline file does not exist',
      hint: 'Write one with: ucma-codemod check --write-baseline FILE',
    });
  if (lstatSync(file).isDirectory())
    throw new UserError({ path: `${relative(cwd, file)}:`, reason: 'is a folder; --baseline needs a file' });
}

/**
 * The result as the verdict and the reports see it: with a baseline, its known findings
 * acknowledged and its stale entries named; after --write-baseline or --prune-baseline, the file
 * written and the result judged against what it now holds. `note` receives one line per file written.
 */
export async function settleBaseline(result: RunResult, request: BaselineRequest, note: (line: string) => void): Promise<RunResult> {
  if (request.baseline === undefined && request.writeBaseline === undefined) return result;
  const scope: BaselineScope = { root: request.root, walked: request.walked, ruleRan: (rule) => ruleRan(rule, request) };
  const given = request.baseline === undefined ? [] : await readEntries(request.baseline, request.writeBaseline !== undefined);
  const applied = request.baseline === undefined ? undefined : applyBaseline(result, given, request.baseline, scope);

  let written: { path: string; entries: BaselineEntry[] } | undefined;
  if (request.writeBaseline !== undefined) {
    const previous = entryExists(request.writeBaseline) ? await readEntries(request.writeBaseline, false) : given;
    written = { path: request.writeBaseline, entries: baselineEntriesOf(applied?.result ?? result, previous, scope) };
  } else if (request.prune && request.baseline !== undefined && applied) {
    written = { path: request.baseline, entries: prunedEntries(given, applied.stale) };
    note(
      `ucma-codemod: removed ${count(applied.stale.length, 'stale entry', 'stale entries')} from ${relative(request.root.cwd, written.path) || written.path}`,
    );
  }
  if (!written) return applied!.result;
  const text = formatBaseline(written.entries);
  // As every file the tool writes for a person: never through a link, replaced whole or not at all.
  const failed = (thrown: unknown) =>
    new UserError({
      path: `${relative(request.root.cwd, written.path)}:`,
      reason: `cannot write the baseline: ${describeFsError(thrown)}`,
    });
  const file = await openReportFile(request.root.cwd, written.path, failed);
  try {
    await file.write(Buffer.from(text, 'utf8'));
    await file.commit();
  } catch (thrown) {
    await file.abort();
    throw thrown instanceof UserError ? thrown : failed(thrown);
  }
  if (request.writeBaseline !== undefined)
    note(
      `ucma-codemod: wrote ${count(text.split('\n').filter((line) => line.startsWith('{')).length, 'entry', 'entries')} to ${relative(request.root.cwd, written.path) || written.path}`,
    );
  // Judged again against what the file now holds: nothing in it is stale, everything it lists is known.
  return applyBaseline(result, parseBaseline(text, written.path), written.path, scope).result;
}

async function readEntries(path: string, missingIsEmpty: boolean): Promise<BaselineEntry[]> {
  // Read as a settings file (a checkout may plant it): never through a link or from a FIFO, bounded.
  const bytes = readSettingsFile(path, MAX_BASELINE_BYTES);
  if (bytes === undefined) {
    if (missingIsEmpty) return [];
    throw new UserError({ path: `${path}:`, reason: 'cannot read the baseline: no such file or directory' });
  }
  return parseBaseline(bytes.toString('utf8'), path);
}

/** Whether the run looked for the findings of `rule` (`transform` or `transform/rule`). */
function ruleRan(rule: string, request: BaselineRequest): boolean {
  const [transformId, ruleId] = rule.split('/') as [string, string | undefined];
  const transform = request.transforms.find((t) => t.meta.id === transformId);
  if (!transform || isOff(request.severities, transformId, ruleId)) return false;
  // Findings without a rule are kept whatever -t <transform>/<rule> selects.
  return ruleId === undefined || transform.selectedRules === undefined || transform.selectedRules.has(ruleId);
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
