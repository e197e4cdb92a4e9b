// UCMA 4.0 runs on .NET Framework 4.5 (full profile): a UCMA project that targets an older
// framework is retargeted to v4.5 wherever it sets TargetFrameworkVersion.
import {
  defineTransform,
  info,
  isBelowFramework45,
  parseFrameworkVersion,
  propertyValue,
  readUcmaProject,
  replace,
  UCMA4_RUNTIME,
  type Diagnostic,
  type TextEdit,
} from '../src/index.js';

export default defineTransform(
  {
    meta: {
      id: 'ucma4-project-target-framework',
      title: 'UCMA 4.0 projects target .NET Framework 4.5 (full profile)',
      description:
        'The UCMA 4.0 Runtime is built on .NET Framework 4.5 and requires its full profile. In a project that ' +
        'references UCMA (Microsoft.Rtc.Collaboration, or a HintPath into a Microsoft UCMA folder), every ' +
        'TargetFrameworkVersion below v4.5 (v2.0, v3.5, v4.0, ...) becomes v4.5, in whichever PropertyGroup it is set; ' +
        'a TargetFrameworkProfile of Client is emptied, because .NET Framework 4.5 has no client profile. ' +
        'Versions from v4.5 on, and ToolsVersion, are left as they are.',
      source: UCMA4_RUNTIME,
      kind: 'fix',
      languages: ['xml'],
      // A UCMA project names Microsoft.Rtc (its Reference) or UCMA (a Microsoft UCMA HintPath folder).
      requires: ['Microsoft.Rtc', 'UCMA'],
      followUp: 'Install the .NET Framework 4.5 targeting pack (Visual Studio 2012 or later) to build the retargeted project.',
    },
    run(context) {
      const project = readUcmaProject(context);
      if (!project) return;
      const edits: TextEdit[] = [];
      const diagnostics: Diagnostic[] = [];
      let targets45 = false;
      let seen = false;
      for (const group of project.propertyGroups) {
        for (const property of group.properties) {
          if (property.name !== 'TargetFrameworkVersion') continue;
          seen = true;
          const value = propertyValue(property);
          const version = value === undefined ? undefined : parseFrameworkVersion(value);
          if (!version || !property.text) {
            diagnostics.push(
              info(
                property.element,
                `TargetFrameworkVersion ${JSON.stringify(value ?? '')} is not a version this transform can read; make sure it resolves to v4.5 or later for UCMA 4.0`,
              ),
            );
            continue;
          }
          targets45 = true;
          if (isBelowFramework45(version)) edits.push(replace(property.text, 'v4.5'));
        }
      }
      if (!seen) {
        // MSBuild then uses its toolset's default (v4.0 for ToolsVersion 4.0, older before), below 4.5.
        diagnostics.push(
          info(
            project.root,
            'this project sets no TargetFrameworkVersion, so MSBuild uses its default, which is below v4.5; add <TargetFrameworkVersion>v4.5</TargetFrameworkVersion> for UCMA 4.0',
          ),
        );
      }
      if (targets45) {
        for (const group of project.propertyGroups) {
          for (const property of group.properties) {
            if (property.name === 'TargetFrameworkProfile' && property.text && propertyValue(property)?.toLowerCase() === 'client') {
              edits.push(replace(property.text, ''));
            }
          }
        }
      }
      return { edits, diagnostics };
    },
  },
  import.meta.url,
);
