import { LineIndex } from './line-index.js';
import { SUPPRESSION_DIRECTIVE } from './languages/suppression-syntax.js';
const ENGINE = 'engine';
/** True when the text may hold a suppression comment (cheap test before any tree walk). */
function mayHaveSuppressions(text) {
    return text.includes(SUPPRESSION_DIRECTIVE);
}
/** The suppression comments of a file (one-line comments that start with the directive, as its language writes them), and directives that are not in a comment the parser saw. */
function findSuppressions(text, tree, syntax) {
    if (!mayHaveSuppressions(text))
        return { suppressions: [], malformed: [] };
    const lines = new LineIndex(text);
    const suppressions = [];
    const comments = commentNodes(tree.rootNode, syntax.commentType);
    for (const comment of comments) {
        const body = syntax.body(comment.text);
        const match = body === undefined ? undefined : new RegExp(`^\\s*${SUPPRESSION_DIRECTIVE}(?=\\s|$)(.*)$`, 's').exec(body);
        if (!match)
            continue;
        const rest = match[1].trimEnd();
        const separator = rest.indexOf(syntax.separator);
        const names = separator === -1 ? rest : rest.slice(0, separator);
        const reason = separator === -1 ? '' : rest.slice(separator + syntax.separator.length).trim();
        suppressions.push({
            start: comment.startIndex,
            end: comment.endIndex,
            line: lines.positionAt(comment.startIndex).line,
            ids: names
                .split(',')
                .map((name) => name.trim())
                .filter((name) => name !== ''),
            reason: reason === '' ? undefined : reason,
        });
    }
    return { suppressions, malformed: malformedDirectives(text, tree, comments, syntax) };
}
/**
 * Directives the parser did not see as a comment: they sit in broken syntax (an ERROR node), as
 * the ESLint form `<!-- ... -- reason -->` does in XML, which forbids `--` inside a comment.
 */
function malformedDirectives(text, tree, comments, syntax) {
    const found = [];
    for (let at = text.indexOf(SUPPRESSION_DIRECTIVE); at !== -1; at = text.indexOf(SUPPRESSION_DIRECTIVE, at + 1)) {
        if (comments.some((comment) => comment.startIndex <= at && at < comment.endIndex))
            continue;
        let node = tree.rootNode.descendantForIndex(at);
        while (node && node.type !== 'ERROR')
            node = node.parent;
        if (!node)
            continue;
        const lineEnd = text.indexOf('\n', at);
        const line = text.slice(at, lineEnd === -1 ? text.length : lineEnd);
        const forbidden = syntax.forbidden && line.includes(syntax.forbidden.text) ? `: ${syntax.forbidden.why}` : '';
        found.push({ start: at, end: at + SUPPRESSION_DIRECTIVE.length, why: `is not a well-formed comment${forbidden}` });
    }
    return found;
}
function malformedMessage(why, syntax) {
    return `this ${SUPPRESSION_DIRECTIVE} comment ${why}, so it is not applied; write "${syntax.example('<transform-id>', '<reason>')}"`;
}
/**
 * The first suppression comment that breaks the document's syntax (in XML, the ESLint form with
 * `--`): where it is and how to write it, for the error of a file that is not well-formed.
 */
export function breakingDirective(text, tree, syntax) {
    const comments = tree.rootNode.descendantsOfType(syntax.commentType);
    const [first] = malformedDirectives(text, tree, comments, syntax);
    return first && { start: first.start, end: first.end, message: malformedMessage(first.why, syntax) };
}
/**
 * Silences the warnings, infos and edits that a suppression names on its next line, keeping them
 * as suppressed findings with the comment's reason, and reports suppressions that are malformed
 * (no id, no reason, broken syntax), name an unknown transform, or silence nothing of a transform
 * that was judged. Errors are never silenced: they mean the file could not be handled. Edits on
 * a suppressed line are silenced too: the person has decided about that line, and an edit left
 * in would keep `check` failing.
 */
export function applySuppressions(text, tree, syntax, diagnostics, edits, scope) {
    const { suppressions, malformed } = findSuppressions(text, tree, syntax);
    if (suppressions.length === 0 && malformed.length === 0)
        return { diagnostics: [...diagnostics], edits: [...edits], suppressed: [] };
    const lines = new LineIndex(text);
    const lineOf = (offset) => lines.positionAt(offset).line;
    const problems = malformed.map(({ start, end, why }) => ({
        severity: 'warning',
        message: malformedMessage(why, syntax),
        range: { start, end },
        origin: ENGINE,
    }));
    const used = new Map();
    // Suppressions in force, by the line they apply to.
    const byLine = new Map();
    for (const suppression of suppressions) {
        const problem = (message) => problems.push({ severity: 'warning', message, range: { start: suppression.start, end: suppression.end }, origin: ENGINE });
        if (suppression.ids.length === 0) {
            problem(`this ${SUPPRESSION_DIRECTIVE} comment names no transform, so it silences nothing; write "${syntax.example('<transform-id>', '<reason>')}"`);
            continue;
        }
        if (suppression.reason === undefined) {
            problem(`this ${SUPPRESSION_DIRECTIVE} comment gives no reason, so it is not applied; add one after "${syntax.separator}": "${syntax.example(suppression.ids.join(', '), '<reason>')}"`);
            continue;
        }
        const unknown = suppression.ids.filter((id) => !scope.known.has(transformOf(id)));
        if (unknown.length > 0) {
            const known = [...scope.known].sort().join(', ');
            problem(`this ${SUPPRESSION_DIRECTIVE} comment names ${unknown.map((id) => `"${id}"`).join(', ')}, which ${unknown.length === 1 ? 'is' : 'are'} not a transform (known: ${known}); fix the name or remove it`);
        }
        used.set(suppression, new Set());
        byLine.set(suppression.line + 1, [...(byLine.get(suppression.line + 1) ?? []), suppression]);
    }
    // The suppression and the name in it that cover a finding of `origin` (with its `rule`, if any) at `offset`.
    const silencedBy = (origin, rule, offset) => {
        for (const suppression of byLine.get(lineOf(offset)) ?? []) {
            const name = suppression.ids.find((id) => id === origin || (rule !== undefined && id === `${origin}/${rule}`));
            if (name !== undefined)
                return { suppression, name };
        }
        return undefined;
    };
    const kept = [];
    const suppressed = [];
    for (const diagnostic of diagnostics) {
        const hit = diagnostic.severity !== 'error' && diagnostic.origin !== ENGINE
            ? silencedBy(diagnostic.origin, ruleOf(diagnostic), diagnostic.range.start)
            : undefined;
        if (!hit) {
            kept.push(diagnostic);
            continue;
        }
        used.get(hit.suppression).add(hit.name);
        suppressed.push({ ...diagnostic, reason: hit.suppression.reason });
    }
    const keptEdits = [];
    for (const edit of edits) {
        const hit = silencedBy(edit.transformId, ruleOf(edit), edit.start);
        if (!hit) {
            keptEdits.push(edit);
            continue;
        }
        used.get(hit.suppression).add(hit.name);
        suppressed.push({
            origin: edit.transformId,
            ...(edit.rule === undefined ? {} : { rule: edit.rule }),
            severity: 'warning',
            message: edit.message ?? `a change this transform would make: ${quote(text.slice(edit.start, edit.end))} → ${quote(edit.text)}`,
            range: { start: edit.start, end: edit.end },
            reason: hit.suppression.reason,
        });
    }
    for (const [suppression, silenced] of used) {
        const unused = suppression.ids.filter((id) => scope.judged(id) && !silenced.has(id));
        if (unused.length === 0)
            continue;
        problems.push({
            severity: 'warning',
            message: `this ${SUPPRESSION_DIRECTIVE} comment silences nothing of ${unused.join(', ')} on line ${suppression.line + 1}; remove it (or the name) if the finding is gone`,
            range: { start: suppression.start, end: suppression.end },
            origin: ENGINE,
        });
    }
    const byStart = (a, b) => a.range.start - b.range.start;
    return { diagnostics: [...kept, ...problems].sort(byStart), edits: keptEdits, suppressed: suppressed.sort(byStart) };
}
/** Text for a message: quoted, with long text shortened. */
function quote(text) {
    const flat = text.replace(/\s+/g, ' ').trim();
    return `"${flat.length > 60 ? `${flat.slice(0, 57)}...` : flat}"`;
}
/** The transform id of a name: `id`, or `id/rule-id` for one rule of a rule-table transform. */
function transformOf(name) {
    const slash = name.indexOf('/');
    return slash === -1 ? name : name.slice(0, slash);
}
/** The optional rule id of a diagnostic or edit (rule-table transforms set it). */
function ruleOf(item) {
    const rule = item.rule;
    return typeof rule === 'string' ? rule : undefined;
}
/** Every comment node, in document order. */
function commentNodes(root, commentType) {
    const found = [];
    const cursor = root.walk();
    let descending = true;
    for (;;) {
        if (descending && cursor.nodeType === commentType)
            found.push(cursor.currentNode);
        if (descending && cursor.gotoFirstChild())
            continue;
        if (cursor.gotoNextSibling()) {
            descending = true;
            continue;
        }
        if (!cursor.gotoParent())
            break;
        descending = false;
    }
    return found;
}
