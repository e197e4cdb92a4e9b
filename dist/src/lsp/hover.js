const MAX_EDITS_SHOWN = 4;
/** The hover at `position`, or undefined when no finding covers it. */
export function hoverAt(findings, position, transformsById) {
    const here = findings.filter((finding) => contains(finding, position));
    if (here.length === 0)
        return undefined;
    const contents = { kind: 'markdown', value: here.map((finding) => describe(finding, transformsById)).join('\n\n---\n\n') };
    return { contents, range: here[0].diagnostic.range };
}
function contains(finding, position) {
    const { start, end } = finding.diagnostic.range;
    const after = (a, b) => a.line > b.line || (a.line === b.line && a.character >= b.character);
    return after(position, start) && after(end, position);
}
function describe(finding, transformsById) {
    const transform = transformsById.get(finding.owner);
    const rule = finding.rule === undefined ? undefined : transform?.meta.rules?.find((r) => r.id === finding.rule);
    const id = finding.rule === undefined ? finding.owner : `${finding.owner}/${finding.rule}`;
    const title = rule?.title ?? transform?.meta.title ?? (finding.owner === 'engine' ? 'ucma-codemod engine' : finding.owner);
    const lines = [`**${escape(title)}** · \`${finding.code}\` · \`${id}\``, '', escape(finding.message)];
    if (rule?.replacement !== undefined)
        lines.push('', `**Use instead:** ${escape(rule.replacement)}`);
    if (finding.evidence !== undefined)
        lines.push('', `**Why:** ${escape(finding.evidence)}`);
    if (finding.kind === 'change') {
        lines.push('', `**The change** (${finding.fixable() ? 'a quick fix makes it' : 'only "fix all" makes it, with the file\'s other changes'}):`);
        for (const edit of finding.edits.slice(0, MAX_EDITS_SHOWN))
            lines.push(`- line ${edit.start.line}: \`${inline(edit.oldText)}\` → \`${inline(edit.newText)}\``);
        if (finding.edits.length > MAX_EDITS_SHOWN)
            lines.push(`- and ${finding.edits.length - MAX_EDITS_SHOWN} more`);
    }
    if (transform) {
        const source = transform.meta.source;
        const where = rule?.reference === undefined ? '' : `, ${rule.reference}`;
        lines.push('', `**Source:** ${source.url === undefined ? escape(source.title) : `[${escape(source.title)}](${source.url})`}${escape(where)}`);
        if (transform.meta.followUp !== undefined)
            lines.push('', `**Then:** ${escape(transform.meta.followUp)}`);
    }
    return lines.join('\n');
}
/** Code shown inline: one line, backticks replaced (they would end the span), empty shown as (nothing). */
function inline(text) {
    if (text === '')
        return '(nothing)';
    const one = text.replace(/\r\n|\r|\n/g, '⏎').replace(/`/g, "'");
    return one.length > 80 ? `${one.slice(0, 79)}…` : one;
}
/** Markdown's special characters in prose, escaped. */
function escape(text) {
    return text.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}
