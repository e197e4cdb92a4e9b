// `--format sarif`: a SARIF 2.1.0 log with one result per needed change or diagnostic; changes
// carry their fix (replacements by line and column), so code-scanning tools can show and apply them.
import { severityOfEdit, } from '../run/run-result.js';
import { digestOf } from '../engine/finding-anchor.js';
import { fingerprintOf } from '../run/fingerprint.js';
import { describeNeededChange } from './text-report.js';
import { configuredSeverity } from '../engine/severity.js';
import { singlePart, titleOf } from './output-format.js';
import { pathToFileURL } from 'node:url';
import { migrationReportData } from '../platform/migration-target.js';
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The rule for problems that belong to no transform: unreadable files, conflicts, refused edits, malformed suppressions. */
const ENGINE_RULE = {
    id: 'engine',
    name: 'FileProcessing',
    shortDescription: { text: 'A file could not be processed safely' },
    fullDescription: {
        text: 'ucma-codemod reports files it could not read, decode or change safely (unsupported encodings, conflicting edits, edits near code that does not parse); such files are left unchanged. It also warns about suppression comments that are malformed, name an unknown transform or silence nothing.',
    },
    help: helpOf('A file could not be processed safely', [
        'An error names the file and what stopped ucma-codemod: an encoding it does not read (UTF-16, NUL bytes), edits of two transforms that overlap, or code around an edit that does not parse. The file is left exactly as it was; fix the cause and run again.',
        'A warning about a `ucma-codemod-disable-next-line` comment says what is wrong with it: no reason, an unknown transform id, or nothing left to silence on the next line (remove the comment when the finding is gone).',
    ], undefined),
    defaultConfiguration: { level: 'error' },
};
/** A rule's help, as SARIF viewers show it: plain text, and Markdown with the link to the document it implements. */
function helpOf(title, paragraphs, source) {
    const link = source ? (source.url ? `[${source.title}](${source.url})` : source.title) : undefined;
    const text = [...paragraphs, ...(source ? [`Source: ${source.title}${source.url ? ` (${source.url})` : ''}`] : [])].join('\n\n');
    const markdown = [`**${title}**`, ...paragraphs, ...(link ? [`Documentation: ${link}`] : [])].join('\n\n');
    return { text, markdown };
}
/** How to acknowledge a finding that a person keeps, for every transform's help. */
const ACKNOWLEDGE = "To keep a finding on purpose, put `// ucma-codemod-disable-next-line <id> -- <reason>` (in a project file: `<!-- ucma-codemod-disable-next-line <id>: <reason> -->`) on the line before it, set the rule's severity in ucma-codemod.config.json, or record it in a baseline file (`check --write-baseline`).";
/** The rule's configured level, or its default: SARIF's `defaultConfiguration`. */
function configurationOf(context, transformId, rule) {
    const configured = configuredSeverity(context.severities, transformId, rule);
    if (configured === 'off')
        return { level: 'none', enabled: false };
    return { level: configured === undefined ? 'warning' : configured === 'info' ? 'note' : configured };
}
/** Builds the SARIF log object. */
function buildSarifLog(result, context) {
    const rules = [
        ...context.transforms.map((t) => ({
            id: t.meta.id,
            name: pascalCase(t.meta.id),
            shortDescription: { text: t.meta.title },
            fullDescription: { text: t.meta.description },
            help: helpOf(t.meta.title, [t.meta.description, ...(t.meta.followUp ? [`Follow-up: ${t.meta.followUp}`] : []), ACKNOWLEDGE.replaceAll('<id>', t.meta.id)], t.meta.source),
            ...(t.meta.source.url ? { helpUri: t.meta.source.url } : {}),
            defaultConfiguration: configurationOf(context, t.meta.id),
            properties: { kind: t.meta.kind },
        })),
        // A transform made of rules also lists each rule, as `<transform>/<rule>`.
        ...context.transforms.flatMap((t) => (t.meta.rules ?? []).map((rule) => {
            const description = rule.description ?? `${rule.title}: a rule of ${t.meta.id}. ${t.meta.description}`;
            // A rule that names its own pages links the first; else the transform's source document.
            const source = rule.sources?.[0] ?? t.meta.source;
            const paragraphs = [
                description,
                ...(rule.followUp ? [`Follow-up: ${rule.followUp}`] : []),
                ...(rule.sources ?? []).slice(1).map((page) => `See also: ${page.title}${page.url ? ` <${page.url}>` : ''}`),
                ACKNOWLEDGE.replaceAll('<id>', `${t.meta.id}/${rule.id}`),
            ];
            return {
                id: `${t.meta.id}/${rule.id}`,
                name: pascalCase(`${t.meta.id}-${rule.id}`),
                shortDescription: { text: rule.title },
                fullDescription: { text: description },
                help: helpOf(rule.title, paragraphs, source),
                ...(source.url ? { helpUri: source.url } : {}),
                defaultConfiguration: configurationOf(context, t.meta.id, rule.id),
                properties: {
                    kind: t.meta.kind,
                    ...(rule.sources?.length ? { pages: rule.sources.map((page) => page.path ?? page.title) } : {}),
                },
            };
        })),
        ENGINE_RULE,
    ];
    const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
    const results = [];
    for (const file of result.files) {
        for (const edit of file.edits)
            results.push(changeResult(file, edit, context, ruleIndex));
        for (const diagnostic of file.diagnostics)
            results.push(diagnosticResult(file, diagnostic, ruleIndex));
        // Acknowledged findings stay in the log: suppressed ones with their justification, known ones unchanged.
        for (const diagnostic of file.acknowledged)
            results.push(diagnosticResult(file, diagnostic, ruleIndex, diagnostic));
        if (file.status === 'failed' && file.reason !== undefined) {
            results.push({
                ruleId: ENGINE_RULE.id,
                ruleIndex: ruleIndex.get(ENGINE_RULE.id),
                level: 'error',
                message: { text: file.reason },
                // The whole file is at fault; SARIF validators want a region, so point at its start.
                locations: [{ physicalLocation: { artifactLocation: artifact(file), region: { startLine: 1 } } }],
                partialFingerprints: { [FINGERPRINT_KEY]: digestOf(['engine', file.path, file.reason]) },
            });
        }
    }
    // With a baseline, every result says whether it is new; the known ones are "unchanged".
    if (result.baseline !== undefined)
        for (const entry of results)
            entry.baselineState ??= 'new';
    return {
        $schema: SARIF_SCHEMA,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'ucma-codemod',
                        version: context.toolVersion,
                        semanticVersion: context.toolVersion,
                        informationUri: 'https://www.npmjs.com/package/ucma-codemod',
                        rules,
                    },
                },
                originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(context.cwd.endsWith('/') ? context.cwd : `${context.cwd}/`).href } },
                columnKind: 'utf16CodeUnits',
                invocations: [
                    { executionSuccessful: !result.files.some((file) => file.status === 'failed'), commandLine: `ucma-codemod ${context.command}` },
                ],
                results,
                // What the provisioning rules were judged against (see docs/provisioning.md).
                ...(context.migrationTarget ? { properties: { migration: migrationReportData(context.migrationTarget) } } : {}),
            },
        ],
    };
}
function changeResult(file, edit, context, ruleIndex) {
    const title = titleOf(context, edit.transform);
    const what = edit.message ?? title;
    const written = file.written;
    const ruleId = edit.rule !== undefined && ruleIndex.has(`${edit.transform}/${edit.rule}`) ? `${edit.transform}/${edit.rule}` : edit.transform;
    return {
        ruleId,
        ruleIndex: ruleIndex.get(ruleId),
        // SARIF: a result whose kind is not "fail" must have level "none".
        ...(written ? { level: 'none', kind: 'informational' } : levelAndKind(severityOfEdit(edit))),
        message: {
            text: written ? `Changed: ${what}` : `${describeNeededChange(edit, what)}. Run "ucma-codemod apply" or apply the attached fix.`,
        },
        locations: [{ physicalLocation: { artifactLocation: artifact(file), region: region(edit.start, edit.end) } }],
        ...fingerprints(file, edit, { origin: edit.transform, rule: edit.rule, message: edit.message ?? edit.newText }),
        ...(written
            ? {}
            : {
                fixes: [
                    {
                        description: { text: title },
                        artifactChanges: [
                            {
                                artifactLocation: artifact(file),
                                replacements: [{ deletedRegion: region(edit.start, edit.end), insertedContent: { text: edit.newText } }],
                            },
                        ],
                    },
                ],
            }),
    };
}
function diagnosticResult(file, diagnostic, ruleIndex, acknowledged) {
    const ruleId = [diagnostic.rule && `${diagnostic.origin}/${diagnostic.rule}`, diagnostic.origin].find((id) => id && ruleIndex.has(id)) ||
        ENGINE_RULE.id;
    return {
        ruleId,
        ruleIndex: ruleIndex.get(ruleId),
        ...levelAndKind(diagnostic.severity),
        message: { text: diagnostic.message },
        locations: [{ physicalLocation: { artifactLocation: artifact(file), region: region(diagnostic.start, diagnostic.end) } }],
        ...fingerprints(file, diagnostic, diagnostic),
        ...(acknowledged?.state === 'suppressed'
            ? { suppressions: [{ kind: 'inSource', status: 'accepted', justification: acknowledged.reason ?? '' }] }
            : {}),
        ...(acknowledged?.state === 'baseline' ? { baselineState: 'unchanged' } : {}),
    };
}
/** The key of ucma-codemod's fingerprint among a result's partialFingerprints (GitHub computes its own primaryLocationLineHash beside it). */
const FINGERPRINT_KEY = 'ucmaCodemodFinding/v1';
/**
 * A result's partialFingerprints: the finding's fingerprint, the key of the baseline too (a record
 * built by hand without one gets one from its path and message, so that no result goes without).
 */
function fingerprints(file, finding, parts) {
    return { partialFingerprints: { [FINGERPRINT_KEY]: (finding.fingerprint ?? fingerprintOf(file.path, parts)).hash } };
}
/** The file relative to SRCROOT (the working directory), `../` included: GitHub refuses absolute file URIs without a checkout path. */
function artifact(file) {
    return {
        uri: file.path
            .split('/')
            .map((part) => (part === '..' ? part : encodeURIComponent(part)))
            .join('/'),
        uriBaseId: 'SRCROOT',
    };
}
function region(start, end) {
    return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
}
/** An info is informational (SARIF: level "none"); a warning or error is a failure at that level. */
function levelAndKind(severity) {
    return severity === 'info' ? { level: 'none', kind: 'informational' } : { level: severity, kind: 'fail' };
}
function pascalCase(id) {
    return id.replace(/(^|-)([a-z0-9])/g, (_m, _dash, letter) => letter.toUpperCase());
}
export const sarifFormat = {
    name: 'sarif',
    summary: 'SARIF 2.1.0, one result per needed change (with its fix) or diagnostic',
    commands: ['diff', 'check', 'apply'],
    machineReadable: true,
    splitsIntoFiles: false,
    build: (result, context) => singlePart(Buffer.from(`${JSON.stringify(buildSarifLog(result, context), null, 2)}\n`, 'utf8'), 'report.sarif'),
};
