import { globalProperty, propertyValue } from '../authoring/msbuild-project.js';
import { isBelowFramework45, isUcmaAssemblyName, parseFrameworkVersion } from '../authoring/ucma-project.js';
const ORDER = ['2.0', '3.0', '4.0', '5.0'];
/** The UCMA release that shipped Microsoft.Rtc.Collaboration with this assembly version. */
export function ucmaOfAssemblyVersion(version) {
    const major = Number(/^\s*(\d+)\./.exec(version)?.[1]);
    if (!Number.isFinite(major))
        return undefined;
    if (major >= 6)
        return '5.0';
    if (major === 5)
        return '4.0';
    if (major === 4)
        return '3.0';
    // UCMA 2.0 (Office Communications Server 2007 R2) shipped the assembly below 4.0.0.0.
    return '2.0';
}
/** The UCMA release whose SDK folder a HintPath names, if it names one. */
export function ucmaOfHintPath(hintPath) {
    const folder = /microsoft ucma (\d)\.0/i.exec(hintPath);
    if (folder)
        return ORDER.find((version) => version === `${folder[1]}.0`);
    if (/ucma sdk 2\.0|office communications server 2007/i.test(hintPath))
        return '2.0';
    return undefined;
}
/** Decides the starting point of a project from its parsed project file and its code. */
export function startingPointOf(path, text, project, code) {
    const lineOf = (offset) => text.slice(0, offset).split('\n').length;
    const proven = [];
    for (const reference of project.references) {
        // VoiceXml keeps its 4.0.0.0 version in UCMA 4.0 and 5.0: it tells nothing.
        if (!isUcmaAssemblyName(reference.assemblyName) || /voicexml/i.test(reference.assemblyName))
            continue;
        const at = lineOf(reference.element.startIndex);
        const byVersion = reference.version && ucmaOfAssemblyVersion(reference.version.value);
        if (byVersion)
            proven.push({
                version: byVersion,
                evidence: { path, line: at, text: `Reference ${reference.assemblyName}, Version=${reference.version.value}` },
            });
        const hint = reference.hintPath?.text?.value;
        const byHint = hint === undefined ? undefined : ucmaOfHintPath(hint);
        if (byHint)
            proven.push({
                version: byHint,
                evidence: { path, line: lineOf(reference.hintPath.element.startIndex), text: `HintPath ${hint.trim()}` },
            });
    }
    const framework = globalProperty(project, 'TargetFrameworkVersion');
    const frameworkValue = propertyValue(framework);
    const parsed = frameworkValue === undefined ? undefined : parseFrameworkVersion(frameworkValue);
    const frameworkEvidence = framework
        ? [{ path, line: lineOf(framework.element.startIndex), text: `TargetFrameworkVersion ${frameworkValue ?? ''}`.trim() }]
        : [];
    if (proven.length > 0) {
        const oldest = ORDER.find((version) => proven.some((p) => p.version === version));
        const versions = [...new Set(proven.map((p) => p.version))];
        return {
            version: oldest,
            candidates: [oldest],
            certain: true,
            summary: versions.length === 1
                ? `UCMA ${oldest}: the project's UCMA reference says so.`
                : `UCMA ${oldest}: the project's UCMA references disagree (${versions.map((v) => `UCMA ${v}`).join(', ')}); the oldest counts.`,
            evidence: [...proven.map((p) => p.evidence), ...code.wmiProvisioning],
        };
    }
    if (code.wmiProvisioning.length > 0)
        return {
            version: '2.0',
            candidates: ['2.0'],
            certain: false,
            summary: 'UCMA 2.0: the code provisions through the Office Communications Server 2007 R2 WMI classes, as UCMA 2.0 applications do.',
            evidence: [...code.wmiProvisioning, ...frameworkEvidence],
        };
    // MSBuild's default framework, when none is set, is below 4.5.
    const below45 = parsed === undefined ? frameworkValue === undefined : isBelowFramework45(parsed);
    if (below45) {
        if (code.autoProvisioning.length > 0)
            return {
                version: '3.0',
                candidates: ['3.0'],
                certain: false,
                summary: 'UCMA 3.0: the code uses auto-provisioning, which came with UCMA 3.0, and the project targets a .NET Framework below 4.5, which UCMA 4.0 cannot use.',
                evidence: [...code.autoProvisioning, ...frameworkEvidence],
            };
        return {
            version: undefined,
            candidates: ['2.0', '3.0'],
            certain: false,
            summary: 'UCMA 2.0 or 3.0: the project targets a .NET Framework below 4.5 and its UCMA reference names no version or SDK folder; declare the source version in the config to decide.',
            evidence: frameworkEvidence,
        };
    }
    return {
        version: '4.0',
        candidates: ['4.0', '5.0'],
        certain: false,
        summary: 'UCMA 4.0 (or 5.0): the project targets .NET Framework 4.5 or later and its UCMA reference names no version or SDK folder.',
        evidence: frameworkEvidence,
    };
}
