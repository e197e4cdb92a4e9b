/** Counts files by status and diagnostics by severity. */
export function totalsOf(result) {
    const totals = { changed: 0, unchanged: 0, skipped: 0, failed: 0, errors: 0, warnings: 0, infos: 0 };
    for (const file of result.files) {
        totals[file.status]++;
        for (const d of file.diagnostics) {
            if (d.severity === 'error')
                totals.errors++;
            else if (d.severity === 'warning')
                totals.warnings++;
            else
                totals.infos++;
        }
    }
    return totals;
}
/** The severity of a needed change (see ReportedEdit.severity). */
export function severityOfEdit(edit) {
    return edit.severity ?? 'warning';
}
/** A file's edits in the engine's form, for patches and writes. */
export function ownedEdits(edits) {
    return edits.map((edit) => ({
        start: edit.start.offset,
        end: edit.end.offset,
        text: edit.newText,
        transformId: edit.transform,
        ...(edit.rule === undefined ? {} : { rule: edit.rule }),
    }));
}
/** A file result with nothing in it yet. */
export function fileResult(fields) {
    return { diagnostics: [], acknowledged: [], edits: [], declined: [], written: false, ...fields };
}
