// Which UCMA a project builds against, told from what its files show: the version of its
// Microsoft.Rtc.Collaboration reference, the SDK folder its HintPath names, WMI provisioning code,
// auto-provisioning code and its target framework. Every conclusion carries what it was read from.
import type { MsbuildProject } from '../authoring/msbuild-project.js';
import { globalProperty, propertyValue } from '../authoring/msbuild-project.js';
import { isBelowFramework45, isUcmaAssemblyName, parseFrameworkVersion } from '../authoring/ucma-project.js';

export type UcmaVersion = '2.0' | '3.0' | '4.0' | '5.0';

/** Something seen in a file that a conclusion rests on. */
export interface Evidence {
  /** Relative to the working directory, forward slashes. */
  readonly path: string;
  /** 1-based. */
  readonly line: number;
  /** What was seen there, in words. */
  readonly text: string;
}

export interface StartingPoint {
  /** Undefined when the files do not tell (then `candidates` says between which). */
  readonly version: UcmaVersion | undefined;
  readonly candidates: readonly UcmaVersion[];
  /** True when a reference version or an SDK folder names it; false when it is inferred. */
  readonly certain: boolean;
  /** One sentence: the conclusion and why. */
  readonly summary: string;
  readonly evidence: readonly Evidence[];
}

/** What the C# files of a project show about provisioning. */
export interface CodeSignals {
  /** String literals that name an OCS 2007 R2 WMI class (`MSFT_SIP...`): UCMA 2.0 provisioning. */
  readonly wmiProvisioning: readonly Evidence[];
  /** `new ProvisionedApplicationPlatformSettings(...)`: auto-provisioning, UCMA 3.0 and later. */
  readonly autoProvisioning: readonly Evidence[];
}

const ORDER: readonly UcmaVersion[] = ['2.0', '3.0', '4.0', '5.0'];

/** The UCMA release that shipped Microsoft.Rtc.Collaboration with this assembly version. */
export function ucmaOfAssemblyVersion(version: string): UcmaVersion | undefined {
  const major = Number(/^\s*(\d+)\./.exec(version)?.[1]);
  if (!Number.isFinite(major)) return undefined;
  if (major >= 6) return '5.0';
  if (major === 5) return '4.0';
  if (major === 4) return '3.0';
  // UCMA 2.0 (Office Communications Server 2007 R2) shipped the assembly below 4.0.0.0.
  return '2.0';
}

/** The UCMA release whose SDK folder a HintPath names, if it names one. */
export function ucmaOfHintPath(hintPath: string): UcmaVersion | undefined {
  const folder = /microsoft ucma (\d)\.0/i.exec(hintPath);
  if (folder) return ORDER.find((version) => version === `${folder[1]}.0`);
  if (/ucma sdk 2\.0|office communications server 2007/i.test(hintPath)) return '2.0';
  return undefined;
}

/** Decides the starting point of a project from its parsed project file and its code. */
export function startingPointOf(path: string, text: string, project: MsbuildProject, code: CodeSignals): StartingPoint {
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
  const proven: { version: UcmaVersion; evidence: Evidence }[] = [];
  for (const reference of project.references) {
    // VoiceXml keeps its 4.0.0.0 version in UCMA 4.0 and 5.0: it tells nothing.
    if (!isUcmaAssemblyName(reference.assemblyName) || /voicexml/i.test(reference.assemblyName)) continue;
    const at = lineOf(reference.element.startIndex);
    const byVersion = reference.version && ucmaOfAssemblyVersion(reference.version.value);
    if (byVersion)
      proven.push({
        version: byVersion,
        evidence: { path, line: at, text: `Reference ${reference.assemblyName}, Version=${reference.version!.value}` },
      });
    const hint = reference.hintPath?.text?.value;
    const byHint = hint === undefined ? undefined : ucmaOfHintPath(hint);
    if (byHint)
      proven.push({
        version: byHint,
        evidence: { path, line: lineOf(reference.hintPath!.element.startIndex), text: `HintPath ${hint!.trim()}` },
      });
  }
  const framework = globalProperty(project, 'TargetFrameworkVersion');
  const frameworkValue = propertyValue(framework);
  const parsed = frameworkValue === undefined ? undefined : parseFrameworkVersion(frameworkValue);
  const frameworkEvidence: Evidence[] = framework
    ? [{ path, line: lineOf(framework.element.startIndex), text: `TargetFrameworkVersion ${frameworkValue ?? ''}`.trim() }]
    : [];

  if (proven.length > 0) {
    const oldest = ORDER.find((version) => proven.some((p) => p.version === version))!;
    const versions = [...new Set(proven.map((p) => p.version))];
    return {
      version: oldest,
      candidates: [oldest],
      certain: true,
      summary:
        versions.length === 1
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
        summary:
          'UCMA 3.0: the code uses auto-provisioning, which came with UCMA 3.0, and the project targets a .NET Framework below 4.5, which UCMA 4.0 cannot use.',
        evidence: [...code.autoProvisioning, ...frameworkEvidence],
      };
    return {
      version: undefined,
      candidates: ['2.0', '3.0'],
      certain: false,
      summary:
        'UCMA 2.0 or 3.0: the project targets a .NET Framework below 4.5 and its UCMA reference names no version or SDK folder; declare the source version in the config to decide.',
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
