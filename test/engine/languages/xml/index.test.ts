// XML as the engine's second language: chosen by file name, transforms see only their languages,
// the prolog's encoding is honoured, and the region, lexical and re-parse guards work on XML.
import { describe, expect, test } from '@jest/globals';
import { languageForPath } from '../../../../src/engine/languages/index.js';
import { xmlFileKind } from '../../../../src/engine/languages/xml/dialects.js';
import { decodeSource, encodeSource } from '../../../../src/engine/source-text.js';
import type { TextEdit } from '../../../../src/engine/edits.js';
import type { Transform, TransformContext, TransformResult } from '../../../../src/engine/transform.js';
import { transformShapeProblems } from '../../../../src/engine/transform-shape.js';
import { transformSource } from '../../../../src/engine/transform-source.js';

function xmlTransform(
  id: string,
  run: (context: TransformContext) => TransformResult | undefined | void,
  languages: Transform['meta']['languages'] | null = ['xml'],
): Transform {
  return { meta: { id, title: id, description: id, source: { title: 'test' }, kind: 'fix', ...(languages ? { languages } : {}) }, run };
}
const editing = (...edits: TextEdit[]) => xmlTransform('edit', () => ({ edits }));
const at = (text: string, needle: string) => {
  const index = text.indexOf(needle);
  if (index === -1) throw new Error(`${needle} not in text`);
  return index;
};
const replaceFirst = (text: string, needle: string, by: string): TextEdit => ({
  start: at(text, needle),
  end: at(text, needle) + needle.length,
  text: by,
});
const run = (path: string, bytes: Buffer, ...transforms: Transform[]) => transformSource(path, decodeSource(bytes), transforms);

const PROJECT =
  '\uFEFF<?xml version="1.0" encoding="utf-8"?>\r\n<Project ToolsVersion="4.0">\r\n  <PropertyGroup>\r\n    <TargetFrameworkVersion>v4.0</TargetFrameworkVersion>\r\n  </PropertyGroup>\r\n</Project>\r\n';
const bytesOf = (text: string) => Buffer.from(text, 'utf8');

describe('file names', () => {
  test.each([
    ['A.cs', 'csharp'],
    ['src/Bot.csproj', 'xml'],
    ['src/BOT.CSPROJ', 'xml'],
    ['App.config', 'xml'],
    ['dir/app.config', 'xml'],
    ['Bot.exe.config', 'xml'],
    ['web.config', undefined],
    ['Web.Debug.config', undefined],
    ['.exe.config', undefined],
    ['Bot.vbproj', undefined],
    ['packages.config', undefined],
  ])('%s is read as %s', (path, language) => {
    expect(languageForPath(path)?.id).toBe(language);
  });

  test('kinds of XML file', () => {
    expect(xmlFileKind('a/B.csproj')).toBe('msbuild-project');
    expect(xmlFileKind('a\\App.config')).toBe('app-config');
    expect(xmlFileKind('x.cs')).toBeUndefined();
  });
});

describe('meta.languages', () => {
  test('a transform sees only files of its languages; C# is the default', () => {
    const seen: string[] = [];
    const xml = xmlTransform('xml-only', (context) => void seen.push(`xml:${context.path}`));
    const csharp = xmlTransform('csharp-default', (context) => void seen.push(`cs:${context.path}`), null);
    run('A.cs', bytesOf('class A {}'), xml, csharp);
    run('B.csproj', bytesOf(PROJECT), xml, csharp);
    expect(seen).toEqual(['cs:A.cs', 'xml:B.csproj']);
  });

  test('the shape check names a wrong language list', () => {
    const base = xmlTransform('x', () => undefined).meta;
    expect(transformShapeProblems({ meta: { ...base, languages: ['xml'] }, run: () => undefined })).toEqual([]);
    for (const languages of [[], ['XML'], 'xml', ['vb']]) {
      expect(transformShapeProblems({ meta: { ...base, languages }, run: () => undefined }).join('\n')).toMatch(
        /meta\.languages must be a non-empty list of "csharp", "xml"/,
      );
    }
  });
});

describe('bytes and encodings', () => {
  test('an edit keeps the BOM, CRLF and every other byte', () => {
    const source = decodeSource(bytesOf(PROJECT));
    const outcome = transformSource('B.csproj', source, [editing(replaceFirst(source.text, 'v4.0<', 'v4.5<'))]);
    expect(outcome.status).toBe('changed');
    expect(encodeSource(source, outcome.newText).equals(bytesOf(PROJECT.replace('v4.0<', 'v4.5<')))).toBe(true);
  });

  test("an inserted line gets the file's line endings", () => {
    const source = decodeSource(bytesOf(PROJECT));
    const end = at(source.text, '</TargetFrameworkVersion>') + '</TargetFrameworkVersion>'.length;
    const outcome = transformSource('B.csproj', source, [editing({ start: end, end, text: '\n    <Prefer32Bit>false</Prefer32Bit>' })]);
    expect(outcome.newText).toContain('</TargetFrameworkVersion>\r\n    <Prefer32Bit>false</Prefer32Bit>\r\n  </PropertyGroup>');
  });

  test.each(['windows-1252', 'ISO-8859-1', 'utf-16', 'us-ascii'])(
    'a file that declares encoding="%s" is refused, not guessed at',
    (encoding) => {
      const text = PROJECT.replace('utf-8', encoding).replace('\uFEFF', '');
      const outcome = run('B.csproj', bytesOf(text), editing(replaceFirst(text, 'v4.0<', 'v4.5<')));
      expect(outcome.status).toBe('failed');
      expect(outcome.newText).toBe(text);
      expect(outcome.diagnostics[0]?.message).toContain(`encoding="${encoding}"`);
      expect(outcome.diagnostics[0]?.message).toContain('Save it as UTF-8');
    },
  );

  test('UTF8 and Utf-8 are UTF-8; no declaration means UTF-8', () => {
    for (const text of [
      PROJECT.replace('utf-8', 'UTF8'),
      PROJECT.replace('utf-8', 'Utf-8'),
      PROJECT.replace('<?xml version="1.0" encoding="utf-8"?>\r\n', ''),
    ]) {
      expect(run('B.csproj', bytesOf(text), editing(replaceFirst(text.replace('\uFEFF', ''), 'v4.0<', 'v4.5<'))).status).toBe('changed');
    }
  });

  test('bytes that are not UTF-8 in a file declared (or defaulting to) UTF-8 are refused', () => {
    const bytes = Buffer.concat([
      bytesOf(PROJECT.replace('\uFEFF', '').replace('</Project>', '<!-- caf')),
      Buffer.from([0xe9]),
      bytesOf(' -->\r\n</Project>\r\n'),
    ]);
    const text = decodeSource(bytes).text;
    const outcome = run('B.csproj', bytes, editing(replaceFirst(text, 'v4.0<', 'v4.5<')));
    expect(outcome.status).toBe('failed');
    expect(outcome.diagnostics[0]?.message).toContain('not valid UTF-8');
  });
});

describe('guards', () => {
  const text = PROJECT.replace('\uFEFF', '');
  // Replaces the 4.0 inside ToolsVersion="4.0", quotes excluded.
  const toolsVersion = (by: string): TextEdit => ({
    start: at(text, 'ToolsVersion="') + 14,
    end: at(text, 'ToolsVersion="') + 17,
    text: by,
  });

  test('an edit anywhere in a document that does not parse is refused (MSBuild would not load it)', () => {
    const broken = text.replace('</PropertyGroup>', '<Oops></PropertyGroup>');
    const outcome = run('B.csproj', bytesOf(broken), editing(replaceFirst(broken, 'v4.0<', 'v4.5<')));
    expect(outcome.status).toBe('failed');
    expect(outcome.diagnostics.map((d) => d.message).join('\n')).toMatch(/does not parse/);
  });

  test('an edit that breaks the markup is refused by the re-parse', () => {
    const outcome = run('B.csproj', bytesOf(text), editing(replaceFirst(text, 'v4.0<', 'v4.0 < v4.5<')));
    expect(outcome.status).toBe('failed');
    expect(outcome.diagnostics[0]?.message).toMatch(/would introduce a syntax error/);
  });

  test('an edit that closes an attribute value or splits a comment is refused', () => {
    const quoted = run('B.csproj', bytesOf(text), editing(toolsVersion('4.0" Extra="1')));
    expect(quoted.status).toBe('failed');
    expect(quoted.diagnostics[0]?.message).toMatch(/inside an attribute value/);
    const commented = text.replace('<PropertyGroup>', '<!-- keep v4.0 here --><PropertyGroup>');
    const split = run('B.csproj', bytesOf(commented), editing(replaceFirst(commented, 'v4.0 here', 'v4.5 here')));
    expect(split.status).toBe('failed');
    expect(split.diagnostics[0]?.message).toMatch(/comment/);
  });

  test('an attribute value may get a well-formed entity, but not a bare &', () => {
    const good = run('B.csproj', bytesOf(text), editing(toolsVersion('4.0 &amp; more')));
    expect(good.status).toBe('changed');
    const bad = run('B.csproj', bytesOf(text), editing(toolsVersion('4.0 & more')));
    expect(bad.status).toBe('failed');
  });
});
