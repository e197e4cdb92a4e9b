// Anchors of findings, the file part of a fingerprint: the enclosing member in C# (namespaces,
// types, the member with its parameter types) and in XML (the elements around, with the attributes
// that tell siblings apart); the normalised node text; the occurrence among identical findings.
// Moved lines and edits elsewhere leave an anchor alone; another member or other text changes it.
import { describe, expect, test } from '@jest/globals';
import { anchorFindings, type Locatable } from '../../src/engine/finding-anchor.js';
import { csharpMemberPath } from '../../src/engine/languages/csharp/member-path.js';
import { parseCSharp } from '../../src/engine/languages/csharp/parse.js';
import { xmlElementPath } from '../../src/engine/languages/xml/element-path.js';
import { parseXml } from '../../src/engine/languages/xml/parse.js';

const CSHARP = `namespace Outer.Inner
{
    public class Announcer
    {
        private Call call, other;
        public string Name { get { return call.Forward("a"); } }
        public void Greet(string text, int count) { call.Forward("a"); call.Forward("a"); }
        public void Greet() { call.Forward("b"); }
        public Announcer(Call c) { c.Forward("a"); }
        public class Nested { void M() { x.Forward("a"); } }
    }
}
`;

/** The anchor of the n-th occurrence of `needle` (a finding of rule r of transform t). */
const anchorsOf = (text: string, parse: typeof parseCSharp, path: typeof csharpMemberPath, needles: Array<[string, number]>) => {
  const items: Locatable[] = needles.map(([needle, nth]) => {
    let at = -1;
    for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
    return { origin: 't', rule: 'r', start: at, end: at + needle.length };
  });
  return anchorFindings(parse(text), items, path);
};

describe('C#', () => {
  test('the member path: namespaces, types, the member with its parameter types', () => {
    const members = anchorsOf(CSHARP, parseCSharp, csharpMemberPath, [
      ['call.Forward("a")', 0],
      ['call.Forward("a")', 1],
      ['call.Forward("b")', 0],
      ['c.Forward("a")', 0],
      ['x.Forward("a")', 0],
      ['Call call', 0],
    ]).map((anchor) => anchor.member);
    expect(members).toEqual([
      'Outer.Inner.Announcer.Name',
      'Outer.Inner.Announcer.Greet(string, int)',
      'Outer.Inner.Announcer.Greet()',
      'Outer.Inner.Announcer.Announcer(Call)',
      'Outer.Inner.Announcer.Nested.M()',
      'Outer.Inner.Announcer.call, other',
    ]);
  });

  test('identical findings in one member differ by their occurrence; the snippet is the normalised node text', () => {
    const [first, second] = anchorsOf(CSHARP, parseCSharp, csharpMemberPath, [
      ['call.Forward("a")', 1],
      ['call.Forward("a")', 2],
    ]);
    expect(first!.member).toBe(second!.member);
    expect(first!.snippet).toBe(second!.snippet);
    expect(first!.snippet).toBe('call.Forward("a")');
    expect(first!.digest).not.toBe(second!.digest);
  });

  test('lines inserted above and reformatting leave the anchor alone; another member changes it', () => {
    const [before] = anchorsOf(CSHARP, parseCSharp, csharpMemberPath, [['call.Forward("b")', 0]]);
    const moved = `// a comment\n\n${CSHARP.replace('public void Greet() { call.Forward("b"); }', 'public void Greet()\n        {\n            call.Forward(  "b"  );\n        }')}`;
    const [after] = anchorsOf(moved, parseCSharp, csharpMemberPath, [['call.Forward(  "b"  )', 0]]);
    expect(after).toEqual({ ...before, snippet: 'call.Forward( "b" )', digest: after!.digest });
    // The text is normalised by runs of whitespace, so the digest follows the text's tokens:
    expect(
      anchorsOf(moved.replace('call.Forward(  "b"  )', 'call.Forward("b")'), parseCSharp, csharpMemberPath, [['call.Forward("b")', 0]])[0],
    ).toEqual(before);
    const renamed = CSHARP.replace('public void Greet() {', 'public void Welcome() {');
    expect(anchorsOf(renamed, parseCSharp, csharpMemberPath, [['call.Forward("b")', 0]])[0]!.digest).not.toBe(before!.digest);
  });

  test('another rule at the same node has another anchor', () => {
    const tree = parseCSharp(CSHARP);
    const at = CSHARP.indexOf('call.Forward("b")');
    const [a, b] = anchorFindings(
      tree,
      [
        { origin: 't', rule: 'r', start: at, end: at + 4 },
        { origin: 't', rule: 's', start: at, end: at + 4 },
      ],
      csharpMemberPath,
    );
    expect(a!.member).toBe(b!.member);
    expect(a!.digest).not.toBe(b!.digest);
  });
});

describe('XML', () => {
  const PROJECT =
    '<Project>\n' +
    "  <PropertyGroup Condition=\" '$(Configuration)' == 'Debug' \">\n    <PlatformTarget>x86</PlatformTarget>\n  </PropertyGroup>\n" +
    "  <PropertyGroup Condition=\" '$(Configuration)' == 'Release' \">\n    <PlatformTarget>x86</PlatformTarget>\n  </PropertyGroup>\n" +
    '  <ItemGroup>\n    <Reference Include="Microsoft.Speech, Version=10.2.0.0" />\n  </ItemGroup>\n' +
    '</Project>\n';

  test('the elements around, with Condition, Include or Name: sibling groups differ', () => {
    const anchors = anchorsOf(PROJECT, parseXml, xmlElementPath, [
      ['x86', 0],
      ['x86', 1],
      ['<Reference', 0],
    ]);
    expect(anchors.map((anchor) => anchor.member)).toEqual([
      `Project/PropertyGroup[Condition=" '$(Configuration)' == 'Debug' "]/PlatformTarget`,
      `Project/PropertyGroup[Condition=" '$(Configuration)' == 'Release' "]/PlatformTarget`,
      // The finding's own element is part of the path when its range starts inside it (its start tag).
      'Project/ItemGroup/Reference[Include="Microsoft.Speech, Version=10.2.0.0"]',
    ]);
    expect(anchors[0]!.digest).not.toBe(anchors[1]!.digest);
  });

  test('an element inserted before leaves the anchor alone', () => {
    const [before] = anchorsOf(PROJECT, parseXml, xmlElementPath, [['<Reference', 0]]);
    const inserted = PROJECT.replace('  <ItemGroup>\n', '  <ItemGroup>\n    <Reference Include="System" />\n');
    const [after] = anchorsOf(inserted, parseXml, xmlElementPath, [['<Reference Include="Microsoft', 0]]);
    expect(after).toEqual(before);
  });
});
