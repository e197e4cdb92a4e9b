// The CLI side of a baseline (`--baseline FILE`, `check --write-baseline FILE`, `check
// --prune-baseline`): reads and writes the file, and hands the run's result on with the known
// findings acknowledged. What a baseline is, and what it holds, is run/baseline's.
import { existsSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { describeFsError } from '../platform/fs-error.js';
import { UserError } from '../platform/user-error.js';
import { isOff } from '../engine/severity.js';
import { applyBaseline, baselineEntriesOf, formatBaseline, parseBaseline, prunedEntries, } from '../run/baseline.js';
/** Refuses a --baseline file that cannot be read before the run costs anything. */
export function assertBaselineReadable(request, cwd) {
    const file = request.baseline;
    if (file === undefined || request.writeBaseline !== undefined)
        return;
    if (!existsSync(file))
        throw new UserError({
            path: `${relative(cwd, file) || file}:`,
            reason: 'the baseline file does not exist',
            hint: 'Write one with: ucma-codemod check --write-baseline FILE',
        });
    if (statSync(file).isDirectory())
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
        const previous = existsSync(request.writeBaseline) ? await readEntries(request.writeBaseline, false) : given;
        written = { path: request.writeBaseline, entries: baselineEntriesOf(applied?.result ?? result, previous, scope) };
    }
    else if (request.prune && request.baseline !== undefined && applied) {
        written = { path: request.baseline, entries: prunedEntries(given, applied.stale) };
        note(`ucma-codemod: removed ${count(applied.stale.length, 'stale entry', 'stale entries')} from ${relative(request.root.cwd, written.path) || written.path}`);
    }
    if (!written)
        return applied.result;
    const text = formatBaseline(written.entries);
    try {
        await writeFile(written.path, text);
    }
    catch (thrown) {
        throw new UserError({
            path: `${relative(request.root.cwd, written.path)}:`,
            reason: `cannot write the baseline: ${describeFsError(thrown)}`,
        });
    }
    if (request.writeBaseline !== undefined)
        note(`ucma-codemod: wrote ${count(text.split('\n').filter((line) => line.startsWith('{')).length, 'entry', 'entries')} to ${relative(request.root.cwd, written.path) || written.path}`);
    // Judged again against what the file now holds: nothing in it is stale, everything it lists is known.
    return applyBaseline(result, parseBaseline(text, written.path), written.path, scope).result;
}
async function readEntries(path, missingIsEmpty) {
    let text;
    try {
        text = await readFile(path, 'utf8');
    }
    catch (thrown) {
        if (missingIsEmpty && thrown.code === 'ENOENT')
            return [];
        throw new UserError({ path: `${path}:`, reason: `cannot read the baseline: ${describeFsError(thrown)}` });
    }
    return parseBaseline(text, path);
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
