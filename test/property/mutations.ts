// Generates mutated C# for property tests: fixture and sample inputs, changed the way real files
// get changed (whitespace, comments, line endings, BOM, renamed identifiers, spellings, 8-bit
// bytes) or broken (truncation, garbage).
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturePath } from '../helpers/paths.js';

/** Every fixture input of the built-in transform, plus the samples' Application.cs files. */
export function seedInputs(): Buffer[] {
  const cases = fixturePath('transforms', 'provisioner-tls-target');
  const seeds = readdirSync(cases)
    .filter((name) => name.endsWith('.input.cs'))
    .sort()
    .map((name) => readFileSync(join(cases, name)));
  for (const sample of [
    'applicationprovisioner/ApplicationProvisioning/Application.cs',
    'applicationprovisioner-edited/ApplicationProvisioning/Application.cs',
    'applicationprovisioner-edited/ApplicationProvisioning/Diagnostics.cs',
  ]) {
    seeds.push(readFileSync(fixturePath('samples', ...sample.split('/'))));
  }
  return seeds;
}

/** One change to a file's bytes. Positions are fractions of the length, so they fit any input. */
export type Mutation =
  | { kind: 'whitespace'; at: number; text: string }
  | { kind: 'comment'; at: number; text: string }
  | { kind: 'line-endings'; style: 'crlf' | 'lf' | 'mixed' }
  | { kind: 'toggle-bom' }
  | { kind: 'rename'; from: string; to: string }
  | { kind: 'spelling'; to: string }
  | { kind: 'latin1-byte'; at: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'garbage'; at: number; text: string };

const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const identifier = fc.stringMatching(/^[a-z][A-Za-z0-9_]{0,8}$/).filter((name) => !KEYWORDS.has(name));
const KEYWORDS = new Set([
  'do',
  'if',
  'in',
  'is',
  'as',
  'for',
  'int',
  'new',
  'out',
  'ref',
  'try',
  'var',
  'base',
  'bool',
  'byte',
  'case',
  'char',
  'else',
  'enum',
  'goto',
  'lock',
  'long',
  'null',
  'this',
  'true',
  'uint',
  'void',
  'event',
  'false',
  'fixed',
  'float',
  'sbyte',
  'short',
  'throw',
  'ulong',
  'using',
  'while',
  'break',
  'catch',
  'class',
  'const',
  'ushort',
  'double',
  'object',
  'params',
  'public',
  'return',
  'sealed',
  'sizeof',
  'static',
  'string',
  'struct',
  'switch',
  'typeof',
  'unsafe',
  'decimal',
  'default',
  'finally',
  'foreach',
  'private',
  'checked',
  'virtual',
  'abstract',
  'continue',
  'delegate',
  'explicit',
  'implicit',
  'internal',
  'operator',
  'override',
  'readonly',
  'volatile',
  'interface',
  'namespace',
  'protected',
  'unchecked',
  'stackalloc',
  'get',
  'set',
  'add',
  'remove',
  'value',
  'global',
  'partial',
  'where',
  'yield',
  'await',
  'async',
  'dynamic',
  'nameof',
  'when',
  'let',
  'from',
  'select',
  'and',
  'or',
  'not',
  'with',
  'init',
  'record',
  'file',
  'required',
  'scoped',
  'managed',
  'unmanaged',
  'notnull',
  'args',
  'on',
  'by',
  'equals',
  'into',
  'join',
  'group',
  'orderby',
  'ascending',
  'descending',
]);

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('whitespace' as const),
      at: fraction,
      text: fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\n\n    '),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('comment' as const),
      at: fraction,
      text: fc.constantFrom('/* note */', '/**/', '// note\n', '/* é ü */', '/* || x.TlsTarget.Equals(x.Fqdn) */'),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('line-endings' as const),
      style: fc.constantFrom('crlf' as const, 'lf' as const, 'mixed' as const),
    }),
  },
  { weight: 2, arbitrary: fc.constant({ kind: 'toggle-bom' as const }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('rename' as const),
      from: fc.constantFrom('trustedService', 'entry', 'ts', 'appPools', 'pools', 'entries'),
      to: identifier,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('spelling' as const),
      to: fc.constantFrom(
        'String.IsNullOrEmpty',
        'System.String.IsNullOrEmpty',
        'global::System.String.IsNullOrEmpty',
        'string.IsNullOrWhiteSpace',
        '!string.IsNullOrEmpty',
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('latin1-byte' as const), at: fraction }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fraction }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('garbage' as const),
      at: fraction,
      text: fc.constantFrom('{', '}', '(', ')', ';', '"', "'", '#if X\n', '@', '\\', '/*', '*/', '||', 'if ('),
    }),
  },
);

/** Applies mutations to bytes (line breaks and ASCII edits are byte-safe in UTF-8 and 8-bit files). */
export function mutate(input: Buffer, mutations: readonly Mutation[]): Buffer {
  let bytes = input;
  for (const change of mutations) bytes = applyMutation(bytes, change);
  return bytes;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function applyMutation(bytes: Buffer, change: Mutation): Buffer {
  const hasBom = bytes.subarray(0, 3).equals(BOM);
  const start = hasBom ? 3 : 0;
  // Positions avoid the BOM and the middle of a UTF-8 sequence (continuation bytes 0x80-0xBF).
  const positionAt = (fractionOfLength: number) => {
    let at = start + Math.floor(fractionOfLength * (bytes.length - start));
    while (at < bytes.length && (bytes[at]! & 0xc0) === 0x80) at++;
    return at;
  };
  const insert = (at: number, text: Buffer) => Buffer.concat([bytes.subarray(0, at), text, bytes.subarray(at)]);
  switch (change.kind) {
    case 'whitespace':
    case 'comment':
    case 'garbage':
      return insert(positionAt(change.at), Buffer.from(change.text, 'utf8'));
    case 'line-endings': {
      const text = bytes.toString('latin1').replace(/\r\n/g, '\n');
      if (change.style === 'lf') return Buffer.from(text, 'latin1');
      if (change.style === 'crlf') return Buffer.from(text.replace(/\n/g, '\r\n'), 'latin1');
      let line = 0;
      return Buffer.from(
        text.replace(/\n/g, () => (line++ % 2 === 0 ? '\r\n' : '\n')),
        'latin1',
      );
    }
    case 'toggle-bom':
      return hasBom ? bytes.subarray(3) : Buffer.concat([BOM, bytes]);
    case 'rename':
      return Buffer.from(bytes.toString('latin1').replace(new RegExp(`\\b${change.from}\\b`, 'g'), change.to), 'latin1');
    case 'spelling':
      return Buffer.from(bytes.toString('latin1').replace(/\bstring\.IsNullOrEmpty\b/, change.to), 'latin1');
    case 'latin1-byte':
      // A lone 0xE9 makes the file invalid UTF-8: it becomes an 8-bit (Windows-1252) file.
      return insert(positionAt(change.at), Buffer.from('/* caf\u00e9 */', 'latin1'));
    case 'truncate':
      return bytes.subarray(0, positionAt(change.at));
  }
}
