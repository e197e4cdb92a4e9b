// The JSON Schema of ucma-codemod.config.json, built from the tables it describes: the transform
// registry (ids, each with its rules) and the migration target's table. Editors that read
// "$schema" complete and check the file with it; docs/ucma-codemod.config.schema.json is this
// schema for the built-in transforms (a test keeps them equal; `npm run schema` rewrites it).
import { MIGRATION_SOURCES, TARGET_SERVERS, DEFAULT_TARGET_SERVER } from '../platform/migration-target.js';
import { DIAGNOSTIC_LEVELS } from './config-file.js';
import { SEVERITY_VALUES } from './severity-config.js';
/** The schema, as a JSON value (draft-07). */
export function buildConfigSchema(transforms) {
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        title: 'ucma-codemod.config.json',
        description: 'The configuration of ucma-codemod, looked up from the working directory upwards. Every key is optional.',
        type: 'object',
        additionalProperties: false,
        properties: {
            $schema: { type: 'string', description: 'The schema this file follows (for editors); ignored by ucma-codemod.' },
            transforms: {
                description: 'What runs by default: built-in ids, or paths of your own transforms relative to this file. Default: every built-in. -t replaces the list.',
                type: 'array',
                minItems: 1,
                items: {
                    anyOf: [
                        ...transforms.map((t) => ({ const: t.id, description: transformDescription(t) })),
                        { type: 'string', pattern: '[\\\\/]|\\.(m?ts|m?js)$', description: 'A transform file of your own (.ts, .mts, .js, .mjs).' },
                    ],
                },
            },
            options: {
                description: 'Options for the transforms, as --option key=value (--option overrides one key). The migration target has its own key.',
                type: 'object',
                additionalProperties: { type: 'string' },
                propertyNames: { not: { pattern: '^migration\\.' } },
            },
            ignore: {
                description: '.gitignore patterns relative to this file: files found by walking folders, globs or --staged that match are left out.',
                type: 'array',
                items: { type: 'string', minLength: 1 },
            },
            maxFileSize: {
                description: 'As --max-file-size: "500k", "16M", or a number of bytes; the flag wins.',
                anyOf: [
                    { type: 'integer', minimum: 1 },
                    { type: 'string', pattern: '^\\s*\\d+(\\.\\d+)?\\s*[kKmMgG]?[bB]?\\s*$' },
                ],
            },
            severity: {
                description: 'Severity per transform or per rule ("<transform>/<rule>"): off, info, warning or error; a rule\'s setting wins over its transform\'s. ' +
                    'An error makes the run exit 1; off leaves the transform out of the run (unless -t names it). See docs/triage.md.',
                type: 'object',
                // The built-ins and their rules for completion; a transform of your own may add its ids.
                properties: Object.fromEntries(transforms.flatMap((t) => [
                    [t.id, { enum: [...SEVERITY_VALUES], description: t.title }],
                    ...(t.rules ?? []).map((rule) => [`${t.id}/${rule.id}`, { enum: [...SEVERITY_VALUES], description: rule.title }]),
                ])),
                additionalProperties: { enum: [...SEVERITY_VALUES] },
            },
            maxWarnings: {
                description: 'As --max-warnings: up to this many warnings do not by themselves make the run exit 1; -1: no limit; the flag wins.',
                type: 'integer',
                minimum: -1,
            },
            diagnosticLevel: {
                description: 'As --diagnostic-level: the mildest severity the text report and annotations show; the flag wins.',
                enum: [...DIAGNOSTIC_LEVELS],
            },
            baseline: {
                description: 'As --baseline: the baseline file of known findings, relative to this file; the flag wins.',
                type: 'string',
                minLength: 1,
            },
            migration: {
                description: 'The declared migration target, which the provisioning rules (ucma4-provisioning) check the code against; a rule that needs a fact ' +
                    'that is not declared says "not configured". --option migration.<field>=<value> overrides one field. See docs/provisioning.md.',
                type: 'object',
                additionalProperties: false,
                properties: {
                    from: {
                        description: 'Where the application comes from.',
                        oneOf: MIGRATION_SOURCES.map((s) => ({ const: s.id, description: s.title })),
                    },
                    legacyApplicationName: {
                        description: "The UCMA 2.0 application's name: the UCMA 4.0 application must be created with it as its ApplicationId " +
                            '(New-CsTrustedApplication -ApplicationId <name>). With or without the urn:application: prefix.',
                        type: 'string',
                        pattern: '^\\S+$',
                    },
                    targetServer: {
                        description: 'The server the application will run against.',
                        oneOf: TARGET_SERVERS.map((s) => ({ const: s.id, description: s.title })),
                        default: DEFAULT_TARGET_SERVER,
                    },
                },
                // A legacy application name belongs to an application that comes from UCMA 2.0.
                if: { required: ['from'], properties: { from: { not: { const: 'ucma-2.0' } } } },
                then: { not: { required: ['legacyApplicationName'] } },
            },
        },
    };
}
function transformDescription(transform) {
    const rules = (transform.rules ?? []).map((rule) => {
        const page = rule.sources?.[0]?.path;
        return `${transform.id}/${rule.id}: ${rule.title}${page ? ` (${page})` : ''}`;
    });
    return [transform.title, ...(rules.length > 0 ? ['Rules (select one with -t):', ...rules] : [])].join('\n');
}
