// findIdentifiers and findDeclarationsNamed search the text and look the occurrences up in the
// tree: they must give exactly the nodes a walk of the whole tree gives, on every fixture file.
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCSharp } from '../../src/engine/languages/csharp/parse.js';
import { decodeSource } from '../../src/engine/source-text.js';
import { findAll, findDeclarationsNamed, findIdentifiers, type SyntaxNode } from '../../src/index.js';

const DECLARATIONS = ['class_declaration', 'method_declaration', 'property_declaration', 'variable_declarator', 'parameter'];

function byWalk(root: SyntaxNode, name: string): string[] {
  return findAll(root, 'identifier')
    .filter((node) => node.text === name)
    .map(where);
}

function declarationsByWalk(root: SyntaxNode, name: string): string[] {
  return findAll(root, DECLARATIONS)
    .filter((node) => node.childForFieldName('name')?.text === name)
    .map(where);
}

const where = (node: SyntaxNode) => `${node.type}@${node.startIndex}-${node.endIndex}`;

function csharpFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.cs'))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('the same nodes as a walk of the tree', () => {
  const files = csharpFiles(join(import.meta.dirname, '..', '..', 'fixtures'));

  test('on every C# fixture, for every identifier name, from the root and from each method', () => {
    expect(files.length).toBeGreaterThan(100);
    let compared = 0;
    for (const file of files) {
      let text: string;
      try {
        text = decodeSource(readFileSync(file)).text;
      } catch {
        continue; // fixtures of undecodable files
      }
      const root = parseCSharp(text).rootNode;
      const names = new Set(findAll(root, 'identifier').map((node) => node.text));
      const scopes = [root, ...findAll(root, 'method_declaration').slice(0, 1)];
      for (const scope of scopes) {
        for (const name of names) {
          expect([file, name, findIdentifiers(scope, name).map(where)]).toEqual([file, name, byWalk(scope, name)]);
          expect([file, name, findDeclarationsNamed(scope, DECLARATIONS, name).map(where)]).toEqual([
            file,
            name,
            declarationsByWalk(scope, name),
          ]);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });

  test('comments, strings, longer words, verbatim identifiers, non-ASCII neighbours and syntax errors', () => {
    const text = [
      'class Entry { // Entry in a comment',
      '  string s = "Entry"; int EntryCount; int @Entry; int _Entry; int Entryé;',
      '  void M(Entry Entry) { var x = Entry.Entry; /* Entry */ M(Entry) }',
      '  int ÄEntry; Entry',
      '}',
    ].join('\n');
    const root = parseCSharp(text).rootNode;
    for (const name of ['Entry', 'EntryCount', '@Entry', 'Entryé', 'ÄEntry', 'x', 'M', 'nothing', 'Entr']) {
      expect([name, findIdentifiers(root, name).map(where)]).toEqual([name, byWalk(root, name)]);
    }
    expect(findIdentifiers(root, 'Entry').length).toBeGreaterThan(3);
    expect(findIdentifiers(root, '')).toEqual([]);
    // Several names at once: one list in document order, each node once.
    const several = ['M', 'Entry', 'x', 'Entry', 'EntryCount'];
    const walked = findAll(root, 'identifier').filter((node) => several.includes(node.text));
    expect(findIdentifiers(root, several).map(where)).toEqual(walked.map(where));
  });
});
