// `ucma-codemod list`: the transforms, with what they change, why, and the source document; with
// `-t <transform>/<rule>` only the chosen rules. On a terminal the text goes through the pager, as
// the patch of diff does (it is longer than a screen).
import { ExitCode } from '../../run/exit-code.js';
import { choosePalette } from '../../terminal/colors.js';
import { wrapText } from '../../terminal/text-wrap.js';
import { findingCode } from '../../engine/finding-codes.js';
import { describeMigrationTarget, migrationTargetOf } from '../../platform/migration-target.js';
import { writeAndReturn } from '../cli-io.js';
import { stdoutSink } from '../output-sink.js';
import { choosePager } from '../pager.js';
/** The rules of a transform that a run uses: those chosen with `-t <id>/<rule>`, else all. */
function rulesInUse(transform) {
    const rules = transform.meta.rules ?? [];
    return transform.selectedRules ? rules.filter((rule) => transform.selectedRules.has(rule.id)) : rules;
}
export async function listCommand(transforms, options, io) {
    if (options.format === 'json') {
        const entries = transforms.map((t) => ({ ...t.meta, ...(t.meta.rules ? { rules: rulesInUse(t) } : {}) }));
        return writeAndReturn(io.stdout, `${JSON.stringify(entries, null, 2)}\n`, ExitCode.Ok);
    }
    const palette = choosePalette(io.stdout, io.env, options.color);
    // The config file's severities, where it sets one (see docs/triage.md).
    const setting = (id, rule) => {
        const own = options.severities?.[rule === undefined ? id : `${id}/${rule}`];
        return own === undefined ? '' : ` [severity: ${own}]`;
    };
    const blocks = transforms.map((t) => {
        const lines = [
            `${palette.bold(t.meta.id)} (${t.meta.kind})${setting(t.meta.id)}`,
            `  ${t.meta.title}`,
            `  Code: ${findingCode(t.meta.id, undefined, t)}${t.meta.code === undefined ? ' (derived from the id)' : ''}`,
            `  Source: ${t.meta.source.title}${t.meta.source.url ? ` <${t.meta.source.url}>` : ''}`,
            '',
            ...wrapText(t.meta.description, 96).map((line) => `  ${line}`),
        ];
        if (t.meta.followUp)
            lines.push('', ...wrapText(`Follow-up: ${t.meta.followUp}`, 96).map((line) => `  ${line}`));
        const rules = rulesInUse(t);
        const ruleLines = (rule) => {
            const pages = (rule.sources ?? []).map((source) => source.path ?? source.title);
            return [
                `    ${rule.id} (${findingCode(t.meta.id, rule.id, t)}): ${rule.title}${setting(t.meta.id, rule.id)}`,
                ...(pages.length > 0 ? [`      Page: ${pages.join(', ')}`] : []),
            ];
        };
        if (t.selectedRules)
            lines.push('', `  Rules chosen (${rules.length} of ${t.meta.rules?.length ?? 0}):`, ...rules.flatMap(ruleLines));
        else if (rules.length > 0)
            lines.push('', `  Rules (select one with -t ${t.meta.id}/<rule>):`, ...rules.flatMap(ruleLines));
        return lines.join('\n');
    });
    // The rules that need a declared fact read it from here (ucma-codemod.config.json "migration").
    const migration = `Migration target: ${describeMigrationTarget(migrationTargetOf(options.transformOptions))}`;
    const sink = stdoutSink(io.stdout, io.env, { colorPatch: false, pager: choosePager(io.stdout, io.env, options.noPager) });
    try {
        await sink.write(Buffer.from(`${blocks.join('\n\n')}\n\n${migration}\n`, 'utf8'));
    }
    finally {
        await sink.close();
    }
    return ExitCode.Ok;
}
