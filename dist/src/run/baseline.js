// A baseline: the findings a team knows about and has decided to live with for now (Semgrep's
// baselines, ESLint's bulk suppressions), so that a run fails only on new ones. One entry per
// finding, keyed by its fingerprint (see fingerprint.ts), never by a count per file and rule: a
// fixed finding swapped for a new one of the same rule shows as one stale entry and one new
// finding. Only findings that need a person go in (warnings, and rules set to error); a change the
// tool can make is never one, and stays a failure of check.
//
// The file is text, one JSON object per line after a comment header, sorted by path, rule, member
// and fingerprint, so that it reviews well in a diff and does not depend on the order of the run.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { UserError } from '../platform/user-error.js';
import { projectPathOf } from './fingerprint.js';
const BASELINE_VERSION = 1;
const HEADER = [
    `# ucma-codemod baseline ${BASELINE_VERSION}: findings a person has to act on, known when this file was written.`,
    '# check --baseline FILE fails only on findings not listed here. One finding per line, sorted;',
    '# written by "ucma-codemod check --write-baseline FILE", stale entries dropped by "check --baseline FILE --prune-baseline".',
];
/** The baseline file's text: the header, then the entries sorted, one per line. Equal entries give equal bytes. */
export function formatBaseline(entries) {
    const unique = new Map(entries.map((entry) => [entry.fingerprint, entry]));
    const sorted = [...unique.values()].sort((a, b) => compare(a.path, b.path) || compare(a.rule, b.rule) || compare(a.member, b.member) || compare(a.fingerprint, b.fingerprint));
    const lines = sorted.map((entry) => JSON.stringify({ path: entry.path, rule: entry.rule, member: entry.member, snippet: entry.snippet, fingerprint: entry.fingerprint }));
    return `${[...HEADER, ...lines].join('\n')}\n`;
}
/** Reads a baseline file's text; a line that is not an entry is an error naming the file and the line. */
export function parseBaseline(text, path) {
    const entries = [];
    text.split(/\r?\n/).forEach((line, index) => {
        if (line.trim() === '' || line.startsWith('#'))
            return;
        const problem = (why) => new UserError({
            path: `${path}:${index + 1}:`,
            reason: `not a baseline entry (${why})`,
            hint: 'A baseline holds one JSON object per line, as "ucma-codemod check --write-baseline FILE" writes it.',
        });
        let value;
        try {
            value = JSON.parse(line);
        }
        catch {
            throw problem('not JSON');
        }
        const entry = value;
        for (const key of ['path', 'rule', 'member', 'snippet', 'fingerprint'])
            if (typeof entry?.[key] !== 'string')
                throw problem(`"${key}" must be a string`);
        if (!/^[0-9a-f]{16}$/.test(entry.fingerprint))
            throw problem('"fingerprint" must be 16 hex digits');
        entries.push(entry);
    });
    return entries;
}
/** True when a finding can go in a baseline: it needs a person (not an info), is a transform's, and its file was processed. */
function isBaselinable(file, finding) {
    return file.status !== 'failed' && finding.origin !== 'engine' && finding.severity !== 'info' && finding.fingerprint !== undefined;
}
function entryOf(finding) {
    const print = finding.fingerprint;
    return {
        path: print.path,
        rule: finding.rule === undefined ? finding.origin : `${finding.origin}/${finding.rule}`,
        member: print.member,
        snippet: print.snippet,
        fingerprint: print.hash,
    };
}
/** True when this run judged the entry: its rule ran, and its file was processed, or is gone from a folder the run walked. */
function isJudged(entry, processed, present, scope) {
    if (!scope.ruleRan(entry.rule))
        return false;
    if (processed.has(entry.path))
        return true;
    if (present.has(entry.path))
        return false;
    const absolute = resolve(scope.root.root, ...entry.path.split('/'));
    return scope.walked.some((folder) => {
        const inside = relative(folder, absolute);
        return inside !== '' && !inside.startsWith(`..${sep}`) && inside !== '..' && !isAbsolute(inside);
    });
}
/**
 * The run's result with every finding listed in `entries` moved to `acknowledged` (state
 * `baseline`), and the entries whose finding is gone. Needed changes stay as they are.
 */
export function applyBaseline(result, entries, path, scope) {
    const known = new Set(entries.map((entry) => entry.fingerprint));
    const used = new Set();
    const files = result.files.map((file) => {
        const moved = [];
        const kept = [];
        for (const finding of file.diagnostics) {
            const hash = finding.fingerprint?.hash;
            if (hash !== undefined && known.has(hash))
                used.add(hash);
            if (hash !== undefined && known.has(hash) && isBaselinable(file, finding))
                moved.push({ ...finding, state: 'baseline' });
            else
                kept.push(finding);
        }
        for (const finding of file.acknowledged)
            if (finding.fingerprint && known.has(finding.fingerprint.hash))
                used.add(finding.fingerprint.hash);
        return moved.length === 0 ? file : { ...file, diagnostics: kept, acknowledged: [...file.acknowledged, ...moved] };
    });
    const { processed, present } = pathsOf(result, scope.root);
    const stale = entries.filter((entry) => !used.has(entry.fingerprint) && isJudged(entry, processed, present, scope));
    return { result: { ...result, files, baseline: { path, stale } }, stale };
}
/**
 * The entries of a new baseline: every finding of this run that needs a person (known ones
 * included), and the old entries this run did not judge (other files, rules that did not run),
 * so that a partial run (some paths, --staged, -t) never drops them.
 */
export function baselineEntriesOf(result, previous, scope) {
    const current = result.files.flatMap((file) => [...file.diagnostics, ...file.acknowledged.filter((d) => d.state === 'baseline')].filter((d) => isBaselinable(file, d)).map(entryOf));
    const { processed, present } = pathsOf(result, scope.root);
    const untouched = previous.filter((entry) => !isJudged(entry, processed, present, scope));
    return [...current, ...untouched];
}
/** The entries of `previous` that this run did not find stale (what --prune-baseline keeps). */
export function prunedEntries(previous, stale) {
    const gone = new Set(stale.map((entry) => entry.fingerprint));
    return previous.filter((entry) => !gone.has(entry.fingerprint));
}
/** Project paths of the files the run processed (its findings are all there) and of every file it named. */
function pathsOf(result, root) {
    const processed = new Set();
    const present = new Set();
    for (const file of result.files) {
        const path = projectPathOf(file.path, root);
        present.add(path);
        if (file.status === 'changed' || file.status === 'unchanged')
            processed.add(path);
    }
    return { processed, present };
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
