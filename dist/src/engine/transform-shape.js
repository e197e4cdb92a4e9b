import { allLanguages } from './languages/index.js';
import { isFindingCode } from './finding-codes.js';
export const TRANSFORM_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/** Returns the problems with `value` as a transform; empty when it is one. */
export function transformShapeProblems(value) {
    if (typeof value !== 'object' || value === null)
        return [`expected an object made with defineTransform(), got ${value === null ? 'null' : typeof value}`];
    const problems = [];
    const { meta, run } = value;
    if (typeof run !== 'function')
        problems.push('run must be a function (context) => ({ edits, diagnostics })');
    if (typeof meta !== 'object' || meta === null) {
        problems.push('meta is missing');
        return problems;
    }
    if (typeof meta.id !== 'string' || !TRANSFORM_ID_PATTERN.test(meta.id))
        problems.push(`meta.id must be a kebab-case id such as "rename-allowed-domains", got ${JSON.stringify(meta.id)}`);
    for (const key of ['title', 'description']) {
        if (typeof meta[key] !== 'string' || meta[key].trim() === '')
            problems.push(`meta.${key} must be a non-empty string`);
    }
    if (typeof meta.source !== 'object' || meta.source === null || typeof meta.source.title !== 'string')
        problems.push('meta.source.title must name the document the transform implements');
    if (meta.kind !== 'fix' && meta.kind !== 'report')
        problems.push(`meta.kind must be "fix" or "report", got ${JSON.stringify(meta.kind)}`);
    if (meta.followUp !== undefined && typeof meta.followUp !== 'string')
        problems.push('meta.followUp must be a string when given');
    if (meta.code !== undefined && !isFindingCode(meta.code))
        problems.push(`meta.code must be letters then digits, such as "ACME0001", when given, got ${JSON.stringify(meta.code)}`);
    if (meta.requires !== undefined && !(Array.isArray(meta.requires) && meta.requires.every((s) => typeof s === 'string' && s !== ''))) {
        problems.push('meta.requires must be a list of non-empty strings when given');
    }
    if (meta.watchFileNames !== undefined &&
        !(Array.isArray(meta.watchFileNames) && meta.watchFileNames.every((s) => typeof s === 'string' && s !== '' && !/[\\/]/.test(s)))) {
        problems.push('meta.watchFileNames must be a list of file names (no directories) when given');
    }
    if (meta.needsProject !== undefined && typeof meta.needsProject !== 'boolean')
        problems.push('meta.needsProject must be true or false when given');
    if (meta.projectRequires !== undefined &&
        !(Array.isArray(meta.projectRequires) && meta.projectRequires.every((s) => typeof s === 'string' && s !== ''))) {
        problems.push('meta.projectRequires must be a list of non-empty strings when given');
    }
    if (meta.projectTypes !== undefined &&
        !(Array.isArray(meta.projectTypes) && meta.projectTypes.every((s) => typeof s === 'string' && /^@?[\p{L}_][\p{L}\p{N}_]*$/u.test(s)))) {
        problems.push('meta.projectTypes must be a list of simple type names (identifiers) when given');
    }
    if (meta.rules !== undefined) {
        const rules = meta.rules;
        const valid = Array.isArray(rules) &&
            rules.every((rule) => rule !== null &&
                typeof rule === 'object' &&
                typeof rule.id === 'string' &&
                TRANSFORM_ID_PATTERN.test(rule.id) &&
                typeof rule.title === 'string' &&
                (rule.code === undefined || isFindingCode(rule.code)) &&
                (rule.reference === undefined || typeof rule.reference === 'string') &&
                (rule.replacement === undefined || typeof rule.replacement === 'string') &&
                (rule.description === undefined || typeof rule.description === 'string'));
        if (!valid)
            problems.push('meta.rules must be a list of { id, title, code?, reference?, replacement?, description? } with kebab-case ids and codes such as "ACME0001" when given');
        else if (new Set(rules.map((rule) => rule.id)).size !== rules.length)
            problems.push('meta.rules must not list a rule id twice');
        else
            problems.push(...rules.flatMap(ruleDetailProblems));
    }
    problems.push(...languagesProblems(meta.languages));
    return problems;
}
function languagesProblems(languages) {
    if (languages === undefined)
        return [];
    const ids = allLanguages().map((language) => language.id);
    const known = (value) => typeof value === 'string' && ids.includes(value);
    if (!Array.isArray(languages) || languages.length === 0 || !languages.every(known)) {
        return [
            `meta.languages must be a non-empty list of ${ids.map((id) => JSON.stringify(id)).join(', ')} when given, got ${JSON.stringify(languages)}`,
        ];
    }
    return [];
}
/** The optional parts of a rule: description and follow-up are strings, sources are documents. */
function ruleDetailProblems(rule) {
    const problems = [];
    for (const key of ['description', 'followUp']) {
        if (rule[key] !== undefined && typeof rule[key] !== 'string')
            problems.push(`meta.rules ${rule.id}: ${key} must be a string when given`);
    }
    const sources = rule.sources;
    if (sources !== undefined &&
        !(Array.isArray(sources) &&
            sources.every((s) => s !== null &&
                typeof s === 'object' &&
                typeof s.title === 'string' &&
                (s.url === undefined || typeof s.url === 'string') &&
                (s.path === undefined || typeof s.path === 'string'))))
        problems.push(`meta.rules ${rule.id}: sources must be a list of { title, url?, path? } when given`);
    return problems;
}
