// What the editor shows for one checked buffer: the run's record of the file (the same record the
// CLI prints) turned into findings, each with its LSP diagnostic, its code and, for a needed change,
// the tool's own edits that make it. Quick fixes and hovers read these findings, never the
// diagnostics a client sends back.
import { DiagnosticSeverity } from 'vscode-languageserver';
import { ENGINE_CODE, findingCode } from '../engine/finding-codes.js';
import { languageForPathOrThrow } from '../engine/languages/index.js';
import { applyWithGuards } from '../engine/transform-source.js';
import { ownedEdits, severityOfEdit } from '../run/run-result.js';
/** The name clients show as the diagnostics' source. */
const SOURCE_NAME = 'ucma-codemod';
/** The findings of one file record, in the order the diagnostics are published. */
export function findingsOf(file, text, transformsById) {
    const findings = [];
    const describe = (owner, rule) => {
        const transform = transformsById.get(owner);
        const code = findingCode(owner, rule, transform);
        const url = transform?.meta.source.url;
        return { code, ...(url === undefined ? {} : { codeDescription: { href: url } }) };
    };
    for (const group of groupChanges(text, file.path, file.edits)) {
        const first = group.edits[0];
        const last = group.edits[group.edits.length - 1];
        const transform = transformsById.get(first.transform);
        const title = transform?.meta.rules?.find((r) => r.id === first.rule)?.title ?? transform?.meta.title ?? first.transform;
        // The rule's configured severity (a needed change is a warning by default), and the
        // transform's own words for the change where it gives them, as the CLI prints them.
        const severity = severityOfEdit(first);
        const message = `${severity === 'info' ? 'can change' : 'needs change'}: ${first.message ?? title}`;
        const { code, ...link } = describe(first.transform, first.rule);
        findings.push({
            kind: 'change',
            owner: first.transform,
            rule: first.rule,
            severity,
            message,
            start: first.start.offset,
            end: last.end.offset,
            code,
            evidence: group.edits.find((edit) => edit.evidence !== undefined)?.evidence,
            edits: group.edits,
            fixable: group.fixable,
            diagnostic: diagnostic(rangeOf(first.start, last.end), severity, message, code, link),
        });
    }
    for (const d of file.diagnostics) {
        const { code, ...link } = describe(d.origin, d.rule);
        findings.push({
            kind: 'diagnostic',
            owner: d.origin,
            rule: d.rule,
            severity: d.severity,
            message: d.message,
            start: d.start.offset,
            end: d.end.offset,
            code,
            evidence: d.evidence,
            edits: [],
            fixable: () => false,
            diagnostic: diagnostic(rangeOf(d.start, d.end), d.severity, d.message, code, link),
        });
    }
    if (file.reason !== undefined) {
        const severity = file.status === 'failed' ? 'error' : 'info';
        const message = `${file.status}: ${file.reason}`;
        const origin = { offset: 0, line: 1, column: 1 };
        findings.push({
            kind: 'file',
            owner: 'engine',
            rule: undefined,
            severity,
            message,
            start: 0,
            end: 0,
            code: ENGINE_CODE,
            evidence: undefined,
            edits: [],
            fixable: () => false,
            diagnostic: diagnostic(rangeOf(origin, origin), severity, message, ENGINE_CODE, {}),
        });
    }
    return findings;
}
/** An LSP position from a reported one (1-based line and column in UTF-16 units, as LSP counts). */
export function positionOf(position) {
    return { line: position.line - 1, character: position.column - 1 };
}
function rangeOf(start, end) {
    return { start: positionOf(start), end: positionOf(end) };
}
const SEVERITIES = {
    error: DiagnosticSeverity.Error,
    warning: DiagnosticSeverity.Warning,
    info: DiagnosticSeverity.Information,
};
function diagnostic(range, severity, message, code, link) {
    return { range, severity: SEVERITIES[severity], code, source: SOURCE_NAME, message, ...link };
}
// The syntax a change is anchored in: the smallest statement or declaration (C#), or element (XML).
const ANCHOR = /(_statement|_declaration|^element)$/;
/**
 * The file's edits as the changes a person can make one at a time. A transform may make one change
 * with several edits (`SetProxyInformation(` + `new ConnectionContext(` ... `)`): consecutive edits
 * of the same transform and rule in the same statement or declaration (element, in XML) are one
 * change. Whether a change can be made alone is the engine's question (its guards), asked lazily;
 * a change that cannot is still shown, but only "fix all" makes it.
 */
export function groupChanges(text, path, edits) {
    if (edits.length === 0)
        return [];
    const language = languageForPathOrThrow(path);
    let tree;
    const parsed = () => (tree ??= language.parse(text));
    const anchorOf = (edit) => {
        let node = parsed().rootNode.descendantForIndex(edit.start.offset, Math.max(edit.start.offset, edit.end.offset - 1));
        while (node && node.parent && !ANCHOR.test(node.type))
            node = node.parent;
        return node ? `${node.startIndex}:${node.endIndex}` : '';
    };
    const groups = [];
    for (const edit of edits) {
        const key = `${edit.transform}/${edit.rule ?? ''}@${anchorOf(edit)}`;
        const last = groups[groups.length - 1];
        if (last && last.key === key)
            last.edits.push(edit);
        else
            groups.push({ key, edits: [edit] });
    }
    return groups.map(({ edits: grouped }) => {
        let answer;
        return {
            edits: grouped,
            // All the file's edits passed the guards together; a part of them must be asked again.
            fixable: () => (answer ??=
                grouped.length === edits.length || applyWithGuards(text, parsed(), ownedEdits(grouped), language).newText !== undefined),
        };
    });
}
