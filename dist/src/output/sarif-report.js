import { singlePart, titleOf } from './output-format.js';
import { pathToFileURL } from 'node:url';
import { migrationReportData } from '../platform/migration-target.js';
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The rule for problems that belong to no transform: unreadable files, conflicts, refused edits. */
const ENGINE_RULE = {
    id: 'engine',
    name: 'FileProcessing',
    shortDescription: { text: 'A file could not be processed safely' },
    fullDescription: {
        text: 'ucma-codemod reports files it could not read, decode or change safely (unsupported encodings, conflicting edits, edits near code that does not parse); such files are left unchanged.',
    },
    defaultConfiguration: { level: 'error' },
};
/** Builds the SARIF log object. */
function buildSarifLog(result, context) {
    const rules = [
        ...context.transforms.map((t) => ({
            id: t.meta.id,
            name: pascalCase(t.meta.id),
            shortDescription: { text: t.meta.title },
            fullDescription: { text: t.meta.description },
            help: {
                text: [t.meta.description, t.meta.followUp ? `Follow-up: ${t.meta.followUp}` : '', `Source: ${t.meta.source.title}`]
                    .filter(Boolean)
                    .join('\n\n'),
            },
            ...(t.meta.source.url ? { helpUri: t.meta.source.url } : {}),
            defaultConfiguration: { level: 'warning' },
            properties: { kind: t.meta.kind },
        })),
        // A transform made of rules also lists each rule, as `<transform>/<rule>`.
        ...context.transforms.flatMap((t) => (t.meta.rules ?? []).map((rule) => ({
            id: `${t.meta.id}/${rule.id}`,
            name: pascalCase(`${t.meta.id}-${rule.id}`),
            shortDescription: { text: rule.title },
            ...(rule.description ? { fullDescription: { text: rule.description } } : {}),
            ...(rule.description || rule.followUp || rule.sources?.length
                ? {
                    help: {
                        text: [
                            rule.description ?? rule.title,
                            rule.followUp ? `Follow-up: ${rule.followUp}` : '',
                            ...(rule.sources ?? []).map((source) => `Source: ${source.title}${source.url ? ` <${source.url}>` : ''}`),
                        ]
                            .filter(Boolean)
                            .join('\n\n'),
                    },
                }
                : {}),
            ...(rule.sources?.[0]?.url ? { helpUri: rule.sources[0].url } : {}),
            defaultConfiguration: { level: 'warning' },
            properties: {
                kind: t.meta.kind,
                ...(rule.sources?.length ? { pages: rule.sources.map((source) => source.path ?? source.title) } : {}),
            },
        }))),
        ENGINE_RULE,
    ];
    const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
    const results = [];
    for (const file of result.files) {
        for (const edit of file.edits)
            results.push(changeResult(file, edit, context, ruleIndex));
        for (const diagnostic of file.diagnostics)
            results.push(diagnosticResult(file, diagnostic, ruleIndex));
        if (file.status === 'failed' && file.reason !== undefined) {
            results.push({
                ruleId: ENGINE_RULE.id,
                ruleIndex: ruleIndex.get(ENGINE_RULE.id),
                level: 'error',
                message: { text: file.reason },
                // The whole file is at fault; SARIF validators want a region, so point at its start.
                locations: [{ physicalLocation: { artifactLocation: artifact(file), region: { startLine: 1 } } }],
            });
        }
    }
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
    const written = file.written;
    const ruleId = edit.rule !== undefined && ruleIndex.has(`${edit.transform}/${edit.rule}`) ? `${edit.transform}/${edit.rule}` : edit.transform;
    return {
        ruleId,
        ruleIndex: ruleIndex.get(ruleId),
        // SARIF: a result whose kind is not "fail" must have level "none".
        level: written ? 'none' : 'warning',
        kind: written ? 'informational' : 'fail',
        message: { text: written ? `Changed: ${title}` : `Needs change: ${title}. Run "ucma-codemod apply" or apply the attached fix.` },
        locations: [{ physicalLocation: { artifactLocation: artifact(file), region: region(edit.start, edit.end) } }],
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
function diagnosticResult(file, diagnostic, ruleIndex) {
    const ruleId = [diagnostic.rule && `${diagnostic.origin}/${diagnostic.rule}`, diagnostic.origin].find((id) => id && ruleIndex.has(id)) ||
        ENGINE_RULE.id;
    return {
        ruleId,
        ruleIndex: ruleIndex.get(ruleId),
        ...(diagnostic.severity === 'info'
            ? { kind: 'informational', level: 'none' }
            : { kind: 'fail', level: sarifLevel(diagnostic.severity) }),
        message: { text: diagnostic.message },
        locations: [{ physicalLocation: { artifactLocation: artifact(file), region: region(diagnostic.start, diagnostic.end) } }],
    };
}
function artifact(file) {
    const uri = file.path.split('/').map(encodeURIComponent).join('/');
    return file.path.startsWith('../') && file.absolutePath !== undefined
        ? { uri: pathToFileURL(file.absolutePath).href }
        : { uri, uriBaseId: 'SRCROOT' };
}
function region(start, end) {
    return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
}
function sarifLevel(severity) {
    return severity;
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
