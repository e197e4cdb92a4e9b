// One rule for "which transforms does this file need": asked of the bytes (before decoding) and of
// the decoded text it gives the same answer, and a passed-over file's warning follows the same
// language and `requires` strings.
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { fileNeedsOfBytes } from '../../src/engine/byte-prefilter.js';
import { fileNeeds, needsParsing, transformsWithWorkIn } from '../../src/engine/file-needs.js';
import { decodeSource, inspectBytes, UnsupportedEncodingError } from '../../src/engine/source-text.js';
import { SUPPRESSION_DIRECTIVE } from '../../src/engine/languages/suppression-syntax.js';
import type { Transform, TransformMeta } from '../../src/engine/transform.js';

const transform = (id: string, meta: Partial<TransformMeta> = {}): Transform => ({
  meta: { id, title: id, description: id, source: { title: id }, kind: 'report', ...meta },
  run: () => undefined,
});

const ids = (transforms: readonly Transform[]) => transforms.map((t) => t.meta.id);

describe('fileNeeds', () => {
  const api = transform('api', { requires: ['BeginSendMessage', 'MuteAllMode'], projectRequires: ['Microsoft.Rtc'] });
  const tls = transform('tls', { requires: ['GetApplication'] });
  const every = transform('every');
  const project = transform('project', { languages: ['xml'], requires: ['Microsoft.Rtc'] });
  const all = [api, tls, every, project];
  const has = (text: string) => (needle: string) => text.includes(needle);

  test('the transforms of the file language whose strings it holds, in the given order', () => {
    expect(ids(fileNeeds('A.cs', has('flow.BeginSendMessage(); // Microsoft.Rtc'), all, false).transforms)).toEqual(['api', 'every']);
    // Without a project index the file itself must name the project's string; with one it need not.
    expect(ids(fileNeeds('A.cs', has('flow.BeginSendMessage();'), all, false).transforms)).toEqual(['every']);
    expect(ids(fileNeeds('A.cs', has('flow.BeginSendMessage();'), all, true).transforms)).toEqual(['api', 'every']);
    expect(ids(fileNeeds('Lync.CSPROJ', has('<Reference Include="Microsoft.Rtc.Collaboration" />'), all, false).transforms)).toEqual([
      'project',
    ]);
  });

  test('a file type the engine does not read needs nothing, whatever it holds', () => {
    const needs = fileNeeds('notes.txt', has(`GetApplication ${SUPPRESSION_DIRECTIVE}`), all, false);
    expect(needs).toEqual({ transforms: [], suppressions: false, wholeDocument: false });
    expect(needsParsing(needs)).toBe(false);
  });

  test('a suppression comment is judged in languages that read them, even when no transform runs', () => {
    const text = `// ${SUPPRESSION_DIRECTIVE} tls -- reviewed`;
    expect(fileNeeds('A.cs', has(text), [tls], false)).toEqual({ transforms: [], suppressions: true, wholeDocument: false });
    expect(needsParsing(fileNeeds('A.cs', has(text), [tls], false))).toBe(true);
    // XML reads them too (issue 21), written as XML writes them.
    const xml = `<!-- ${SUPPRESSION_DIRECTIVE} tls: reviewed -->`;
    expect(fileNeeds('App.config', has(xml), [tls], false)).toEqual({ transforms: [], suppressions: true, wholeDocument: false });
    expect(fileNeeds('App.config', has('<!-- reviewed -->'), [tls], false).suppressions).toBe(false);
  });

  test('a project file is parsed whole whenever a transform of its language runs, so a broken one is never an all-clear', () => {
    const needs = fileNeeds('Lync.csproj', has('<Project>'), all, false);
    expect(needs).toEqual({ transforms: [], suppressions: false, wholeDocument: true });
    expect(needsParsing(needs)).toBe(true);
    // C# has no document check: a file no transform needs is not parsed.
    expect(needsParsing(fileNeeds('A.cs', has('class A {}'), [tls], false))).toBe(false);
  });

  test('asked of the bytes, it answers as asked of the decoded text, for any content and strings', () => {
    const needle = fc.oneof(
      fc.constantFrom('GetApplication', 'Microsoft.Rtc', SUPPRESSION_DIRECTIVE, 'é', '\u20ac'),
      fc.string({ maxLength: 3 }),
    );
    const meta = fc.record({
      requires: fc.option(fc.array(needle, { minLength: 1, maxLength: 3 }), { nil: undefined }),
      projectRequires: fc.option(fc.array(needle, { minLength: 1, maxLength: 2 }), { nil: undefined }),
      languages: fc.constantFrom(undefined, ['csharp'], ['xml'], ['csharp', 'xml']),
    });
    const content = fc.oneof(
      fc.array(fc.oneof(needle, fc.string({ maxLength: 8 })), { maxLength: 6 }).map((parts) => Buffer.from(parts.join(' '), 'utf8')),
      fc.uint8Array({ maxLength: 30 }).map((bytes) => Buffer.from(bytes)),
      fc.string({ maxLength: 20 }).map((text) => Buffer.from(`\uFEFF${text} Caf\u00e9`, 'latin1')),
    );
    fc.assert(
      fc.property(
        content,
        fc.array(meta, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('A.cs', 'B.csproj', 'App.config'),
        fc.boolean(),
        (bytes, metas, path, hasProject) => {
          let text: string;
          try {
            text = decodeSource(bytes).text;
          } catch (thrown) {
            expect(thrown).toBeInstanceOf(UnsupportedEncodingError);
            return;
          }
          const transforms = metas.map((m, i) =>
            transform(String(i), {
              ...(m.requires ? { requires: m.requires } : {}),
              ...(m.projectRequires ? { projectRequires: m.projectRequires } : {}),
              ...(m.languages ? { languages: m.languages } : {}),
            }),
          );
          const wellFormed = metas.every((m) =>
            [...(m.requires ?? []), ...(m.projectRequires ?? [])].every((n) => Buffer.from(n, 'utf8').toString('utf8') === n),
          );
          fc.pre(wellFormed);
          const ofBytes = fileNeedsOfBytes(path, inspectBytes(bytes), transforms, hasProject);
          const ofText = fileNeeds(path, has(text), transforms, hasProject);
          expect(ids(ofBytes.transforms)).toEqual(ids(ofText.transforms));
          expect(ofBytes.suppressions).toBe(ofText.suppressions);
        },
      ),
      { numRuns: 300, seed: 18 },
    );
  });
});

describe('transformsWithWorkIn (a file the run passed over)', () => {
  const tls = transform('tls', { requires: ['GetApplication'], watchFileNames: ['Application.cs'] });
  const project = transform('project', { languages: ['xml'], requires: ['Microsoft.Rtc'] });
  const every = transform('every');
  const probe = (text: string) => async (needles: readonly string[]) => needles.some((needle) => text.includes(needle));

  test('a watched name counts without reading the file; otherwise its bytes must hold a `requires` string', async () => {
    const found = await transformsWithWorkIn('src/APPLICATION.CS', undefined, [tls, project, every]);
    expect(found.map(({ transform: t, why }) => [t.meta.id, why])).toEqual([['tls', 'name']]);
    const byText = await transformsWithWorkIn('src/Other.cs', probe('x.GetApplication()'), [tls, project, every]);
    expect(byText.map(({ transform: t, why }) => [t.meta.id, why])).toEqual([['tls', 'text']]);
    // A transform that reads every file cannot say from bytes that this one matters.
    expect(await transformsWithWorkIn('src/Other.cs', probe('nothing'), [tls, project, every])).toEqual([]);
  });

  test('only transforms of the file language count, and a file type the engine does not read has none', async () => {
    const found = await transformsWithWorkIn('App.csproj', probe('Microsoft.Rtc GetApplication'), [tls, project]);
    expect(found.map(({ transform: t }) => t.meta.id)).toEqual(['project']);
    expect(await transformsWithWorkIn('Application.txt', probe('GetApplication'), [tls, project])).toEqual([]);
  });
});
