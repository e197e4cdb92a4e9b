// The compiler and the markers as referees for the provisioning pack: every fixture application
// of fixtures/provisioning-apps compiles (one mcs run for all of them) against the UCMA 4.0 stubs,
// and the pack, run in this process as the command line runs it (each folder's migration target
// from its ucma-codemod.config.json), reports exactly the marked findings: each rule, severity and
// line, and nothing else. Worker threads give the same report (project facts cross as data).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadProjectConfig } from '../../src/config/config-file.js';
import { selectFiles } from '../../src/inputs/select-files.js';
import { diskInput } from '../../src/inputs/source-input.js';
import { migrationOptions } from '../../src/platform/migration-target.js';
import { DEFAULT_MAX_FILE_SIZE, runCodemod } from '../../src/run/run-codemod.js';
import type { RunResult } from '../../src/run/run-result.js';
import ucma4Provisioning from '../../transforms/ucma4-provisioning.js';
import ucma4ProvisioningConfig from '../../transforms/ucma4-provisioning-config.js';
import { PROVISIONING_RULES } from '../../transforms/ucma4-provisioning-rules.js';
import { cleanTempDirs, makeTempDir, runCli } from '../helpers/cli.js';
import { parseMcsMessages, readExpectMarkers, readXmlExpectMarkers, type ExpectMarker } from '../helpers/expect-markers.js';
import { listCsFiles, mcs, testWithMcs } from '../helpers/mcs.js';
import { fixturePath } from '../helpers/paths.js';
import { ucmaStubSources } from '../helpers/ucma-stubs.js';

const APPS_ROOT = fixturePath('provisioning-apps');
const APPS = readdirSync(APPS_ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const TRANSFORMS = [ucma4Provisioning, ucma4ProvisioningConfig];
const mcsTest = testWithMcs();

afterAll(cleanTempDirs);

/** Runs the pack over one folder as `ucma-codemod check` run there would. */
async function runPack(dir: string, jobs: number): Promise<RunResult> {
  const discovery = await selectFiles([], dir, undefined);
  const config = loadProjectConfig(dir);
  return runCodemod({
    inputs: discovery.files.map((file) => diskInput(file.absolutePath, file.displayPath, dir)),
    passedOver: discovery,
    transforms: TRANSFORMS,
    transformOptions: migrationOptions(config.migration),
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    write: false,
    patches: false,
    jobs,
  });
}

const key = (file: string, line: number, rule: string | undefined, severity: string) =>
  `${file}:${line} ${rule ?? '(no rule)'} ${severity}`;
const markerKeys = (markers: readonly ExpectMarker[]) => markers.map((m) => key(m.file, m.line, m.rule, m.kind)).sort();
const findingKeys = (result: RunResult) =>
  result.files.flatMap((file) => file.diagnostics.map((d) => key(file.path, d.start.line, d.rule, d.severity))).sort();

describe('provisioning fixture applications', () => {
  const results = new Map<string, RunResult>();

  beforeAll(async () => {
    for (const app of APPS) results.set(app, await runPack(join(APPS_ROOT, app), 1));
  });

  mcsTest('all of them compile in one mcs run against the UCMA 4.0 stubs and a System.Management.Automation stand-in', () => {
    const out = makeTempDir('provisioning-apps-');
    const stub = (name: string, sources: string[], refs: string[] = []) => {
      const dll = join(out, name);
      const build = mcs(
        ['-nologo', '-target:library', '-warn:4', '-r:System.dll', ...refs, `-out:${dll}`, ...sources],
        fixturePath('ucma-stubs'),
      );
      if (build.status !== 0) throw new Error(`${name} stub does not compile:\n${build.output}`);
      return dll;
    };
    mkdirSync(join(out, 'app'));
    const ucma = stub('Microsoft.Rtc.Collaboration.dll', ucmaStubSources('ucma4'));
    const powershell = stub('System.Management.Automation.dll', listCsFiles(fixturePath('ucma-stubs', 'powershell')));
    const build = mcs(
      [
        '-nologo',
        '-target:library',
        '-warn:4',
        '-r:System.dll',
        '-r:System.Core.dll',
        '-r:System.Configuration.dll',
        '-r:System.Management.dll',
        `-r:${ucma}`,
        `-r:${powershell}`,
        `-out:${join(out, 'app', 'ProvisioningApps.dll')}`,
        ...listCsFiles(APPS_ROOT),
      ],
      APPS_ROOT,
    );
    const errors = parseMcsMessages(build.output).filter((m) => m.severity === 'error');
    expect({ status: build.status, errors }).toEqual({ status: 0, errors: [] });
  });

  test('the applications mark every rule of the pack, each with a warning or an info as its table says it can be', () => {
    const markers = APPS.flatMap((app) => [...readExpectMarkers(join(APPS_ROOT, app)), ...readXmlExpectMarkers(join(APPS_ROOT, app))]);
    expect([...new Set(markers.map((m) => m.rule))].sort()).toEqual(PROVISIONING_RULES.map((r) => r.id).sort());
    expect(markers.filter((m) => m.kind === 'fix')).toEqual([]);
  });

  test.each(APPS)('%s: the pack reports exactly the marked findings, and no error', (app) => {
    const dir = join(APPS_ROOT, app);
    const result = results.get(app)!;
    expect(result.files.filter((file) => file.status === 'failed').map((file) => `${file.path}: ${file.reason}`)).toEqual([]);
    expect(findingKeys(result)).toEqual(markerKeys([...readExpectMarkers(dir), ...readXmlExpectMarkers(dir)]));
  });

  test('every finding names its rule and page, and says what to do', () => {
    for (const result of results.values())
      for (const file of result.files)
        for (const d of file.diagnostics) {
          expect(d.rule).toBeDefined();
          expect(d.message).toMatch(/\(see [a-z0-9-]+\.md(, [a-z0-9-]+\.md)*\)$/);
        }
  });

  test('the real binary in a folder with a declared migration: the warnings fail check, the summary names the target', () => {
    const run = runCli(
      ['check', '-t', 'ucma4-provisioning', '-t', 'ucma4-provisioning-config', '.'],
      join(APPS_ROOT, 'application-id-renamed'),
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('RenamedHelpdesk.cs:17:17: warning: ');
    expect(run.stderr).toContain(
      'New-CsTrustedApplication -ApplicationId ContosoHelpdesk -TrustedApplicationPoolFqdn <pool FQDN> -Port <port>',
    );
    expect(run.stderr).toContain(
      '\nmigration target: from a UCMA 2.0 application (Office Communications Server 2007 R2) (legacy application name "ContosoHelpdesk") to Lync Server 2013\n',
    );
    // Infos alone never fail check.
    expect(runCli(['check', '-t', 'ucma4-provisioning', '.'], join(APPS_ROOT, 'application-ids')).status).toBe(0);
  });

  test('worker threads report the same over all the applications at once (project facts cross as data)', async () => {
    // Without a config file in the root, every folder runs undeclared; compare like with like.
    const single = await runPack(APPS_ROOT, 1);
    const threaded = await runPack(APPS_ROOT, 2);
    expect(findingKeys(threaded)).toEqual(findingKeys(single));
    expect(findingKeys(single).length).toBeGreaterThan(20);
  });
});
