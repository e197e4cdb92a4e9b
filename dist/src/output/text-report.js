// The human-readable report on stderr: one line per diagnostic or file problem, then a summary.
import { describeMigrationTarget, isMigrationDeclared } from '../platform/migration-target.js';
import { findingId } from './output-format.js';
import { totalsOf } from '../run/run-result.js';
import { formatFixHint } from './fix-hint.js';
/** `path:line:col: severity: message [origin]` */
export function formatDiagnostic(path, diagnostic, palette) {
    const severity = diagnostic.severity === 'error'
        ? palette.red('error')
        : diagnostic.severity === 'warning'
            ? palette.yellow('warning')
            : palette.cyan('info');
    const where = `${path}:${diagnostic.start.line}:${diagnostic.start.column}`;
    return `${palette.bold(where)}: ${severity}: ${diagnostic.message} ${palette.dim(`[${findingId(diagnostic)}]`)}`;
}
function formatFileProblem(file, palette) {
    if (file.reason === undefined)
        return undefined;
    const label = file.status === 'failed' ? palette.red('error') : palette.dim('skipped');
    return `${palette.bold(file.path)}: ${label}: ${file.reason}`;
}
/** What the summary calls the changed files, per command. */
const CHANGED_WORDS = {
    diff: ['file to change', 'files to change'],
    apply: ['file changed', 'files changed'],
    check: ['file needs changes', 'files need changes'],
    review: ['file changed', 'files changed'],
    report: ['file to change', 'files to change'],
    plan: ['file to change', 'files to change'],
};
/** All problem lines, then the summary line. Ends with a newline. */
export function formatTextReport(command, result, palette, seconds, hint, migration) {
    const lines = [];
    for (const file of result.files) {
        const problem = formatFileProblem(file, palette);
        if (problem)
            lines.push(problem);
        for (const diagnostic of file.diagnostics)
            lines.push(formatDiagnostic(file.path, diagnostic, palette));
        // apply and review name what they wrote, as prettier --write does, so nothing changes unseen.
        if ((command === 'apply' || command === 'review') && file.written)
            lines.push(`${palette.bold(file.path)}: ${palette.green('written')}`);
        if (command === 'check' && file.status === 'changed') {
            const ids = [...new Set(file.edits.map((edit) => findingId(edit)))].join(', ');
            lines.push(`${palette.bold(file.path)}: ${palette.yellow('needs change')}: ${ids}`);
        }
    }
    for (const removed of result.removedTempFiles)
        lines.push(`removed a temp file left by an interrupted run: ${removed}`);
    // The findings above were judged against it; say so when the run declares one.
    if (migration && isMigrationDeclared(migration))
        lines.push(`migration target: ${describeMigrationTarget(migration)}`);
    const t = totalsOf(result);
    const changed = `${t.changed} ${CHANGED_WORDS[command][t.changed === 1 ? 0 : 1]}`;
    // An unchanged file is not "unchanged" to a person when it still holds a change to make by hand
    // (a warning) or one they declined in review: those are counted apart.
    const left = result.files.filter((file) => file.status === 'unchanged');
    const byHand = left.filter((file) => file.diagnostics.some((d) => d.severity === 'warning')).length;
    const declined = left.filter((file) => file.declined.length > 0 && !file.diagnostics.some((d) => d.severity === 'warning')).length;
    const apart = [byHand > 0 ? `${byHand} to fix by hand` : '', declined > 0 ? `${declined} declined` : '']
        .filter(Boolean)
        .map((part) => `${part}, `)
        .join('');
    const rest = `${apart}${t.unchanged - byHand - declined} unchanged, ${t.skipped} skipped, ${t.failed} failed`;
    // The errors counted are the error lines above: error diagnostics, and each failed file's own
    // reason (a file that fails without a diagnostic), so "1 failed" never comes with "0 errors".
    const errors = t.errors + result.files.filter((file) => file.status === 'failed' && file.reason !== undefined).length;
    const diagnostics = t.warnings + errors > 0 ? `; ${errors} ${plural(errors, 'error')}, ${t.warnings} ${plural(t.warnings, 'warning')}` : '';
    const time = seconds === undefined ? '' : ` in ${seconds.toFixed(2)}s`;
    lines.push(`ucma-codemod ${command}: ${changed}, ${rest}${diagnostics}${time}`);
    if (command === 'check' && t.changed > 0) {
        const paths = result.files.filter((file) => file.status === 'changed').map((file) => quoteForShell(file.path));
        lines.push(hint
            ? formatFixHint(paths, hint)
            : `To make the changes: ucma-codemod apply ${paths.join(' ')}   (or review them: ucma-codemod review)`);
    }
    return `${lines.join('\n')}\n`;
}
export function quoteForShell(path) {
    // "./" keeps a name that starts with "-" from being read as an option.
    const safe = path.startsWith('-') ? `./${path}` : path;
    return /^[\w./-]+$/.test(safe) ? safe : `'${safe.replace(/'/g, `'\\''`)}'`;
}
function plural(count, word) {
    return count === 1 ? word : `${word}s`;
}
