// The declaration skeleton leaves out member bodies only: the declarations read from it are the ones
// the whole text gives, on every C# file of the fixtures, and it refuses what it cannot scan.
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { declarationSkeleton } from '../../../../src/engine/languages/csharp/declaration-skeleton.js';
import { parseCSharp } from '../../../../src/engine/languages/csharp/parse.js';
import { collectDeclarations, readDeclarations } from '../../../../src/engine/project-index.js';
import { decodeSource } from '../../../../src/engine/source-text.js';
import { repoRoot } from '../../../helpers/paths.js';

function csharpFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return csharpFiles(path);
    return entry.name.endsWith('.cs') ? [path] : [];
  });
}

describe('declarationSkeleton', () => {
  test('leaves out method, accessor and initializer bodies and keeps namespace and type bodies', () => {
    const text = [
      'namespace N {',
      '  [Serializable] public class A<T> : B where T : class {',
      '    int[] values = { 1, 2 };',
      '    public int P { get { return 1; } set { } } = 3;',
      '    void M() { if (x) { y(); } }',
      '    enum E { One, Two }',
      '    struct S { void Inner() { z(); } }',
      '  }',
      '}',
    ].join('\n');
    const skeleton = declarationSkeleton(text)!;
    expect(skeleton).toContain('enum E { One, Two }');
    expect(skeleton).toContain('struct S { void Inner() {} }');
    expect(skeleton).toContain('void M() {}');
    expect(skeleton).toContain('int[] values = {};');
    expect(skeleton).not.toMatch(/return|y\(\)|z\(\)|1, 2/);
    expect(collectDeclarations('A.cs', parseCSharp(skeleton))).toEqual(collectDeclarations('A.cs', parseCSharp(text)));
  });

  test('braces inside strings, characters, comments and directives do not count', () => {
    const text = [
      "#region It's the sample's {",
      'class A {',
      '  string a = "}{\\"}";',
      '  string b = @"}""{";',
      '  string c = $"{{ {d["k"]} }} {(e ? $"{f}" : "}")}";',
      "  char g = '{', h = '\\'', i = '}';",
      '  // }',
      '  /* { */',
      '  void M() { var s = "}"; }',
      '}',
      '#endregion',
      'class B { }',
    ].join('\n');
    const skeleton = declarationSkeleton(text)!;
    expect(skeleton).toBeDefined();
    expect(skeleton).toContain('void M() {}');
    expect(skeleton).toContain('class B { }');
    expect(collectDeclarations('A.cs', parseCSharp(skeleton))).toEqual(collectDeclarations('A.cs', parseCSharp(text)));
  });

  test('refuses what it cannot scan with certainty: #if branches, raw strings, unbalanced braces, endless literals', () => {
    expect(declarationSkeleton('class A {\n#if X\n void M() {\n#else\n void M(int a) {\n#endif\n }\n}\n')).toBeUndefined();
    expect(declarationSkeleton('class A { string s = """{"""; }')).toBeUndefined();
    expect(declarationSkeleton('class A { void M() { }')).toBeUndefined();
    expect(declarationSkeleton('class A { } }')).toBeUndefined();
    expect(declarationSkeleton('class A { string s = "open\n; }')).toBeUndefined();
    expect(declarationSkeleton('class A { /* open }')).toBeUndefined();
  });
});

describe('readDeclarations', () => {
  test('gives the declarations of the whole text for every C# file of the fixtures, mostly from the skeleton', () => {
    const files = csharpFiles(join(repoRoot, 'fixtures'));
    expect(files.length).toBeGreaterThan(100);
    let fromSkeleton = 0;
    const differing: string[] = [];
    for (const path of files) {
      let text: string;
      try {
        text = decodeSource(readFileSync(path)).text;
      } catch {
        continue; // undecodable fixtures (UTF-16 cases) are never indexed
      }
      const whole = parseCSharp(text);
      // Broken files may recover differently; the skeleton's reading is then the better one.
      if (whole.rootNode.hasError) continue;
      const skeleton = declarationSkeleton(text);
      if (skeleton !== undefined && !parseCSharp(skeleton).rootNode.hasError) fromSkeleton++;
      const name = relative(repoRoot, path);
      if (JSON.stringify(readDeclarations(name, text), replacer) !== JSON.stringify(collectDeclarations(name, whole), replacer))
        differing.push(name);
    }
    expect(differing).toEqual([]);
    expect(fromSkeleton).toBeGreaterThan(files.length / 2);
  });
});

/** Maps as entries, so JSON compares them. */
function replacer(_key: string, value: unknown): unknown {
  return value instanceof Map ? [...value.entries()] : value;
}
