// UCMA 4.0 is 64-bit only: a UCMA executable must run as a 64-bit process in every configuration.
// x86 targets become x64, and an AnyCPU configuration must not prefer 32-bit, which MSBuild turns
// on by default for executables that target .NET Framework 4.5 or later.
import {
  appendChildElement,
  defineTransform,
  globalProperty,
  info,
  propertyValue,
  readUcmaProject,
  replace,
  UCMA4_REQUIREMENTS,
  type Diagnostic,
  type MsbuildProject,
  type PropertyGroup,
  type TextEdit,
} from '../src/index.js';

/** OutputType values MSBuild treats as executables for the Prefer32Bit default (empty means exe). */
const EXECUTABLE_OUTPUT_TYPES = new Set(['exe', 'winexe', 'appcontainerexe', '']);

export default defineTransform(
  {
    meta: {
      id: 'ucma4-project-64-bit',
      title: 'UCMA 4.0 executables run 64-bit in every configuration',
      description:
        'UCMA 4.0 SDK and Runtime are available only in a 64-bit version, so the process that loads them must be ' +
        '64-bit. In a project that references UCMA and builds an executable (OutputType Exe or WinExe), every ' +
        'PlatformTarget x86 becomes x64 (and a configuration for the x86 platform that sets no PlatformTarget gets ' +
        'an x64 one). Each AnyCPU configuration gets Prefer32Bit false in its own PropertyGroup (true is changed, ' +
        "a missing one inserted with the file's indentation): MSBuild (Microsoft.NETFramework.CurrentVersion.props) " +
        'sets Prefer32Bit to true for executables that target .NET Framework 4.5 or later, so retargeting alone ' +
        'would make the executable run 32-bit. x64 configurations and class libraries are left as they are.',
      source: UCMA4_REQUIREMENTS,
      kind: 'fix',
      languages: ['xml'],
      requires: ['Microsoft.Rtc', 'UCMA'],
    },
    run(context) {
      const project = readUcmaProject(context);
      if (!project) return;
      const outputType = (propertyValue(globalProperty(project, 'OutputType')) ?? '').toLowerCase();
      const edits: TextEdit[] = [];
      const diagnostics: Diagnostic[] = [];
      if (!EXECUTABLE_OUTPUT_TYPES.has(outputType)) {
        for (const group of project.propertyGroups) {
          for (const property of group.properties) {
            if (property.name === 'PlatformTarget' && propertyValue(property)?.toLowerCase() === 'x86') {
              diagnostics.push(
                info(
                  property.element,
                  'this class library is built for x86 and cannot be loaded by a 64-bit UCMA 4.0 process; consider AnyCPU or x64',
                ),
              );
            }
          }
        }
        return { diagnostics };
      }
      const defaultPlatformTarget = propertyValue(globalProperty(project, 'PlatformTarget'));
      // An unconditional Prefer32Bit true is changed to false below, so after the edits any
      // unconditional value means false for the configurations that set none.
      const defaultPrefer32Bit = propertyValue(globalProperty(project, 'Prefer32Bit'))?.toLowerCase();
      const defaultIsFalse = defaultPrefer32Bit === 'true' || defaultPrefer32Bit === 'false';
      for (const group of project.propertyGroups) {
        for (const property of group.properties) {
          const value = propertyValue(property)?.toLowerCase();
          if (property.name === 'PlatformTarget' && value === 'x86' && property.text) edits.push(replace(property.text, 'x64'));
          // An unconditional Prefer32Bit true applies to every AnyCPU configuration.
          if (property.name === 'Prefer32Bit' && value === 'true' && property.text && group.scope.kind === 'all')
            edits.push(replace(property.text, 'false'));
        }
        if (group.scope.kind !== 'configuration') continue;
        const platformTarget = (
          propertyValue(ownProperty(group, 'PlatformTarget')) ??
          defaultPlatformTarget ??
          inferredPlatformTarget(project, group)
        ).toLowerCase();
        if (platformTarget === 'x86' && !ownProperty(group, 'PlatformTarget') && defaultPlatformTarget === undefined) {
          const insertion = appendChildElement(context.text, group.element, '<PlatformTarget>x64</PlatformTarget>');
          if (insertion) edits.push(insertion);
        }
        if (platformTarget !== 'anycpu') continue;
        const own = ownProperty(group, 'Prefer32Bit');
        const ownValue = propertyValue(own)?.toLowerCase();
        if (own && ownValue === 'true' && own.text) edits.push(replace(own.text, 'false'));
        else if (!own && !defaultIsFalse) {
          const insertion = appendChildElement(context.text, group.element, '<Prefer32Bit>false</Prefer32Bit>');
          if (insertion) edits.push(insertion);
        }
      }
      return { edits, diagnostics };
    },
  },
  import.meta.url,
);

/** The group's own unconditioned property called `name` (the last one wins, as in MSBuild). */
function ownProperty(group: PropertyGroup, name: string) {
  return group.properties.filter((property) => property.name === name && property.condition === undefined).pop();
}

/**
 * MSBuild's PlatformTarget when no PropertyGroup sets it: x86 or x64 for those platforms, AnyCPU
 * otherwise. A group whose condition names no platform takes the project's default Platform.
 */
function inferredPlatformTarget(project: MsbuildProject, group: PropertyGroup): string {
  const platform =
    (group.scope.kind === 'configuration' ? group.scope.platform : undefined) ??
    propertyValue(globalProperty(project, 'Platform')) ??
    'AnyCPU';
  const lower = platform.toLowerCase();
  return lower === 'x86' || lower === 'x64' ? lower : 'anycpu';
}
