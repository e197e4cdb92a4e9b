// The re-parse guard's incremental parse must give exactly the tree a full parse of the new text gives.
import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { applyEdits, sortEdits, type TextEdit } from '../../src/engine/edits.js';
import { reparseAfterEdits } from '../../src/engine/incremental-reparse.js';
import { parseCSharp } from '../../src/engine/languages/csharp/parse.js';
import { csharp } from '../../src/engine/languages/csharp/index.js';
import type { SyntaxNode } from '../../src/engine/languages/tree-sitter-core.js';
import { decodeSource } from '../../src/engine/source-text.js';
import { fixturePath } from '../helpers/paths.js';

/** Every node with its type, offsets and points, in document order. */
function listing(node: SyntaxNode, lines: string[] = []): string[] {
  const { startPosition: s, endPosition: e } = node;
  lines.push(
    `${node.type}${node.isMissing ? '(missing)' : ''} ${node.startIndex}-${node.endIndex} ${s.row}:${s.column}-${e.row}:${e.column}`,
  );
  for (const child of node.children) listing(child, lines);
  return lines;
}

function expectSameAsFullParse(text: string, edits: TextEdit[]): void {
  const sorted = sortEdits(edits);
  const newText = applyEdits(text, sorted);
  const incremental = reparseAfterEdits(csharp, parseCSharp(text), text, newText, sorted);
  const full = parseCSharp(newText);
  expect(incremental.rootNode.hasError).toBe(full.rootNode.hasError);
  expect(listing(incremental.rootNode)).toEqual(listing(full.rootNode));
}

const sample = decodeSource(
  readFileSync(fixturePath('samples', 'applicationprovisioner', 'ApplicationProvisioning', 'Application.cs')),
).text;
const insertAfter = (text: string, needle: string, inserted: string): TextEdit => {
  const at = text.indexOf(needle) + needle.length;
  return { start: at, end: at, text: inserted };
};

describe('reparseAfterEdits', () => {
  test('the documented insertion into the sample', () => {
    expectSameAsFullParse(sample, [
      insertAfter(
        sample,
        'string.IsNullOrEmpty(trustedService.TlsTarget)',
        ' || trustedService.TlsTarget.Equals(trustedService.Fqdn, StringComparison.OrdinalIgnoreCase)',
      ),
    ]);
  });

  test('several edits with line breaks, a deletion and a replacement, in CRLF text', () => {
    const crlf = sample.replace(/\n/g, '\r\n');
    const using = crlf.indexOf('using');
    expectSameAsFullParse(crlf, [
      { start: using, end: using, text: 'using System.Text;\r\n\r\n' },
      insertAfter(crlf, 'GetApplication(', '/* a\r\nb */'),
      { start: crlf.lastIndexOf('}') - 10, end: crlf.lastIndexOf('}'), text: '' },
      { start: crlf.indexOf('TlsTarget'), end: crlf.indexOf('TlsTarget') + 9, text: 'Tls\r\nTarget' },
    ]);
  });

  test('CR-only line breaks and characters outside the BMP before and inside the edit', () => {
    const text = 'class A\r{\r    // \u{1F600} é\r    void M() { var s = "\u{1F600}"; }\r}\r';
    expectSameAsFullParse(text, [insertAfter(text, 'var s = "\u{1F600}";', ' var t = "\u{1F601}\n\u{1F602}";\n')]);
  });

  test('many edits across a longer text, with line breaks inside and between them; the old tree is left as it was', () => {
    // 10 copies of the sample, each edited nine times.
    const text = sample.repeat(10);
    const edits: TextEdit[] = [];
    for (let at = text.indexOf('TlsTarget)'); at !== -1; at = text.indexOf('TlsTarget)', at + 1)) {
      edits.push({ start: at + 'TlsTarget'.length, end: at + 'TlsTarget'.length, text: ' /* x\ny */' });
    }
    for (let at = text.indexOf('return '); at !== -1; at = text.indexOf('return ', at + 1)) {
      edits.push({ start: at, end: at + 'return '.length, text: 'return\r\n  ' });
    }
    for (let at = text.indexOf('using System;\r\n'); at !== -1; at = text.indexOf('using System;\r\n', at + 1)) {
      edits.push({ start: at, end: at + 'using System;\r\n'.length, text: '' });
    }
    expect(edits.length).toBeGreaterThan(64);
    expectSameAsFullParse(text, edits);
    const oldTree = parseCSharp(text);
    const before = listing(oldTree.rootNode);
    const sorted = sortEdits(edits);
    reparseAfterEdits(csharp, oldTree, text, applyEdits(text, sorted), sorted);
    expect(listing(oldTree.rootNode)).toEqual(before);
  });

  test('an edit that introduces a syntax error, and one that removes it', () => {
    const text = 'class A\n{\n    void M() { int x = 1; }\n}\n';
    expectSameAsFullParse(text, [{ start: text.indexOf(';'), end: text.indexOf(';') + 1, text: '' }]);
    const broken = text.replace('1;', '1');
    expectSameAsFullParse(broken, [insertAfter(broken, '= 1', ';')]);
  });
});
