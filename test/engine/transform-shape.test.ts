// transformShapeProblems as a table: the metadata fields a transform may carry, and what is refused.
import { expect, test } from '@jest/globals';
import { transformShapeProblems } from '../../src/engine/transform-shape.js';

const meta = { id: 'some-fix', title: 'A fix', description: 'Changes a thing.', source: { title: 'A document' }, kind: 'fix' };
const withMeta = (extra: Record<string, unknown>) => ({ meta: { ...meta, ...extra }, run: () => undefined });

test.each([
  ['no optional fields', {}, []],
  ['watchFileNames as file names', { watchFileNames: ['Application.cs'] }, []],
  [
    'watchFileNames with a directory',
    { watchFileNames: ['ApplicationProvisioning/Application.cs'] },
    ['meta.watchFileNames must be a list of file names (no directories) when given'],
  ],
  [
    'watchFileNames not a list',
    { watchFileNames: 'Application.cs' },
    ['meta.watchFileNames must be a list of file names (no directories) when given'],
  ],
  [
    'watchFileNames with an empty name',
    { watchFileNames: [''] },
    ['meta.watchFileNames must be a list of file names (no directories) when given'],
  ],
  ['requires with an empty string', { requires: [''] }, ['meta.requires must be a list of non-empty strings when given']],
])('%s', (_name, extra, problems) => {
  expect(transformShapeProblems(withMeta(extra))).toEqual(problems);
});
