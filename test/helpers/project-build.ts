// Builds the fixture projects with Mono's xbuild against compile-only UCMA stand-ins laid out the
// way the projects' HintPaths expect (..\..\Program Files\Microsoft UCMA 3.0\SDK\Core\Bin\...).
import { test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { EvaluatedConfiguration } from './msbuild-rules.js';
import { fixturePath } from './paths.js';

export const XBUILD_INSTALL_HINT = 'apt-get install mono-xbuild mono-mcs';

export function hasXbuild(): boolean {
  const result = spawnSync('xbuild', ['/version'], { encoding: 'utf8' });
  return result.error === undefined && result.status === 0;
}

/** `test` when xbuild is installed; in CI a missing xbuild throws, elsewhere the tests are skipped loudly. */
export function testWithXbuild(): typeof test.skip {
  if (hasXbuild()) return test;
  const ci = process.env.CI;
  if (ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0')
    throw new Error(`xbuild (Debian package mono-xbuild) is required in CI; install it with: ${XBUILD_INSTALL_HINT}`);
  console.warn(`*** SKIPPING the xbuild proof: xbuild was not found on PATH. Install it with: ${XBUILD_INSTALL_HINT} ***`);
  return test.skip;
}

function run(command: string, args: readonly string[], cwd: string): { status: number | null; output: string } {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
  if (result.error) throw new Error(`could not run ${command}: ${result.error.message}; install it with: ${XBUILD_INSTALL_HINT}`);
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function compileStub(output: string, sources: readonly string[], version?: string): void {
  mkdirSync(join(output, '..'), { recursive: true });
  const args = ['-target:library', `-out:${output}`, ...sources.map((s) => fixturePath('projects', 'stubs', s))];
  if (version !== undefined) {
    const versionFile = `${output}.version.cs`;
    writeFileSync(versionFile, `internal static class StubVersion { internal const string Value = "${version}"; }\n`);
    args.push(versionFile);
  }
  const result = run('mcs', args, join(output, '..'));
  if (result.status !== 0) throw new Error(`mcs failed for ${output}:\n${result.output}`);
  if (version !== undefined) rmSync(`${output}.version.cs`);
}

/**
 * Lays out the stand-in assemblies under `root/Program Files` (UCMA 3.0: 4.0.0.0, UCMA 4.0:
 * 5.0.0.0, VoiceXml 4.0.0.0 under the Speech 11.0 SDK) and builds the assembly-facts tool;
 * projects go in `root/src/<name>`, two folders below, as their HintPaths expect.
 */
export function prepareStubTree(root: string): { factsTool: string } {
  const programFiles = join(root, 'Program Files');
  for (const [folder, version] of [
    ['Microsoft UCMA 3.0', '4.0.0.0'],
    ['Microsoft UCMA 4.0', '5.0.0.0'],
  ] as const) {
    const bin = join(programFiles, folder, 'SDK', 'Core', 'Bin');
    compileStub(join(bin, 'Microsoft.Rtc.Collaboration.dll'), ['collaboration.cs'], version);
    compileStub(join(bin, 'Microsoft.Rtc.Collaboration.PersistentChat.dll'), ['persistent-chat.cs'], version);
  }
  compileStub(join(programFiles, 'Microsoft SDKs', 'Speech', 'v11.0', 'Assembly', 'Microsoft.Rtc.Collaboration.AudioVideo.VoiceXml.dll'), [
    'voicexml.cs',
  ]);
  const factsTool = join(root, 'tools', 'assembly-facts.exe');
  mkdirSync(join(root, 'tools'), { recursive: true });
  const built = run('mcs', [`-out:${factsTool}`, fixturePath('projects', 'stubs', 'assembly-facts.cs')], root);
  if (built.status !== 0) throw new Error(`mcs failed for the assembly-facts tool:\n${built.output}`);
  return { factsTool };
}

export interface BuildOutcome {
  readonly status: number | null;
  readonly output: string;
  /** The `error CS....`/`error MSB....` lines. */
  readonly errors: readonly string[];
}

/**
 * Debian's Mono is built from a source tree with the reference assemblies (4.5-api, 4.0-api,
 * 2.0-api) removed, so xbuild finds no framework to compile against and passes no mscorlib. The
 * builds are pointed at the runtime's own 4.5 class libraries instead; the framework a project
 * asks for is still checked, by evaluation and by the TargetFramework attribute xbuild compiles in.
 */
function frameworkDirectory(): string {
  const mono = spawnSync('sh', ['-c', 'command -v mono'], { encoding: 'utf8' }).stdout.trim();
  const prefix = mono === '' ? '/usr' : dirname(dirname(realpathSync(mono)));
  const directory = join(prefix, 'lib', 'mono', '4.5');
  if (!existsSync(join(directory, 'mscorlib.dll'))) throw new Error(`no mscorlib.dll in ${directory}; install ${XBUILD_INSTALL_HINT}`);
  return `${directory}/`;
}

/** `xbuild /t:Rebuild` of one configuration. */
export function xbuild(projectDir: string, projectFile: string, configuration: string, platform: string): BuildOutcome {
  const args = [
    '/nologo',
    '/v:minimal',
    '/t:Rebuild',
    `/p:Configuration=${configuration}`,
    `/p:Platform=${platform}`,
    `/p:_TargetFrameworkDirectories=${frameworkDirectory()}`,
  ];
  const result = run('xbuild', [...args, projectFile], projectDir);
  return { ...result, errors: result.output.split('\n').filter((line) => /\berror\b/.test(line)) };
}

const PROBED = [
  'OutputType',
  'TargetFrameworkIdentifier',
  'TargetFrameworkVersion',
  'Platform',
  'PlatformTarget',
  'Prefer32Bit',
  'PreferNativeArm64',
  'TargetPath',
] as const;

/**
 * Asks xbuild how it evaluates the project for one configuration: a probe project in the same
 * folder (so relative paths mean the same) imports it and prints the properties.
 */
export function evaluateConfiguration(
  projectDir: string,
  projectFile: string,
  configuration: string,
  platform: string,
): EvaluatedConfiguration & { TargetPath: string } {
  const probe = join(projectDir, 'evaluation-probe.proj');
  const text = PROBED.map((name) => `${name}=$(${name})`).join('|');
  writeFileSync(
    probe,
    `<Project xmlns="http://schemas.microsoft.com/developer/msbuild/2003" DefaultTargets="Probe">\n  <Import Project="${projectFile}" />\n  <Target Name="Probe">\n    <Message Importance="high" Text="probe|${text}" />\n  </Target>\n</Project>\n`,
  );
  try {
    const result = run(
      'xbuild',
      ['/nologo', '/v:minimal', `/p:Configuration=${configuration}`, `/p:Platform=${platform}`, probe],
      projectDir,
    );
    const line = result.output.split('\n').find((l) => l.trim().startsWith('probe|'));
    if (result.status !== 0 || !line)
      throw new Error(`xbuild could not evaluate ${projectFile} (${configuration}|${platform}):\n${result.output}`);
    const values = Object.fromEntries(
      line
        .trim()
        .split('|')
        .slice(1)
        .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)]),
    );
    return values as unknown as EvaluatedConfiguration & { TargetPath: string };
  } finally {
    rmSync(probe, { force: true });
  }
}

/** The assembly's references (name → version) and TargetFramework attribute, read by the facts tool under mono. */
export function assemblyFacts(
  factsTool: string,
  assembly: string,
): { references: Map<string, string>; targetFramework: string | undefined } {
  const result = run('mono', [factsTool, assembly], join(assembly, '..'));
  if (result.status !== 0) throw new Error(`assembly-facts failed for ${assembly}:\n${result.output}`);
  const references = new Map<string, string>();
  let targetFramework: string | undefined;
  for (const line of result.output.split('\n')) {
    const [kind, ...rest] = line.trim().split(' ');
    if (kind === 'reference' && rest.length === 2) references.set(rest[0]!, rest[1]!);
    if (kind === 'target-framework') targetFramework = rest.join(' ');
  }
  return { references, targetFramework };
}
