// Facts about a project that the provisioning rules read from its project files (carried by the
// project index as text): the appSettings of its App.config, including entries that are
// commented out, and whether its .csproj builds an executable that runs 64-bit.
import { attributeOf, childElements, descendantElements, elementName, globalProperty, parseXml, positionAt, propertyValue, readMsbuildProject, rootElement, xmlFileKind, } from '../src/index.js';
const settingsCache = new WeakMap();
/** The appSettings of the project's App.config and *.exe.config files (in effect and commented out). */
export function projectAppSettings(project) {
    if (!project)
        return [];
    let settings = settingsCache.get(project);
    if (!settings) {
        settings = project.projectFiles.filter((file) => xmlFileKind(file.path) === 'app-config').flatMap(appSettingsOf);
        settingsCache.set(project, settings);
    }
    return settings;
}
/** The paths of the App.config and *.exe.config files the project index carries. */
export function appConfigPaths(project) {
    return (project?.projectFiles ?? []).filter((file) => xmlFileKind(file.path) === 'app-config').map((file) => file.path);
}
/** The appSettings entries of one configuration file. */
export function appSettingsOf(file) {
    const settings = [];
    const tree = parseXml(file.text);
    const root = rootElement(tree.rootNode);
    if (root) {
        for (const element of descendantElements(root)) {
            if (elementName(element) !== 'appSettings')
                continue;
            for (const add of childElements(element)) {
                if (elementName(add) !== 'add')
                    continue;
                const key = attributeOf(add, 'key');
                const value = attributeOf(add, 'value');
                if (key && value)
                    settings.push({
                        path: file.path,
                        key: key.value,
                        value: value.value,
                        line: positionAt(file.text, add.startIndex).line,
                        commentedOut: false,
                    });
            }
        }
    }
    // Entries someone commented out: they say which key the code reads, and that it is not set.
    for (const comment of file.text.matchAll(/<!--([\s\S]*?)-->/g)) {
        for (const add of comment[1].matchAll(/<add\s+key\s*=\s*"([^"]*)"\s+value\s*=\s*"([^"]*)"/g)) {
            settings.push({
                path: file.path,
                key: add[1],
                value: add[2],
                line: positionAt(file.text, comment.index + 4 + add.index).line,
                commentedOut: true,
            });
        }
    }
    return settings;
}
/** OutputType values that make an executable; MSBuild's common targets default an empty one to exe. */
const EXECUTABLE_OUTPUT_TYPES = new Set(['exe', 'winexe', 'appcontainerexe', '']);
/** The bitness facts of the project's .csproj files (usually one). */
export function projectBitness(project) {
    return (project?.projectFiles ?? [])
        .filter((file) => xmlFileKind(file.path) === 'msbuild-project')
        .flatMap((file) => {
        const msbuild = readMsbuildProject(parseXml(file.text).rootNode);
        return msbuild ? [bitnessOf(file.path, msbuild)] : [];
    });
}
function bitnessOf(path, project) {
    const outputType = (propertyValue(globalProperty(project, 'OutputType')) ?? '').toLowerCase();
    const defaultTarget = propertyValue(globalProperty(project, 'PlatformTarget'))?.toLowerCase();
    const defaultPrefer32 = propertyValue(globalProperty(project, 'Prefer32Bit'))?.toLowerCase();
    const defaultPlatform = propertyValue(globalProperty(project, 'Platform')) ?? 'AnyCPU';
    const groups = project.propertyGroups.filter((g) => g.scope.kind === 'configuration');
    const thirtyTwoBit = [];
    const judge = (name, target, prefer32) => {
        // An AnyCPU executable for .NET 4.5 or later prefers 32-bit unless told otherwise (and the
        // UCMA 4.0 migration retargets to 4.5).
        if (target === 'x86' || (target === 'anycpu' && prefer32 !== 'false'))
            thirtyTwoBit.push(name);
    };
    for (const group of groups) {
        const scope = group.scope;
        const platform = scope.platform ?? defaultPlatform;
        const target = (own(group, 'PlatformTarget') ?? defaultTarget ?? inferTarget(platform)).toLowerCase();
        judge(`${scope.configuration ?? '*'}|${platform}`, target, own(group, 'Prefer32Bit')?.toLowerCase() ?? defaultPrefer32);
    }
    if (groups.length === 0)
        judge(`*|${defaultPlatform}`, defaultTarget ?? inferTarget(defaultPlatform), defaultPrefer32);
    return { path, outputType, executable: EXECUTABLE_OUTPUT_TYPES.has(outputType), thirtyTwoBit };
}
function own(group, name) {
    return propertyValue(group.properties.filter((p) => p.name === name && p.condition === undefined).pop());
}
function inferTarget(platform) {
    const lower = platform.toLowerCase();
    return lower === 'x86' || lower === 'x64' ? lower : 'anycpu';
}
