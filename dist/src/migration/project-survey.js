// Each project of a run as the migration sees it: where it starts (UCMA version, with evidence),
// what kind of project it is, its retarget as before/after rows, the application ids it shows, and
// how many of its files need nothing more. Pure: it reads texts that the caller gathered.
import { parseCSharp } from '../engine/languages/csharp/parse.js';
import { parseXml } from '../engine/languages/xml/parse.js';
import { readMsbuildProject, globalProperty, propertyValue } from '../authoring/msbuild-project.js';
import { referencesUcma, isUcmaAssemblyName } from '../authoring/ucma-project.js';
import { attributeOf, childElements, descendantElements, elementName, rootElement } from '../authoring/xml-syntax.js';
import { startingPointOf } from './ucma-version.js';
const NOT_SET = '(not set)';
/** Surveys every project file of the input, in path order. */
export function surveyProjects(input) {
    const projects = [...input.projectFiles].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const folders = projects.map((project) => folderOf(project.path));
    const owner = (path) => {
        // The nearest folder with a project file owns a file; the first project of that folder wins.
        let best = -1;
        for (let i = 0; i < folders.length; i++) {
            const folder = folders[i];
            if ((folder === '' || path.startsWith(`${folder}/`)) && (best === -1 || folder.length > folders[best].length))
                best = i;
        }
        return best;
    };
    return projects.flatMap((file, index) => {
        const before = readMsbuildProject(parseXml(file.before).rootNode);
        if (!before)
            return [];
        const after = readMsbuildProject(parseXml(file.after).rootNode) ?? before;
        const mine = (items) => items.filter((item) => owner(item.path) === index);
        const code = codeSignals(mine(input.csharpFiles));
        // The UCMA 2.0 SDK's ApplicationProvisioning library declares both classes (see the domain notes).
        const declares = (name) => mine(input.csharpFiles).some((f) => new RegExp(`\\bclass\\s+${name}\\b`).test(f.before));
        const declaresSample = declares('TrustedApplicationPool') && declares('TrustedService');
        const role = referencesUcma(before)
            ? 'ucma'
            : declaresSample
                ? 'provisioner-sample'
                : code.wmiProvisioning.length > 0
                    ? 'wmi-provisioning'
                    : 'other';
        const configs = mine(input.configFiles);
        const files = mine(input.files);
        return [
            {
                path: file.path,
                folder: folders[index],
                name: file.path
                    .split('/')
                    .pop()
                    .replace(/\.csproj$/i, ''),
                role,
                outputType: propertyValue(globalProperty(before, 'OutputType')) ?? 'Library',
                startingPoint: startingPointOf(file.path, file.before, before, code),
                retarget: [...retargetRows(before, after), ...configs.flatMap(runtimeRows)],
                wmiProvisioning: code.wmiProvisioning,
                applicationIds: [...configs.flatMap(configApplicationIds), ...code.applicationIds],
                files: files.length,
                filesDone: files.filter((f) => !f.open).length,
            },
        ];
    });
}
function folderOf(path) {
    const slash = path.lastIndexOf('/');
    return slash === -1 ? '' : path.slice(0, slash);
}
function lineAt(text, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}
/** WMI class names in string literals, auto-provisioning settings and their application ids, read from the syntax tree (comments do not count). */
function codeSignals(files) {
    const wmiProvisioning = [];
    const autoProvisioning = [];
    const applicationIds = [];
    for (const file of files) {
        const text = file.before;
        if (!text.includes('MSFT_SIP') && !text.includes('ProvisionedApplicationPlatformSettings'))
            continue;
        const root = parseCSharp(text).rootNode;
        const seen = new Set();
        for (const literal of root.descendantsOfType(['string_literal', 'verbatim_string_literal', 'interpolated_string_expression'])) {
            const name = /MSFT_SIP\w+/.exec(literal.text)?.[0];
            if (!name || seen.has(name))
                continue;
            seen.add(name);
            wmiProvisioning.push({ path: file.path, line: literal.startPosition.row + 1, text: `WMI class ${name}` });
        }
        for (const creation of root.descendantsOfType('object_creation_expression')) {
            const type = creation.childForFieldName('type');
            if (!type || !/(^|\.)ProvisionedApplicationPlatformSettings$/.test(type.text))
                continue;
            const line = creation.startPosition.row + 1;
            autoProvisioning.push({ path: file.path, line, text: 'new ProvisionedApplicationPlatformSettings(...)' });
            const id = literalArgument(creation, 1);
            if (id !== undefined)
                applicationIds.push({ path: file.path, line, text: 'second argument of new ProvisionedApplicationPlatformSettings', value: id });
        }
    }
    return { wmiProvisioning, autoProvisioning, applicationIds };
}
/** The value of a plain string literal argument at `index`, if it is one. */
function literalArgument(creation, index) {
    const list = creation.childForFieldName('arguments');
    const argument = list?.namedChildren.filter((child) => child.type === 'argument')[index];
    const expression = argument?.namedChildren.at(-1);
    if (expression?.type !== 'string_literal')
        return undefined;
    const value = expression.text.slice(1, -1);
    return value.includes('\\') || value.trim() === '' ? undefined : value;
}
/** appSettings entries whose key names an application id or name. */
function configApplicationIds(file) {
    const root = rootElement(parseXml(file.before).rootNode);
    if (!root || elementName(root) !== 'configuration')
        return [];
    const found = [];
    for (const settings of childElements(root).filter((e) => elementName(e) === 'appSettings')) {
        for (const add of childElements(settings).filter((e) => elementName(e) === 'add')) {
            const key = attributeOf(add, 'key')?.value ?? '';
            const value = attributeOf(add, 'value')?.value?.trim() ?? '';
            if (/^(app(lication)?[ _.-]?(id|name))$/i.test(key) && value !== '')
                found.push({ path: file.path, line: lineAt(file.before, add.startIndex), text: `appSettings "${key}"`, value });
        }
    }
    return found;
}
/** Target framework, profile, per-configuration platform and Prefer32Bit, and UCMA references, before and after. */
function retargetRows(before, after) {
    const rows = [];
    const global = (project, name) => {
        const property = globalProperty(project, name);
        return property === undefined ? NOT_SET : (propertyValue(property) ?? '(not plain text)') || '(empty)';
    };
    rows.push({
        setting: 'TargetFrameworkVersion',
        scope: 'all builds',
        before: global(before, 'TargetFrameworkVersion'),
        after: global(after, 'TargetFrameworkVersion'),
    });
    const profileBefore = global(before, 'TargetFrameworkProfile');
    const profileAfter = global(after, 'TargetFrameworkProfile');
    if (profileBefore !== NOT_SET || profileAfter !== NOT_SET)
        rows.push({ setting: 'TargetFrameworkProfile', scope: 'all builds', before: profileBefore, after: profileAfter });
    const configurations = (project) => project.propertyGroups.flatMap((group) => group.scope.kind === 'configuration' ? [{ key: `${group.scope.configuration ?? '*'}|${group.scope.platform ?? '*'}`, group }] : []);
    const afterGroups = configurations(after);
    for (const { key, group } of configurations(before)) {
        const other = afterGroups.find((candidate) => candidate.key === key)?.group;
        for (const setting of ['PlatformTarget', 'Prefer32Bit']) {
            const value = (g) => {
                const property = g?.properties.filter((p) => p.name === setting).at(-1);
                return property === undefined ? NOT_SET : (propertyValue(property) ?? '(not plain text)');
            };
            const pair = { before: value(group), after: value(other) };
            if (setting === 'Prefer32Bit' && pair.before === NOT_SET && pair.after === NOT_SET)
                continue;
            rows.push({ setting, scope: key, ...pair });
        }
    }
    const afterReferences = after.references;
    before.references.forEach((reference, index) => {
        if (!isUcmaAssemblyName(reference.assemblyName))
            return;
        const match = afterReferences[index];
        const describe = (r) => (r === undefined ? '(removed)' : `Version=${r.version?.value ?? '(none)'}`);
        rows.push({ setting: `Reference ${reference.assemblyName}`, scope: 'all builds', before: describe(reference), after: describe(match) });
        const hint = (r) => r?.hintPath?.text?.value.trim() ?? NOT_SET;
        if (reference.hintPath)
            rows.push({ setting: `HintPath of ${reference.assemblyName}`, scope: 'all builds', before: hint(reference), after: hint(match) });
    });
    return rows;
}
/** The supportedRuntime entries of an App.config, before and after. */
function runtimeRows(file) {
    const entries = (text) => descendantElements(parseXml(text).rootNode)
        .filter((element) => elementName(element) === 'supportedRuntime')
        .map((element) => `${attributeOf(element, 'version')?.value ?? '?'} ${attributeOf(element, 'sku')?.value ?? ''}`.trim());
    const before = entries(file.before);
    const after = entries(file.after);
    const name = file.path.split('/').pop();
    return before.map((value, index) => ({
        setting: `supportedRuntime (${name})`,
        scope: 'run time',
        before: value,
        after: after[index] ?? '(removed)',
    }));
}
