// Runs transforms over one decoded file: parse once, collect edits, refuse conflicts and edits near
// broken code, apply in one pass, and re-parse to reject edits that break the syntax.
import { adaptLineBreaks, isAscii } from './source-text.js';
import { applyEdits, dedupeEdits, editedRanges, findConflicts, sortEdits } from './edits.js';
import { describeSyntaxError, findSyntaxErrors } from './languages/tree-sitter-core.js';
import { reparseAfterEdits } from './incremental-reparse.js';
import { LineIndex } from './line-index.js';
import { languageForPath } from './languages/index.js';
import { fileNeeds, needsParsing } from './file-needs.js';
import { applySuppressions, breakingDirective } from './suppressions.js';
import { effectiveSeverity, isOff } from './severity.js';
import { anchorFindings } from './finding-anchor.js';
const ENGINE = 'engine';
/**
 * Applies `transforms` to `source` as `path`. Never throws for a transform's fault: a transform
 * that throws or returns bad edits fails the file with a diagnostic naming it.
 */
export function transformSource(path, source, transforms, options = {}, surroundings = {}) {
    const parsed = {};
    const outcome = transformWithNativeSeverities(path, source, transforms, options, surroundings, parsed);
    const policy = surroundings.severities;
    // A file fails on the errors transforms and the engine report themselves (above); only then are
    // the configured severities applied, so an `error` setting never fails a file it could handle.
    const relabel = (d) => ({ ...d, severity: effectiveSeverity(policy, d.origin, d.rule, d.severity) });
    const diagnostics = outcome.diagnostics.map(relabel);
    const suppressed = outcome.suppressed.map(relabel);
    const edits = outcome.edits.map((edit) => ({
        ...edit,
        severity: effectiveSeverity(policy, edit.transformId, edit.rule, 'warning'),
    }));
    if (parsed.tree === undefined || diagnostics.length + suppressed.length + edits.length === 0)
        return { ...outcome, diagnostics, suppressed, edits };
    // Every finding gets its anchor (the key of the baseline and of SARIF's fingerprints) here, where the tree is.
    const located = [
        ...[...diagnostics, ...suppressed].map((d) => ({ origin: d.origin, rule: d.rule, start: d.range.start, end: d.range.end })),
        ...edits.map((e) => ({ origin: e.transformId, rule: e.rule, start: e.start, end: e.end })),
    ];
    const language = languageForPath(path);
    const anchors = anchorFindings(parsed.tree, located, (node) => language.memberPath(node));
    const anchored = (items, from) => items.map((item, index) => ({ ...item, anchor: anchors[from + index] }));
    return {
        ...outcome,
        diagnostics: anchored(diagnostics, 0),
        suppressed: anchored(suppressed, diagnostics.length),
        edits: anchored(edits, diagnostics.length + suppressed.length),
    };
}
function transformWithNativeSeverities(path, source, transforms, options, surroundings, parsed) {
    const { text } = source;
    const policy = surroundings.severities;
    const language = languageForPath(path);
    if (language === undefined) {
        return {
            status: 'failed',
            text,
            newText: text,
            edits: [],
            diagnostics: [engineError({ start: 0, end: 0 }, `refused: ${path} is not a file type ucma-codemod reads`)],
            suppressed: [],
        };
    }
    const needs = fileNeeds(path, (needle) => text.includes(needle), transforms, surroundings.project !== undefined);
    const applicable = needs.transforms;
    // A file whose language reads suppression comments and that holds one is judged even when nothing runs.
    const suppressible = needs.suppressions;
    // An XML file is checked whole whenever an XML transform runs (see Language.documentProblem).
    const checkedWhole = needs.wholeDocument;
    // Parsing dominates the run time; a file that no transform needs is left unparsed.
    if (!needsParsing(needs))
        return { status: 'unchanged', text, newText: text, edits: [], diagnostics: [], suppressed: [] };
    const tree = language.parse(text);
    parsed.tree = tree;
    const broken = checkedWhole ? language.documentProblem?.(tree) : undefined;
    if (broken) {
        // A suppression comment written in another language's form is the likely cause: say so, there.
        const directive = language.suppressionComments && breakingDirective(text, tree, language.suppressionComments);
        const error = directive
            ? engineError(directive, `the file is ${broken.message}: ${directive.message}`)
            : engineError(broken, `the file is ${broken.message}`);
        return { status: 'failed', text, newText: text, edits: [], diagnostics: [error], suppressed: [] };
    }
    if (applicable.length === 0 && !suppressible)
        return { status: 'unchanged', text, newText: text, edits: [], diagnostics: [], suppressed: [] };
    const fileProblem = language.fileProblem(tree, source);
    if (fileProblem)
        return {
            status: 'failed',
            text,
            newText: text,
            edits: [],
            diagnostics: [engineError({ start: 0, end: 0 }, `refused: ${fileProblem}`)],
            suppressed: [],
        };
    const diagnostics = [];
    const edits = [];
    const context = { path, text, tree, options, ...(surroundings.projectFiles ? { projectFiles: surroundings.projectFiles } : {}) };
    for (const transform of applicable) {
        const id = transform.meta.id;
        let result;
        try {
            const project = transform.meta.needsProject ? surroundings.project : undefined;
            result = transform.run(project ? { ...context, project } : context);
        }
        catch (thrown) {
            const reason = thrown instanceof Error ? thrown.message : String(thrown);
            diagnostics.push(engineError({ start: 0, end: 0 }, `transform ${id} threw while processing ${path}: ${reason}`, id));
            continue;
        }
        const problem = validateResult(result, text.length);
        if (problem) {
            diagnostics.push(engineError({ start: 0, end: 0 }, `transform ${id} returned ${problem}`, id));
            continue;
        }
        // meta.kind is a promise to the user: a report transform never changes a file.
        if (transform.meta.kind === 'report' && (result?.edits?.length ?? 0) > 0) {
            diagnostics.push(engineError({ start: 0, end: 0 }, `transform ${id} is a report transform (meta.kind "report") but returned edits; nothing in this file was changed`, id));
            continue;
        }
        // -t <transform>/<rule> keeps one rule's results; a rule set to `off` is not part of the run.
        const selected = (item) => isSelected(transform, item.rule) && !isOff(policy, id, item.rule);
        for (const diagnostic of (result?.diagnostics ?? []).filter(selected))
            diagnostics.push({ ...diagnostic, origin: id });
        for (const edit of (result?.edits ?? []).filter(selected)) {
            const adapted = adaptLineBreaks(edit.text, source, text, edit.start);
            if (source.encoding === 'latin1' && !isAscii(adapted)) {
                diagnostics.push(engineError(edit, `transform ${id} inserts non-ASCII text into an 8-bit (non-UTF-8) file; refused, because its code page is unknown`, id));
                continue;
            }
            edits.push({
                start: edit.start,
                end: edit.end,
                text: adapted,
                transformId: id,
                ...(edit.rule === undefined ? {} : { rule: edit.rule }),
                ...(edit.message === undefined ? {} : { message: edit.message }),
                ...(edit.evidence === undefined ? {} : { evidence: edit.evidence }),
            });
        }
    }
    // Suppression comments (see suppressions.ts) silence findings and edits on their next line.
    const byId = new Map(transforms.map((t) => [t.meta.id, t]));
    const suppressed = suppressible && language.suppressionComments
        ? applySuppressions(text, tree, language.suppressionComments, diagnostics, edits, {
            judged: (name) => isJudged(name, byId, policy),
            known: new Set([...byId.keys(), ...(surroundings.knownTransformIds ?? [])]),
        })
        : { diagnostics, edits, suppressed: [] };
    diagnostics.splice(0, diagnostics.length, ...suppressed.diagnostics);
    const unchanged = (status) => ({
        status,
        text,
        newText: text,
        edits: [],
        diagnostics,
        suppressed: suppressed.suppressed,
    });
    if (diagnostics.some((d) => d.severity === 'error'))
        return unchanged('failed');
    const sorted = dedupeEdits(sortEdits(suppressed.edits)).filter((edit) => !isNoOp(text, edit));
    if (sorted.length === 0)
        return unchanged('unchanged');
    const conflicts = findConflicts(sorted);
    if (conflicts.length > 0) {
        const lines = new LineIndex(text);
        for (const { first, second } of conflicts) {
            diagnostics.push(engineError(second, `conflicting edits: ${first.transformId} changes ${span(lines, first)} and ${second.transformId} changes ${span(lines, second)}; nothing in this file was changed`));
        }
        return unchanged('failed');
    }
    const guarded = applyWithGuards(text, tree, sorted, language);
    diagnostics.push(...guarded.diagnostics);
    if (guarded.newText === undefined)
        return unchanged('failed');
    return { status: 'changed', text, newText: guarded.newText, edits: sorted, diagnostics, suppressed: suppressed.suppressed };
}
/**
 * Whether this run looked for the findings a suppression name stands for: `id` when the whole
 * transform ran, `id/rule` when that rule ran (not left out by `-t id/other-rule`, not `off`).
 */
function isJudged(name, transforms, policy) {
    const slash = name.indexOf('/');
    const transform = transforms.get(slash === -1 ? name : name.slice(0, slash));
    if (!transform)
        return false;
    if (slash === -1)
        return transform.selectedRules === undefined;
    const rule = name.slice(slash + 1);
    return isSelected(transform, rule) && !isOff(policy, transform.meta.id, rule);
}
/**
 * Applies sorted, non-overlapping edits unless one sits in a declaration that does not parse or
 * the result has a syntax error the original did not. Used by the engine and by `review` for the
 * subset of changes a person accepted. The re-parse is incremental, from `tree`, which it leaves
 * as it is.
 */
export function applyWithGuards(text, tree, sorted, language) {
    // Line numbers are needed only for a refusal's message.
    let lineIndex;
    const lines = () => (lineIndex ??= new LineIndex(text));
    const diagnostics = [];
    for (const edit of sorted) {
        const lexical = language.lexicalProblem(text, tree, edit);
        if (lexical) {
            const where = lines().positionAt(edit.start);
            diagnostics.push(engineError(edit, `refused an edit by ${edit.transformId} at ${where.line}:${where.column}: ${lexical}`));
            continue;
        }
        const site = language.syntaxErrorsIn(enclosingRegion(tree, edit, language))[0];
        if (site) {
            const where = lines().positionAt(site.start);
            diagnostics.push(engineError(edit, `refused to edit: the code around this edit by ${edit.transformId} does not parse (${describeSyntaxError(site)} at ${where.line}:${where.column}); fix the syntax and run again`));
        }
    }
    if (diagnostics.length > 0)
        return { newText: undefined, diagnostics };
    const newText = applyEdits(text, sorted);
    const oldErrorCount = findSyntaxErrors(tree.rootNode).length;
    const newTree = reparseAfterEdits(language, tree, text, newText, sorted);
    const broken = findIntroducedSyntaxError(oldErrorCount, newTree, sorted, language);
    if (broken) {
        const where = new LineIndex(newText).positionAt(broken.start);
        const owners = [...new Set(sorted.map((e) => e.transformId))].join(', ');
        diagnostics.push(engineError({ start: 0, end: 0 }, `refused: the edits of ${owners} would introduce a syntax error (${describeSyntaxError(broken)} at ${where.line}:${where.column} of the edited text); nothing in this file was changed`));
        return { newText: undefined, diagnostics };
    }
    return { newText, diagnostics };
}
/** The smallest region of the language (C#: declaration, directive or compilation unit; XML: the document) that contains the edit. */
function enclosingRegion(tree, edit, language) {
    let node = tree.rootNode.descendantForIndex(edit.start, Math.max(edit.start, edit.end - 1));
    while (node && !(language.regionTypes.has(node.type) && node.startIndex <= edit.start && edit.end <= node.endIndex)) {
        node = node.parent;
    }
    return node ?? tree.rootNode;
}
/** A syntax error in the new tree that the edits caused, or undefined. */
function findIntroducedSyntaxError(oldErrorCount, newTree, sorted, language) {
    if (!newTree.rootNode.hasError)
        return undefined;
    for (const range of editedRanges(sorted)) {
        const site = language.syntaxErrorsIn(enclosingRegion(newTree, range, language))[0];
        if (site)
            return site;
    }
    // Only then walk both whole trees: an edit may also break code far from itself.
    const newSites = findSyntaxErrors(newTree.rootNode);
    return newSites.length > oldErrorCount ? newSites[0] : undefined;
}
/** With `-t transform/rule`, only that rule's results are kept; results without a rule always are. */
function isSelected(transform, rule) {
    return transform.selectedRules === undefined || rule === undefined || transform.selectedRules.has(rule);
}
function isNoOp(text, edit) {
    return text.slice(edit.start, edit.end) === edit.text;
}
function validateResult(result, length) {
    if (result === undefined || result === null)
        return undefined;
    if (typeof result.then === 'function') {
        // Its outcome can never count; keep a rejection from surfacing later as "unhandled".
        Promise.resolve(result).catch(() => undefined);
        return 'a promise (is run async?); run must return { edits, diagnostics } itself, so nothing it found counts';
    }
    if (typeof result !== 'object')
        return `${typeof result} instead of { edits, diagnostics }`;
    const { edits, diagnostics } = result;
    if (edits !== undefined && !Array.isArray(edits))
        return 'edits that are not an array';
    if (diagnostics !== undefined && !Array.isArray(diagnostics))
        return 'diagnostics that are not an array';
    for (const edit of edits ?? []) {
        if (!edit ||
            typeof edit.text !== 'string' ||
            !isRange(edit, length) ||
            (edit.message !== undefined && typeof edit.message !== 'string')) {
            return `an invalid edit ${JSON.stringify(edit)} (need integer 0 <= start <= end <= ${length}, string text and, if any, a string message)`;
        }
    }
    for (const d of diagnostics ?? []) {
        if (!d || typeof d.message !== 'string' || !isSeverity(d.severity) || !d.range || !isRange(d.range, length)) {
            return `an invalid diagnostic ${JSON.stringify(d)} (need severity, message and range)`;
        }
    }
    return undefined;
}
function isRange(range, length) {
    const { start, end } = range;
    return (Number.isInteger(start) &&
        Number.isInteger(end) &&
        start >= 0 &&
        start <= end &&
        end <= length);
}
function isSeverity(value) {
    return value === 'error' || value === 'warning' || value === 'info';
}
function engineError(range, message, origin = ENGINE) {
    return { severity: 'error', message, range: { start: range.start, end: range.end }, origin };
}
function span(lines, edit) {
    const a = lines.positionAt(edit.start);
    const b = lines.positionAt(edit.end);
    return `${a.line}:${a.column}-${b.line}:${b.column}`;
}
