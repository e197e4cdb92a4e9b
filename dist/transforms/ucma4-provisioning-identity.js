import { argumentValues, calleeParts, declaratorValue, fieldAssignmentsInFile, reachingAssignments, referenceKey, unwrap, } from './ucma4-provisioning-flow.js';
import { lineOf } from './ucma4-provisioning-findings.js';
import { appConfigPaths, projectAppSettings } from './ucma4-provisioning-project.js';
import { methodOfThisFile, PROVISIONED_SETTINGS, typeOfCreation } from './ucma4-provisioning-startup.js';
const RULE = 'application-id-matches-legacy-name';
const CONFIGURATION_MANAGER = 'System.Configuration.ConfigurationManager';
/** `urn:application:Foo` → `foo`, for comparing ids. */
export function normaliseApplicationId(id) {
    return id
        .trim()
        .replace(/^urn:application:/i, '')
        .toLowerCase();
}
/** A value someone left to be filled in: `NameOfApplication`, `<app>`, `TODO`, the key's own name, empty. */
export function isPlaceholderId(value, key) {
    const id = value.trim().replace(/^urn:application:/i, '');
    if (id === '')
        return true;
    if (/^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i.test(id))
        return false;
    if (/[<>]|todo|changeme|your|name.?of|placeholder|^x{3,}$/i.test(id))
        return true;
    return key !== undefined && (id.toLowerCase() === key.toLowerCase() || id.toLowerCase() === 'applicationid');
}
/** Checks each ProvisionedApplicationPlatformSettings construction against the declared migration. */
export function checkApplicationIds(file) {
    const sites = file
        .nodes('object_creation_expression')
        .filter((creation) => typeOfCreation(file, creation) === PROVISIONED_SETTINGS)
        .map((creation) => ({ creation, id: argumentValues(creation)[1] }))
        .filter((site) => site.id !== undefined);
    if (sites.length === 0)
        return;
    const { from, legacyApplicationName: legacy } = file.migration;
    if (from === 'ucma-3.0')
        return;
    const resolved = sites.map((site) => ({ ...site, sources: idSources(file, site.id, site.creation, 0) }));
    for (const { id, sources } of resolved) {
        const described = describeSources(sources);
        if (from === undefined) {
            file.findings.note(RULE, id, `not configured: this auto-provisioned application's id is ${described}. If it replaces a UCMA 2.0 application, the id must equal that application's name: ` +
                'declare "migration": { "from": "ucma-2.0", "legacyApplicationName": "<name>" } in ucma-codemod.config.json to check it.');
            continue;
        }
        if (legacy === undefined) {
            file.findings.note(RULE, id, `not configured: the migration comes from UCMA 2.0 but names no legacy application; this application's id is ${described}. Declare "legacyApplicationName" under "migration" in ucma-codemod.config.json to check it.`);
            continue;
        }
        judge(file, id, sources, legacy, resolved);
    }
}
function judge(file, at, sources, legacy, all) {
    const wanted = normaliseApplicationId(legacy);
    const known = sources.flatMap((s) => (s.kind === 'literal' ? [s.value] : s.kind === 'setting' ? [s.setting.value] : []));
    const placeholders = known.filter((value, i) => isPlaceholderId(value, keyOf(sources, i)));
    const real = known.filter((value) => !placeholders.includes(value));
    if (real.some((value) => normaliseApplicationId(value) === wanted))
        return;
    const create = `New-CsTrustedApplication -ApplicationId ${legacy.replace(/^urn:application:/i, '')} -TrustedApplicationPoolFqdn <pool FQDN> -Port <port>`;
    const unknownSources = sources.filter((s) => s.kind !== 'literal' && s.kind !== 'setting');
    if (real.length === 0 || unknownSources.length > 0 || placeholders.length > 0) {
        file.findings.note(RULE, at, `this application's id is ${describeSources(sources)}, which cannot be compared with the legacy UCMA 2.0 application name "${legacy}" here: ` +
            `make sure the id it runs with is that name (the application is created with ${create}).`);
        return;
    }
    // Another application of the same project may be the one that replaces the legacy application.
    const elsewhere = [
        ...projectAppSettings(file.project)
            .filter((s) => !s.commentedOut)
            .map((s) => s.value),
        ...all.filter((site) => site.id.id !== at.id).flatMap((site) => site.sources.flatMap((s) => (s.kind === 'literal' ? [s.value] : []))),
    ].some((value) => normaliseApplicationId(value) === wanted);
    if (elsewhere) {
        file.findings.note(RULE, at, `this application's id (${real.map((v) => `"${v}"`).join(', ')}) is not the legacy name "${legacy}", which another application of this project uses: this one is not the upgraded UCMA 2.0 application.`);
        return;
    }
    file.findings.warn(RULE, at, `this application's id is ${describeSources(sources)}, but the UCMA 2.0 application it replaces is named "${legacy}": Move-CsApplicationEndpoint moves the legacy contact objects ` +
        `only to an application whose ApplicationId equals that name. Use "${legacy}" as the id, and create the application with ${create}.`);
}
function keyOf(sources, knownIndex) {
    const known = sources.filter((s) => s.kind === 'literal' || s.kind === 'setting');
    const source = known[knownIndex];
    return source?.kind === 'setting' ? source.key : undefined;
}
/** The possible sources of an id expression's value at a site. */
export function idSources(file, expression, site, depth) {
    const node = unwrap(expression);
    if (node.type === 'string_literal' || node.type === 'verbatim_string_literal')
        return [{ kind: 'literal', value: literalValue(node), at: node }];
    const setting = settingKey(file, node);
    if (setting !== undefined)
        return setting === null ? [{ kind: 'unknown', at: node }] : [settingSource(file, setting)];
    if (node.type === 'invocation_expression') {
        const parts = calleeParts(node);
        if (parts?.name === 'ReadLine' && parts.receiver?.text.endsWith('Console'))
            return [{ kind: 'console', at: node }];
        const method = methodOfThisFile(file, node);
        if (method && /\bConsole\s*\.\s*ReadLine\b/.test(method.text))
            return [{ kind: 'console', at: node }];
        return [{ kind: 'unknown', at: node }];
    }
    if (depth > 3)
        return [{ kind: 'unknown', at: node }];
    const key = referenceKey(node, file.resolver);
    if (!key)
        return [{ kind: 'unknown', at: node }];
    const constant = key.startsWith('field:') ? constantField(file, key) : undefined;
    if (constant)
        return [{ kind: 'literal', value: literalValue(constant), at: constant }];
    const reaching = reachingAssignments(site, key, file.resolver);
    const sources = reaching.assignments.flatMap((a) => idSources(file, a.value, a.at, depth + 1));
    if (reaching.fromEntry) {
        const fieldWide = key.startsWith('field:') ? fieldAssignmentsInFile(file.root, key, file.resolver) : undefined;
        if (fieldWide && fieldWide.length > 0)
            sources.push(...fieldWide.flatMap((a) => idSources(file, a.value, a.at, depth + 1)));
        else
            sources.push({ kind: 'unknown', at: node });
    }
    return sources;
}
/** `ConfigurationManager.AppSettings["Key"]` or `.AppSettings.Get("Key")`: the key; null for a key that is not a literal; undefined for anything else. */
function settingKey(file, node) {
    let collection = null;
    let keyNode;
    if (node.type === 'element_access_expression') {
        collection = node.childForFieldName('expression');
        const subscript = node.childForFieldName('subscript') ?? node.namedChildren.find((c) => c.type === 'bracketed_argument_list');
        keyNode = subscript?.namedChildren.find((c) => c.type === 'argument')?.namedChildren.at(-1);
    }
    else if (node.type === 'invocation_expression' && calleeParts(node)?.name === 'Get') {
        collection = calleeParts(node).receiver ?? null;
        keyNode = argumentValues(node)[0];
    }
    if (collection?.type !== 'member_access_expression' || collection.childForFieldName('name')?.text !== 'AppSettings')
        return undefined;
    const owner = file.resolver.meaningOf(collection.childForFieldName('expression'));
    if (owner?.kind !== 'type' || owner.type.fullName !== CONFIGURATION_MANAGER)
        return undefined;
    const key = keyNode ? unwrap(keyNode) : undefined;
    return key && (key.type === 'string_literal' || key.type === 'verbatim_string_literal') ? literalValue(key) : null;
}
function settingSource(file, key) {
    const settings = projectAppSettings(file.project).filter((s) => s.key === key);
    const active = settings.find((s) => !s.commentedOut);
    if (active)
        return { kind: 'setting', key, setting: active };
    return { kind: 'setting-missing', key, commented: settings.find((s) => s.commentedOut), configs: appConfigPaths(file.project) };
}
/** The declarator of a `const` or `static readonly` string field with a literal value, for `field:<type>.<name>`. */
function constantField(file, key) {
    const name = key.slice(key.lastIndexOf('.') + 1);
    const owner = key.slice('field:'.length, key.lastIndexOf('.'));
    for (const declarator of file.nodes('variable_declarator')) {
        const field = declarator.parent?.parent;
        if (field?.type !== 'field_declaration' || declarator.childForFieldName('name')?.text !== name)
            continue;
        if (file.resolver.enclosingTypeAt(declarator)?.fullName !== owner)
            continue;
        const modifiers = field.namedChildren.filter((c) => c.type === 'modifier').map((c) => c.text);
        const value = declaratorValue(declarator);
        const literal = value ? unwrap(value) : undefined;
        if ((modifiers.includes('const') || modifiers.includes('readonly')) &&
            literal &&
            (literal.type === 'string_literal' || literal.type === 'verbatim_string_literal'))
            return literal;
    }
    return undefined;
}
/** The value of a plain or verbatim string literal (escapes of the common kinds decoded). */
export function literalValue(node) {
    const raw = node.text;
    if (raw.startsWith('@'))
        return raw.slice(2, -1).replace(/""/g, '"');
    return raw
        .slice(1, -1)
        .replace(/\\(["'\\0abfnrtv])/g, (_, c) => ({ n: '\n', r: '\r', t: '\t', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v' })[c] ?? c);
}
/** Words for where an id comes from: `"urn:application:x" (a literal)`, `the appSettings value "ApplicationID" (App.config:5)`, ... */
export function describeSources(sources) {
    const words = sources.map((source) => {
        switch (source.kind) {
            case 'literal':
                return `"${source.value}" (line ${lineOf(source.at)})`;
            case 'setting':
                return `"${source.setting.value}" (appSettings "${source.key}", ${source.setting.path}:${source.setting.line})`;
            case 'setting-missing':
                if (source.configs.length === 0)
                    return `the appSettings value "${source.key}" (no App.config in this project's folder)`;
                return source.commented
                    ? `the appSettings value "${source.key}", which App.config has only in a comment (${source.commented.path}:${source.commented.line})`
                    : `the appSettings value "${source.key}", which ${source.configs.join(' and ')} does not set`;
            case 'console':
                return `read from the console (line ${lineOf(source.at)})`;
            case 'unknown':
                return `not known here (${source.at.text.length > 60 ? `${source.at.text.slice(0, 57)}...` : source.at.text}, line ${lineOf(source.at)})`;
        }
    });
    return [...new Set(words)].join(' or ');
}
