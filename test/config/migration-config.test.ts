// The declared migration target: the config file's "migration" key and --option migration.<field>,
// validated by one table (one line naming the file and the key, exit 2), carried to the transforms
// as options, and read back by them.
import { afterAll, describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyProjectConfig } from '../../src/cli/apply-config.js';
import { parseCliArgs as parseArgs } from '../../src/cli/parse-args.js';
import { loadProjectConfig } from '../../src/config/config-file.js';
import { readMigrationConfig } from '../../src/config/migration-config.js';
import { describeMigrationTarget, migrationTargetOf } from '../../src/platform/migration-target.js';
import { UserError } from '../../src/platform/user-error.js';
import { cleanTempDirs, makeTempDir } from '../helpers/cli.js';

afterAll(cleanTempDirs);

describe('readMigrationConfig', () => {
  test('accepts each field alone and together', () => {
    expect(readMigrationConfig({})).toEqual({ fields: {} });
    expect(
      readMigrationConfig({ from: 'ucma-2.0', legacyApplicationName: 'urn:application:ContosoHelpdesk', targetServer: 'lync-server-2013' }),
    ).toEqual({
      fields: { from: 'ucma-2.0', legacyApplicationName: 'urn:application:ContosoHelpdesk', targetServer: 'lync-server-2013' },
    });
    expect(readMigrationConfig({ targetServer: 'ocs-2007-r2' })).toEqual({ fields: { targetServer: 'ocs-2007-r2' } });
  });

  test.each([
    [[], '"migration" must be an object'],
    ['ucma-2.0', '"migration" must be an object'],
    [{ form: 'ucma-2.0' }, 'unknown key "migration.form"; the keys of "migration" are: from, legacyApplicationName, targetServer'],
    [{ from: 'ucma-4.0' }, '"migration.from" must be one of "ucma-2.0", "ucma-3.0", got "ucma-4.0"'],
    [{ targetServer: 'lync-2013' }, '"migration.targetServer" must be one of "lync-server-2013", "ocs-2007-r2"'],
    [{ legacyApplicationName: '' }, '"migration.legacyApplicationName" must be a non-empty string'],
    [{ legacyApplicationName: 'Contoso Helpdesk' }, 'must not contain spaces'],
    [{ legacyApplicationName: 7 }, 'must be a non-empty string'],
    [{ from: 'ucma-3.0', legacyApplicationName: 'X' }, '"legacyApplicationName" names a UCMA 2.0 application, but "from" is "ucma-3.0"'],
  ])('refuses %j', (value, problem) => {
    const read = readMigrationConfig(value);
    expect('problem' in read ? read.problem : '').toContain(problem);
  });
});

describe('the config file and the command line', () => {
  const withConfig = (config: unknown) => {
    const dir = makeTempDir();
    writeFileSync(join(dir, 'ucma-codemod.config.json'), JSON.stringify(config));
    return dir;
  };

  test('a "migration" key reaches the transforms as options; --option overrides one field', () => {
    const dir = withConfig({ migration: { from: 'ucma-2.0', legacyApplicationName: 'ContosoHelpdesk' } });
    expect(loadProjectConfig(dir).migration).toEqual({ from: 'ucma-2.0', legacyApplicationName: 'ContosoHelpdesk' });
    const plain = applyProjectConfig(parseArgs(['check']), dir);
    expect(plain.transformOptions).toEqual({ 'migration.from': 'ucma-2.0', 'migration.legacyApplicationName': 'ContosoHelpdesk' });
    expect(describeMigrationTarget(migrationTargetOf(plain.transformOptions))).toBe(
      'from a UCMA 2.0 application (Office Communications Server 2007 R2) (legacy application name "ContosoHelpdesk") to Lync Server 2013 (the default)',
    );
    const flagged = applyProjectConfig(parseArgs(['check', '--option', 'migration.legacyApplicationName=Helpdesk2']), dir);
    expect(migrationTargetOf(flagged.transformOptions)).toEqual({
      from: 'ucma-2.0',
      legacyApplicationName: 'Helpdesk2',
      targetServer: 'lync-server-2013',
      targetServerDeclared: false,
    });
  });

  test('a bad "migration" is one error naming the file and the key', () => {
    const dir = withConfig({ migration: { from: 'ucma-1.0' } });
    expect(() => loadProjectConfig(dir)).toThrow(UserError);
    expect(() => loadProjectConfig(dir)).toThrow(/ucma-codemod\.config\.json: "migration\.from" must be one of/);
  });

  test('"options" may not carry a migration field, and --option migration.* is validated like the file', () => {
    expect(() => applyProjectConfig(parseArgs(['check']), withConfig({ options: { 'migration.from': 'ucma-2.0' } }))).toThrow(
      /"options\.migration\.from": declare the migration target under the "migration" key instead/,
    );
    const empty = makeTempDir();
    const refuse = (option: string) => () => applyProjectConfig(parseArgs(['check', '--option', option]), empty);
    expect(refuse('migration.from=ucma-5.0')).toThrow(UserError);
    expect(refuse('migration.from=ucma-5.0')).toThrow(/--option migration\.from must be one of "ucma-2\.0", "ucma-3\.0", got "ucma-5\.0"/);
    expect(refuse('migration.target=ocs-2007-r2')).toThrow(
      /unknown migration field; the fields are: migration\.from, migration\.legacyApplicationName, migration\.targetServer/,
    );
    expect(refuse('migration.legacyApplicationName=X')).not.toThrow();
    expect(() =>
      applyProjectConfig(
        parseArgs(['check', '--option', 'migration.legacyApplicationName=X']),
        withConfig({ migration: { from: 'ucma-3.0' } }),
      ),
    ).toThrow(/contradictory/);
  });

  test('without a declaration, the target server is the default and nothing else is declared', () => {
    const target = migrationTargetOf({});
    expect(target).toEqual({
      from: undefined,
      legacyApplicationName: undefined,
      targetServer: 'lync-server-2013',
      targetServerDeclared: false,
    });
    expect(describeMigrationTarget(target)).toBe('not configured (target server: Lync Server 2013, the default)');
    // Invalid values (the CLI refuses them before a run) count as not declared.
    expect(migrationTargetOf({ 'migration.from': 'nonsense' }).from).toBeUndefined();
  });
});
