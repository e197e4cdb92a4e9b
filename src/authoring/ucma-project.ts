// What makes a project a UCMA project, and which UCMA it builds against, read from its
// references: shared by the ucma4-project-* and ucma4-config-* transforms.
import { xmlFileKind } from '../engine/languages/xml/dialects.js';
import type { SyntaxTree } from '../engine/languages/tree-sitter-core.js';
import { readMsbuildProject, type AssemblyReference, type MsbuildProject } from './msbuild-project.js';

/** The UCMA documents the project-file transforms follow. */
export const UCMA4_REQUIREMENTS = {
  title:
    'UCMA 4.0 SDK software and hardware requirements (Lync Server 2013 / UCMA 4.0 SDK documentation, ucma-4-0-sdk-software-and-hardware-requirements.md)',
  url: 'https://msdn.microsoft.com/library/Dn465960(v=office.15)',
} as const;

export const UCMA4_RUNTIME = {
  title: 'UCMA 4.0 Runtime (Lync Server 2013 / UCMA 4.0 SDK documentation, ucma-4-0-runtime.md)',
  url: 'https://msdn.microsoft.com/en-us/library/Dn466090(v=office.15)',
} as const;

const COLLABORATION = 'microsoft.rtc.collaboration';

/** True for Microsoft.Rtc.Collaboration and the assemblies named below it (PersistentChat, VoiceXml, ...). */
export function isUcmaAssemblyName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === COLLABORATION || lower.startsWith(`${COLLABORATION}.`);
}

/** True when the reference's HintPath points into an installed UCMA SDK (`...\Microsoft UCMA 3.0\...`). */
export function hintPathNamesUcma(reference: AssemblyReference): boolean {
  return /microsoft ucma \d/i.test(reference.hintPath?.text?.value ?? '');
}

/** A project references UCMA when a Reference names Microsoft.Rtc.Collaboration(.*) or its HintPath names a UCMA SDK folder. */
export function referencesUcma(project: MsbuildProject): boolean {
  return project.references.some((reference) => isUcmaAssemblyName(reference.assemblyName) || hintPathNamesUcma(reference));
}

/** The file's MSBuild project when it is a project file (*.csproj) that references UCMA, else undefined. */
export function readUcmaProject(file: { readonly path: string; readonly tree: SyntaxTree }): MsbuildProject | undefined {
  if (xmlFileKind(file.path) !== 'msbuild-project') return undefined;
  const project = readMsbuildProject(file.tree.rootNode);
  return project && referencesUcma(project) ? project : undefined;
}

/** Parses `v3.5`, `v4.0`, `v4.5.2` into numbers; undefined for anything else (a property reference, a typo). */
export function parseFrameworkVersion(value: string): number[] | undefined {
  const match = /^v(\d+)\.(\d+)(?:\.(\d+))?$/i.exec(value.trim());
  return match
    ? match
        .slice(1)
        .filter((part) => part !== undefined)
        .map(Number)
    : undefined;
}

/** True when `version` (from parseFrameworkVersion) is below 4.5. */
export function isBelowFramework45(version: readonly number[]): boolean {
  const [major = 0, minor = 0] = version;
  return major < 4 || (major === 4 && minor < 5);
}

/** Compares dotted version strings numerically (`4.0.0.0` < `5.0.0.0`); undefined when one is not a version. */
export function compareAssemblyVersions(a: string, b: string): number | undefined {
  const parse = (v: string) => (/^\d+(\.\d+){0,3}$/.test(v.trim()) ? v.trim().split('.').map(Number) : undefined);
  const left = parse(a);
  const right = parse(b);
  if (!left || !right) return undefined;
  for (let i = 0; i < 4; i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}
