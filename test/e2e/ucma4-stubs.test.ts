// The compiler as referee for the UCMA 4.0 pack: compile-only stubs of the UCMA 3.0 and 4.0 surfaces, and
// fixture applications (fixtures/ucma4-apps) whose `// expect:` markers say where the pack must report.
// 1. The stubs build, and the apps mark every one of the 59 rows.
// 2. Every app compiles against UCMA 3.0; against UCMA 4.0 it breaks exactly on the marked lines.
// 3. After `apply -t ucma4-api-members`, the tool reported exactly the marked findings, every fix compiles, and
//    the app breaks against UCMA 4.0 exactly where the tool warned.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanTempDirs, copyTree, makeTempDir, runCli, type CliRun } from '../helpers/cli.js';
import { listCsFiles, mcs, testWithMcs } from '../helpers/mcs.js';
import {
  lineKey,
  mapFileLines,
  parseMcsMessages,
  readExpectMarkers,
  type CompilerMessage,
  type ExpectMarker,
  type LineMap,
} from '../helpers/expect-markers.js';
import { fixturePath } from '../helpers/paths.js';
import { buildUcmaStubs, UCMA_SURFACES, type UcmaSurface } from '../helpers/ucma-stubs.js';
import { UCMA4_ROWS, ucma4Outcome } from '../helpers/ucma4-rows.js';

const TRANSFORM = 'ucma4-api-members';
const APPS_ROOT = fixturePath('ucma4-apps');
const APPS = readdirSync(APPS_ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const mcsTest = testWithMcs();

afterAll(cleanTempDirs);

interface AppBuild {
  readonly status: number | null;
  readonly output: string;
  readonly messages: readonly CompilerMessage[];
}

/** Compiles every .cs file of the app in `appDir` against one stub surface. */
function compileApp(appDir: string, surface: UcmaSurface): AppBuild {
  const stubs = buildUcmaStubs();
  const out = join(makeTempDir('ucma4-app-'), 'App.dll');
  const build = mcs(
    [
      '-nologo',
      '-target:library',
      '-warn:4',
      '-r:System.dll',
      '-r:System.Core.dll',
      '-r:System.Xml.dll',
      `-r:${stubs.dll[surface]}`,
      `-out:${out}`,
      ...listCsFiles(appDir),
    ],
    appDir,
  );
  return { status: build.status, output: build.output, messages: parseMcsMessages(build.output) };
}

const sortedUnique = (keys: Iterable<string>): string[] => [...new Set(keys)].sort();
const errorLines = (build: AppBuild) =>
  sortedUnique(build.messages.filter((m) => m.severity === 'error').map((m) => lineKey(m.file, m.line)));
const obsoleteLines = (build: AppBuild) =>
  sortedUnique(build.messages.filter((m) => m.code === 'CS0618').map((m) => lineKey(m.file, m.line)));
const markerLines = (markers: readonly ExpectMarker[]) => sortedUnique(markers.map((m) => lineKey(m.file, m.line)));

describe('UCMA stubs and fixture applications', () => {
  mcsTest('both stub surfaces build without a warning, as Microsoft.Rtc.Collaboration 4.0.0.0 (UCMA 3.0) and 5.0.0.0 (UCMA 4.0)', () => {
    const stubs = buildUcmaStubs();
    for (const surface of UCMA_SURFACES) expect({ surface, warnings: stubs.builds[surface].warnings }).toEqual({ surface, warnings: [] });
    // Read the built assemblies' identities with the runtime itself.
    const dir = makeTempDir('assembly-name-');
    const source = join(dir, 'PrintName.cs');
    writeFileSync(
      source,
      'class PrintName { static void Main(string[] a) { var n = System.Reflection.AssemblyName.GetAssemblyName(a[0]); System.Console.WriteLine(n.Name + " " + n.Version); } }\n',
    );
    const exe = join(dir, 'PrintName.exe');
    expect(mcs(['-nologo', `-out:${exe}`, source], dir).status).toBe(0);
    const names = UCMA_SURFACES.map((surface) => spawnSync('mono', [exe, stubs.dll[surface]], { encoding: 'utf8' }).stdout.trim());
    expect(names).toEqual(['Microsoft.Rtc.Collaboration 4.0.0.0', 'Microsoft.Rtc.Collaboration 5.0.0.0']);
  });

  test('the applications mark every rule of the 59 rows, with known rule ids only', () => {
    const used = new Set(APPS.flatMap((app) => readExpectMarkers(join(APPS_ROOT, app)).map((m) => m.rule)));
    const known = new Set(UCMA4_ROWS.map((row) => row.rule));
    expect(UCMA4_ROWS.map((row) => row.row)).toEqual(Array.from({ length: 59 }, (_, i) => i + 1));
    expect([...used].filter((rule) => !known.has(rule))).toEqual([]);
    expect([...known].filter((rule) => !used.has(rule))).toEqual([]);
  });

  test('the rules with a marked fix are exactly those of the a-guarded rows', () => {
    const markers = APPS.flatMap((app) => readExpectMarkers(join(APPS_ROOT, app)));
    const fixed = sortedUnique(markers.filter((m) => m.kind === 'fix').map((m) => m.rule));
    expect(fixed).toEqual([
      'application-endpoint-set-proxy-information',
      'application-endpoint-settings-provisioning-data-auto-refresh-disabled',
      'audio-video-mcu-session-mute-all-mode',
      'audio-video-mcu-session-properties-mute-all-mode',
      'audio-video-mcu-session-properties-self-unmute-assignment',
      'audio-video-mcu-session-self-unmute-assignment',
      'instant-messaging-flow-begin-send-message',
      'instant-messaging-flow-end-send-message',
      'media-provider-handle-message',
    ]);
  });

  test.each(APPS)('%s: its .csproj compiles exactly the .cs files of its folder', (app) => {
    const dir = join(APPS_ROOT, app);
    const projects = readdirSync(dir).filter((name) => name.endsWith('.csproj'));
    expect(projects).toHaveLength(1);
    const listed = [...readFileSync(join(dir, projects[0]!), 'utf8').matchAll(/<Compile Include="([^"]+)"/g)].map((m) => m[1]).sort();
    expect(listed).toEqual(listCsFiles(dir).map((path) => path.slice(dir.length + 1)));
  });
});

describe.each(APPS)('fixture application %s against the stubs', (app) => {
  const dir = join(APPS_ROOT, app);

  mcsTest('compiles against the UCMA 3.0 stubs with no error', () => {
    const build = compileApp(dir, 'ucma3');
    expect({ status: build.status, errors: errorLines(build) }).toEqual({ status: 0, errors: [] });
  });

  mcsTest(
    'against the UCMA 4.0 stubs: errors exactly on the marked lines of removed, internal and read-only members; CS0618 exactly on the marked obsolete ones',
    () => {
      const markers = readExpectMarkers(dir);
      const build = compileApp(dir, 'ucma4');
      expect({
        errors: errorLines(build),
        obsolete: obsoleteLines(build),
      }).toEqual({
        errors: markerLines(markers.filter((m) => ucma4Outcome(m.rule) === 'breaking')),
        obsolete: markerLines(markers.filter((m) => ucma4Outcome(m.rule) === 'obsolete')),
      });
    },
  );
});

// ---------------------------------------------------------------------------------------------------------
// The transform's proof. It fails until `ucma4-api-members` is a built-in transform: that is intended.
// ---------------------------------------------------------------------------------------------------------

interface ReportedPosition {
  readonly line: number;
}
interface ReportedDiagnostic {
  readonly transform: string;
  readonly severity: string;
  readonly message: string;
  readonly rule?: string;
  readonly start: ReportedPosition;
}
interface ReportedEdit {
  readonly transform: string;
  readonly rule?: string;
  readonly start: ReportedPosition;
  readonly end: ReportedPosition;
  readonly oldText: string;
}
interface ReportedFile {
  readonly path: string;
  readonly diagnostics: readonly ReportedDiagnostic[];
  readonly edits: readonly ReportedEdit[];
}

interface AppliedApp {
  readonly before: string;
  readonly after: string;
  readonly run: CliRun;
  readonly files: readonly ReportedFile[];
}

const normalisePath = (path: string) => path.replace(/\\/g, '/').replace(/^\.\//, '');

describe(`after \`apply -t ${TRANSFORM}\` on a copy of each application`, () => {
  const applied = new Map<string, AppliedApp>();

  beforeAll(() => {
    for (const app of APPS) {
      const before = join(APPS_ROOT, app);
      const after = join(makeTempDir('ucma4-applied-'), app);
      copyTree(before, after);
      const run = runCli(['apply', '-t', TRANSFORM, '--json', '.'], after);
      let files: ReportedFile[] = [];
      try {
        files = (JSON.parse(run.stdout.toString('utf8')) as { files: ReportedFile[] }).files.map((file) => ({
          ...file,
          path: normalisePath(file.path),
        }));
      } catch {
        // Not a JSON report: the status test below shows stderr.
      }
      applied.set(app, { before, after, run, files });
    }
  });

  const result = (app: string): AppliedApp => {
    const found = applied.get(app);
    if (!found) throw new Error(`no apply result for ${app}`);
    return found;
  };

  describe.each(APPS)('%s', (app) => {
    test('apply runs the transform, writes a JSON report and exits 1 exactly when a marked warning is left for a person', () => {
      const { run, files, before } = result(app);
      // Exit 1 means "a change must be made by hand"; an unknown transform or a failed file is 2.
      const expected = readExpectMarkers(before).some((m) => m.kind === 'warning') ? 1 : 0;
      expect({ status: run.status, reportedFiles: files.length > 0 }).toEqual({ status: expected, reportedFiles: true });
      if (run.status !== expected) throw new Error(run.stderr);
    });

    test('the report has exactly the marked warnings and fixes, with their rule ids, and nothing else', () => {
      const { files, before } = result(app);
      // Every file of the app is in the report, so an app without findings is not passed vacuously.
      // The project files are in the run too (issue 13's transforms read them); this proof is about the C#.
      expect(
        files
          .map((file) => file.path)
          .filter((path) => path.endsWith('.cs'))
          .sort(),
      ).toEqual(listCsFiles(before).map((path) => normalisePath(path.slice(before.length + 1))));
      const markers = readExpectMarkers(before);
      const fixMarkers = markers.filter((m) => m.kind === 'fix');
      const problems: string[] = [];
      const warnings: string[] = [];
      const fixes: string[] = [];
      for (const file of files) {
        for (const d of file.diagnostics) {
          if (d.transform !== TRANSFORM || d.severity === 'error')
            problems.push(`${file.path}:${d.start.line} ${d.transform} ${d.severity}: ${d.message}`);
          else if (d.severity === 'warning') warnings.push(`${lineKey(file.path, d.start.line)} ${d.rule ?? '(no rule id)'}`);
        }
        for (const edit of file.edits) {
          const covered = fixMarkers.filter(
            (m) => m.file === file.path && m.rule === edit.rule && m.line >= edit.start.line && m.line <= edit.end.line,
          );
          if (covered.length > 0) for (const m of covered) fixes.push(`${lineKey(m.file, m.line)} ${m.rule}`);
          // An insertion elsewhere (a using directive, say) belongs to a fix on a marked line of the same rule.
          else if (edit.oldText !== '' || !fixMarkers.some((m) => m.file === file.path && m.rule === edit.rule)) {
            problems.push(
              `${file.path}:${edit.start.line} unexpected edit (${edit.rule ?? 'no rule id'}): ${JSON.stringify(edit.oldText)}`,
            );
          }
        }
      }
      expect({ problems, warnings: sortedUnique(warnings), fixes: sortedUnique(fixes) }).toEqual({
        problems: [],
        warnings: sortedUnique(markers.filter((m) => m.kind === 'warning').map((m) => `${lineKey(m.file, m.line)} ${m.rule}`)),
        fixes: sortedUnique(fixMarkers.map((m) => `${lineKey(m.file, m.line)} ${m.rule}`)),
      });
    });

    mcsTest(
      'against the UCMA 4.0 stubs the applied app breaks exactly where the tool warned, and every fixed line changed and compiles',
      () => {
        const { before, after, files } = result(app);
        expect(files.length).toBeGreaterThan(0);
        const maps = new Map<string, LineMap>(
          listCsFiles(before).map((path) => {
            const file = normalisePath(path.slice(before.length + 1));
            return [file, mapFileLines(before, after, file)];
          }),
        );
        const warned = files.flatMap((file) =>
          file.diagnostics
            .filter((d) => d.transform === TRANSFORM && d.severity === 'warning')
            .map((d) => ({ key: lineKey(file.path, d.start.line), rule: d.rule ?? '' })),
        );
        const build = compileApp(after, 'ucma4');
        const onChangedLines: string[] = [];
        const backToOriginal = (m: CompilerMessage): string | undefined => {
          const original = maps.get(m.file)?.backward.get(m.line);
          if (original === undefined) onChangedLines.push(`${m.file}:${m.line} ${m.code} ${m.text}`);
          return original === undefined ? undefined : lineKey(m.file, original);
        };
        const errors = sortedUnique(
          build.messages
            .filter((m) => m.severity === 'error')
            .map(backToOriginal)
            .filter((k): k is string => k !== undefined),
        );
        const obsolete = sortedUnique(
          build.messages
            .filter((m) => m.code === 'CS0618')
            .map(backToOriginal)
            .filter((k): k is string => k !== undefined),
        );
        const unchangedFixLines = readExpectMarkers(before)
          .filter((m) => m.kind === 'fix' && maps.get(m.file)?.forward.has(m.line))
          .map((m) => `${lineKey(m.file, m.line)} ${m.rule}`);
        expect({ onChangedLines, unchangedFixLines, errors, obsolete }).toEqual({
          onChangedLines: [],
          unchangedFixLines: [],
          errors: sortedUnique(warned.filter((w) => ucma4Outcome(w.rule) === 'breaking').map((w) => w.key)),
          obsolete: sortedUnique(warned.filter((w) => ucma4Outcome(w.rule) === 'obsolete').map((w) => w.key)),
        });
      },
    );
  });
});
