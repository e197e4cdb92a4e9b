// The config file's JSON Schema is built from the tables it describes, the committed copy in docs/
// is that schema for the built-in transforms, and it agrees with the config file's own validation.
import { afterAll, describe, expect, test } from '@jest/globals';
import AjvModule from 'ajv';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadProjectConfig } from '../../src/config/config-file.js';
import { buildConfigSchema } from '../../src/config/config-schema.js';
import { builtInTransforms } from '../../transforms/index.js';
import { cleanTempDirs, makeTempDir } from '../helpers/cli.js';
import { repoRoot } from '../helpers/paths.js';

// ajv is CommonJS: from an ES module its default import carries the class as `.default`.
const Ajv = AjvModule.default;

afterAll(cleanTempDirs);

const schema = buildConfigSchema(builtInTransforms.map((t) => t.meta));
const validate = new Ajv({ allErrors: true }).compile(schema);

/** What the config file's own reader says: undefined when it accepts the file. */
function readerProblem(config: unknown): string | undefined {
  const dir = makeTempDir();
  writeFileSync(join(dir, 'ucma-codemod.config.json'), JSON.stringify(config));
  try {
    loadProjectConfig(dir);
    return undefined;
  } catch (thrown) {
    return thrown instanceof Error ? thrown.message : String(thrown);
  }
}

describe('the config schema', () => {
  test('docs/ucma-codemod.config.schema.json is the schema of the built-in transforms (npm run schema rewrites it)', () => {
    const committed = JSON.parse(readFileSync(join(repoRoot, 'docs', 'ucma-codemod.config.schema.json'), 'utf8')) as unknown;
    expect(committed).toEqual(JSON.parse(JSON.stringify(schema)));
  });

  test('it names every built-in transform and, under ucma4-provisioning, every rule with its page, and the migration target', () => {
    const text = JSON.stringify(schema);
    for (const t of builtInTransforms) expect(text).toContain(`"const":"${t.meta.id}"`);
    for (const rule of builtInTransforms.find((t) => t.meta.id === 'ucma4-provisioning')!.meta.rules!)
      expect(text).toContain(`ucma4-provisioning/${rule.id}: ${rule.title} (${rule.sources![0]!.path})`);
    expect(text).toContain('"legacyApplicationName"');
    expect(text).toContain('"ocs-2007-r2"');
  });

  test.each([
    [{}],
    [{ $schema: './docs/ucma-codemod.config.schema.json', transforms: ['ucma4-provisioning', './mine.ts'] }],
    [{ options: { mode: 'strict' }, ignore: ['fixtures/'], maxFileSize: '16M' }],
    [{ maxFileSize: 4096 }],
    [{ migration: { from: 'ucma-2.0', legacyApplicationName: 'urn:application:ContosoHelpdesk', targetServer: 'lync-server-2013' } }],
    [{ migration: { from: 'ucma-3.0', targetServer: 'ocs-2007-r2' } }],
    [{ migration: { legacyApplicationName: 'ContosoHelpdesk' } }],
    [{ severity: { 'ucma4-project-references': 'info', 'ucma4-api-members/call-forward': 'error' }, maxWarnings: -1 }],
    [{ diagnosticLevel: 'warning', baseline: 'known.jsonl', maxWarnings: 10 }],
  ])('accepts what the reader accepts: %j', (config) => {
    expect(readerProblem(config)).toBeUndefined();
    expect(validate(config) ? [] : validate.errors).toEqual([]);
  });

  test.each([
    [{ transform: ['x'] }],
    [{ transforms: [] }],
    [{ transforms: ['no-such-transform'] }],
    [{ options: { 'migration.from': 'ucma-2.0' } }],
    [{ migration: { from: 'ucma-4.0' } }],
    [{ migration: { targetServer: 'lync-2010' } }],
    [{ migration: { legacyApplicationName: 'Contoso Helpdesk' } }],
    [{ migration: { from: 'ucma-3.0', legacyApplicationName: 'X' } }],
    [{ migration: { form: 'ucma-2.0' } }],
    [{ maxFileSize: 'big' }],
    [{ severity: { 'ucma4-project-references': 'fatal' } }],
    [{ maxWarnings: -2 }],
    [{ diagnosticLevel: 'debug' }],
    [{ baseline: '' }],
  ])('refuses what the reader refuses: %j', (config) => {
    expect(validate(config)).toBe(false);
    // An unknown built-in id is refused when the run starts, not by the reader.
    if (!JSON.stringify(config).includes('no-such-transform')) expect(readerProblem(config)).toBeDefined();
  });
});
