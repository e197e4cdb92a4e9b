// The starting UCMA version of a project, from its reference version, its HintPath, its code and
// its target framework; and the rest of the project survey (role, retarget rows, application ids).
import { describe, expect, test } from '@jest/globals';
import { surveyProjects, type SurveyInput } from '../../src/migration/project-survey.js';
import { ucmaOfAssemblyVersion, ucmaOfHintPath } from '../../src/migration/ucma-version.js';

const project = (framework: string | undefined, reference: string, extra = '') => `<?xml version="1.0" encoding="utf-8"?>
<Project ToolsVersion="4.0" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
${framework ? `    <TargetFrameworkVersion>${framework}</TargetFrameworkVersion>\n` : ''}  </PropertyGroup>
  <PropertyGroup Condition=" '$(Configuration)|$(Platform)' == 'Debug|AnyCPU' ">
    <PlatformTarget>x86</PlatformTarget>
  </PropertyGroup>
  <ItemGroup>
    ${reference}
    <Reference Include="System" />
  </ItemGroup>${extra}
</Project>
`;

function survey(csproj: string, csharp: Record<string, string> = {}, after = csproj) {
  const input: SurveyInput = {
    projectFiles: [{ path: 'App/App.csproj', before: csproj, after }],
    configFiles: [],
    csharpFiles: Object.entries(csharp).map(([path, text]) => ({ path, before: text, after: text })),
    files: [{ path: 'App/App.csproj', open: csproj !== after }, ...Object.keys(csharp).map((path) => ({ path, open: false }))],
  };
  return surveyProjects(input)[0]!;
}

describe('assembly versions and SDK folders', () => {
  test.each([
    ['6.0.0.0', '5.0'],
    ['5.0.0.0', '4.0'],
    ['4.0.0.0', '3.0'],
    ['3.5.0.0', '2.0'],
    ['x', undefined],
  ])('Microsoft.Rtc.Collaboration %s is UCMA %s', (version, ucma) => expect(ucmaOfAssemblyVersion(version)).toBe(ucma));

  test.each([
    ['C:\\Program Files\\Microsoft UCMA 3.0\\SDK\\Core\\Bin\\Microsoft.Rtc.Collaboration.dll', '3.0'],
    ['..\\Microsoft UCMA 4.0\\SDK\\Core\\Bin\\x.dll', '4.0'],
    ['C:\\Program Files\\Microsoft Office Communications Server 2007 R2\\UCMA SDK 2.0\\UCMACore\\x.dll', '2.0'],
    ['lib\\Microsoft.Rtc.Collaboration.dll', undefined],
  ])('%s names UCMA %s', (hint, ucma) => expect(ucmaOfHintPath(hint)).toBe(ucma));
});

describe('the starting point of a project', () => {
  test('a versioned reference is certain, and its line is the evidence', () => {
    const point = survey(
      project('v4.0', '<Reference Include="Microsoft.Rtc.Collaboration, Version=4.0.0.0, Culture=neutral" />'),
    ).startingPoint;
    expect(point).toMatchObject({ version: '3.0', certain: true });
    expect(point.evidence[0]).toEqual({ path: 'App/App.csproj', line: 11, text: 'Reference Microsoft.Rtc.Collaboration, Version=4.0.0.0' });
  });

  test('references that disagree: the oldest counts and the summary says so', () => {
    const point = survey(
      project(
        'v4.5',
        '<Reference Include="Microsoft.Rtc.Collaboration, Version=5.0.0.0" />\n    <Reference Include="Microsoft.Rtc.Collaboration.PersistentChat, Version=4.0.0.0" />',
      ),
    ).startingPoint;
    expect(point.version).toBe('3.0');
    expect(point.summary).toContain('disagree');
  });

  test('VoiceXml keeps 4.0.0.0 in UCMA 4.0 and proves nothing', () => {
    const point = survey(
      project(
        'v4.5',
        '<Reference Include="Microsoft.Rtc.Collaboration" />\n    <Reference Include="Microsoft.Rtc.Collaboration.AudioVideo.VoiceXml, Version=4.0.0.0" />',
      ),
    ).startingPoint;
    expect(point).toMatchObject({ version: '4.0', certain: false, candidates: ['4.0', '5.0'] });
  });

  test('WMI provisioning in a string literal is UCMA 2.0; in a comment it is nothing', () => {
    const unversioned = project('v3.5', '<Reference Include="Microsoft.Rtc.Collaboration" />');
    const wmi = survey(unversioned, { 'App/Provision.cs': 'class P { string c = "MSFT_SIPApplicationContactSetting"; }' });
    expect(wmi.startingPoint).toMatchObject({ version: '2.0', certain: false });
    expect(wmi.wmiProvisioning).toEqual([{ path: 'App/Provision.cs', line: 1, text: 'WMI class MSFT_SIPApplicationContactSetting' }]);
    const comment = survey(unversioned, { 'App/Provision.cs': '// we used MSFT_SIPApplicationContactSetting once\nclass P { }' });
    expect(comment.wmiProvisioning).toEqual([]);
    expect(comment.startingPoint).toMatchObject({ version: undefined, candidates: ['2.0', '3.0'] });
  });

  test('auto-provisioning below .NET 4.5 is UCMA 3.0, and its literal application id is read', () => {
    const code = 'class P { void M() { var s = new ProvisionedApplicationPlatformSettings("ua", "urn:application:rooms"); } }';
    const surveyed = survey(project('v3.5', '<Reference Include="Microsoft.Rtc.Collaboration" />'), { 'App/P.cs': code });
    expect(surveyed.startingPoint).toMatchObject({ version: '3.0', certain: false });
    expect(surveyed.applicationIds).toEqual([
      { path: 'App/P.cs', line: 1, text: 'second argument of new ProvisionedApplicationPlatformSettings', value: 'urn:application:rooms' },
    ]);
  });

  test('no TargetFrameworkVersion means MSBuild default, below 4.5', () => {
    expect(survey(project(undefined, '<Reference Include="Microsoft.Rtc.Collaboration" />')).startingPoint.candidates).toEqual([
      '2.0',
      '3.0',
    ]);
  });
});

describe('the rest of the survey', () => {
  test('the retarget rows show before and after, per configuration', () => {
    const before = project('v3.5', '<Reference Include="Microsoft.Rtc.Collaboration, Version=4.0.0.0" />');
    const after = before.replace('v3.5', 'v4.5').replace('x86', 'x64').replace('Version=4.0.0.0', 'Version=5.0.0.0');
    const surveyed = survey(before, {}, after);
    expect(surveyed.retarget).toEqual([
      { setting: 'TargetFrameworkVersion', scope: 'all builds', before: 'v3.5', after: 'v4.5' },
      { setting: 'PlatformTarget', scope: 'Debug|AnyCPU', before: 'x86', after: 'x64' },
      { setting: 'Reference Microsoft.Rtc.Collaboration', scope: 'all builds', before: 'Version=4.0.0.0', after: 'Version=5.0.0.0' },
    ]);
    expect([surveyed.files, surveyed.filesDone]).toEqual([1, 0]);
  });

  test('a project that references neither UCMA nor WMI is "other"; the sample library is recognised by its classes', () => {
    const plain = project('v3.5', '<Reference Include="System.Xml" />');
    expect(survey(plain).role).toBe('other');
    const sample = survey(plain, {
      'App/TrustedApplicationPool.cs': 'public class TrustedApplicationPool { }',
      'App/TrustedService.cs': 'public class TrustedService { public string TlsTarget; }',
    });
    expect(sample.role).toBe('provisioner-sample');
  });
});
