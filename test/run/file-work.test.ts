// The per-file work settles a file from its bytes when nothing needs it, except where it may hold
// a suppression comment: then it is parsed, so that a stale one is reported, in C# and in XML alike.
// What a worker sends back carries no text; the bytes give the same work again.
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fullWork, leanWork, workOnBytes } from '../../src/run/file-work.js';
import provisionerTlsTarget from '../../transforms/provisioner-tls-target.js';
import references from '../../transforms/ucma4-project-references.js';
import { fixturePath } from '../helpers/paths.js';

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

describe('the lean work a worker sends back', () => {
  const sample = readFileSync(fixturePath('samples', 'applicationprovisioner', 'ApplicationProvisioning', 'Application.cs'));
  const text = sample.toString('utf8').replace(/^\u{feff}/u, '');
  const variants: Array<[string, Buffer]> = [
    ['the sample', sample],
    ['with a BOM and CRLF', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace(/\r?\n/g, '\r\n'))])],
    ['in 8 bits', Buffer.from(`// caf\u00e9\n${text}`, 'latin1')],
  ];

  test.each(variants)('%s: carries no text, and gives the same work back from the bytes', (_name, bytes) => {
    const work = workOnBytes('Application.cs', bytes, [provisionerTlsTarget]);
    expect(work.kind === 'transformed' && work.outcome.status).toBe('changed');
    const lean = leanWork(work);
    const message = JSON.stringify(lean);
    expect(message).not.toContain('ApplicationProvisioning sample library');
    expect(message.length).toBeLessThan(bytes.length / 2);
    expect(fullWork(lean, bytes)).toEqual(work);
  });

  test('work without a text passes as it is', () => {
    const work = workOnBytes('App.csproj', Buffer.from(PLAIN_PROJECT), [references]);
    expect(fullWork(leanWork(work), Buffer.from(PLAIN_PROJECT))).toEqual(work);
  });
});
