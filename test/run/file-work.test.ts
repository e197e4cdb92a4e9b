// The per-file work settles a file from its bytes when nothing needs it, except where it may hold
// a suppression comment: then it is parsed, so that a stale one is reported, in C# and in XML alike.
import { describe, expect, test } from '@jest/globals';
import { workOnBytes } from '../../src/run/file-work.js';
import references from '../../transforms/ucma4-project-references.js';

const PLAIN_PROJECT = '<Project>\n  <ItemGroup>\n    <Reference Include="System" />\n  </ItemGroup>\n</Project>\n';

describe('workOnBytes and suppression comments', () => {
  test('a project file no transform needs is not parsed', () => {
    expect(workOnBytes('App.csproj', Buffer.from(PLAIN_PROJECT), [references])).toEqual({ kind: 'nothing-to-do' });
  });

  test('the same file with a suppression comment is judged: one that silences nothing is an engine warning', () => {
    const text = PLAIN_PROJECT.replace(
      '    <Reference',
      '    <!-- ucma-codemod-disable-next-line ucma4-project-references: old -->\n    <Reference',
    );
    const work = workOnBytes('App.csproj', Buffer.from(text), [references]);
    expect(work.kind).toBe('transformed');
    const messages = work.kind === 'transformed' ? work.outcome.diagnostics.map((d) => `${d.origin} ${d.severity} ${d.message}`) : [];
    expect(messages).toEqual([expect.stringMatching(/^engine warning .*silences nothing of ucma4-project-references on line 4/)]);
  });
});
