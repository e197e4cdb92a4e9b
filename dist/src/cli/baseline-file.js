// The CLI side of a baseline (`--baseline FILE`, `check --write-baseline FILE`, `check
// --prune-baseline`): reads and writes the file, and hands the run's result on with the known
// findings acknowledged. What a baseline is, and what it holds, is run/baseline's.
import { lstatSync } from 'node:fs';
import { relative } from 'node:path';
import { describeFsError } from '../platform/fs-error.js';
import { entryExists, readSettingsFile } from '../platform/settings-file.js';
import { openReportFile } from './output-sink.js';
import { UserError } from '../platform/user-error.js';
import { isOff } from '../engine/severity.js';
import { applyBaseline, baselineEntriesOf, formatBaseline, parseBaseline, prunedEntries, } from '../run/baseline.js';
/** Largest baseline read: about 50,000 findings. */
const MAX_BASELINE_BYTES = 16 * 1024 * 1024;
/** Refuses a --baseline file that cannot be read before the run costs anything. */
export function assertBaselineReadable(request, cwd) {
    const file = request.baseline;
    if (file === undefined || request.writeBaseline !== undefined)
        return;
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
export async function settleBaseline(result, request, note) {
    if (request.baseline === undefined && request.writeBaseline === undefined)
        return result;
    const scope = { root: request.root, walked: request.walked, ruleRan: (rule) => ruleRan(rule, request) };
    const given = request.baseline === undefined ? [] : await readEntries(request.baseline, request.writeBaseline !== undefined);
    const applied = request.baseline === undefined ? undefined : applyBaseline(result, given, request.baseline, scope);
    let written;
    if (request.writeBaseline !== undefined) {
        const previous = entryExists(request.writeBaseline) ? await readEntries(request.writeBaseline, false) : given;
        written = { path: request.writeBaseline, entries: baselineEntriesOf(applied?.result ?? result, previous, scope) };
    }
    else if (request.prune && request.baseline !== undefined && applied) {
        written = { path: request.baseline, entries: prunedEntries(given, applied.stale) };
        note(`ucma-codemod: removed ${count(applied.stale.length, 'stale entry', 'stale entries')} from ${relative(request.root.cwd, written.path) || written.path}`);
    }
    if (!written)
        return applied.result;
    const text = formatBaseline(written.entries);
    // As every file the tool writes for a person: never through a link, replaced whole or not at all.
    const failed = (thrown) => new UserError({
        path: `${relative(request.root.cwd, written.path)}:`,
        reason: `cannot write the baseline: ${describeFsError(thrown)}`,
    });
    const file = await openReportFile(request.root.cwd, written.path, failed);
    try {
        await file.write(Buffer.from(text, 'utf8'));
        await file.commit();
    }
    catch (thrown) {
        await file.abort();
        throw thrown instanceof UserError ? thrown : failed(thrown);
    }
    if (request.writeBaseline !== undefined)
        note(`ucma-codemod: wrote ${count(text.split('\n').filter((line) => line.startsWith('{')).length, 'entry', 'entries')} to ${relative(request.root.cwd, written.path) || written.path}`);
    // Judged again against what the file now holds: nothing in it is stale, everything it lists is known.
    return applyBaseline(result, parseBaseline(text, written.path), written.path, scope).result;
}
async function readEntries(path, missingIsEmpty) {
    // Read as a settings file (a checkout may plant it): never through a link or from a FIFO, bounded.
    const bytes = readSettingsFile(path, MAX_BASELINE_BYTES);
    if (bytes === undefined) {
        if (missingIsEmpty)
            return [];
        throw new UserError({ path: `${path}:`, reason: 'cannot read the baseline: no such file or directory' });
    }
    return parseBaseline(bytes.toString('utf8'), path);
}
/** Whether the run looked for the findings of `rule` (`transform` or `transform/rule`). */
function ruleRan(rule, request) {
    const [transformId, ruleId] = rule.split('/');
    const transform = request.transforms.find((t) => t.meta.id === transformId);
    if (!transform || isOff(request.severities, transformId, ruleId))
        return false;
    // Findings without a rule are kept whatever -t <transform>/<rule> selects.
    return ruleId === undefined || transform.selectedRules === undefined || transform.selectedRules.has(ruleId);
}
function count(n, one, many) {
    return `${n} ${n === 1 ? one : many}`;
}
