// The migration tables: every step and scenario names a page of the migration section, the pages
// are the section's index and its five children with their published addresses, ids are unique.
import { describe, expect, test } from '@jest/globals';
import { CODE_STEPS, WMI_STEP } from '../../src/migration/code-steps.js';
import { MIGRATION_PAGES } from '../../src/migration/migration-pages.js';
import { PERSON_STEPS, personStepsOf, commandOf } from '../../src/migration/person-steps.js';
import { SCENARIOS } from '../../src/migration/scenarios.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/paths.js';

// The section as the documentation publishes it: file name and MSDN asset id (from each page's
// ms:mtpsurl), written down once more here so that a typo in either table fails.
const SECTION: Record<string, string> = {
  'migration-coexistence-and-upgrade-of-ucma-applications.md': 'Dn466137',
  'ucma-applications-coexistence-migration-and-upgrade-scenarios.md': 'Dn466143',
  'ucma-3-0-core-applications-coexistence-and-deployment-scenarios.md': 'Dn466145',
  'ucma-2-0-core-applications-coexistence-migration-and-upgrade-scenarios.md': 'Dn466131',
  'migration-and-coexistence-details-ucma-2-0-and-ucma-3-0.md': 'Dn466121',
  'modifying-applicationprovisioner-exe-sample-code.md': 'Dn466118',
};

describe('the migration pages', () => {
  test('are the six pages of the section, each at its published address', () => {
    expect(MIGRATION_PAGES.map((page) => page.file).sort()).toEqual(Object.keys(SECTION).sort());
    for (const page of MIGRATION_PAGES) expect(page.url).toBe(`https://msdn.microsoft.com/library/${SECTION[page.file]}(v=office.15)`);
  });

  test('every step and scenario names one of them', () => {
    const named = [...PERSON_STEPS, ...CODE_STEPS, WMI_STEP, ...SCENARIOS].map((row) => [row.id, row.page] as const);
    expect(named.length).toBeGreaterThan(25);
    for (const [id, page] of named) expect([id, Object.keys(SECTION).includes(page)]).toEqual([id, true]);
  });
});

describe('the steps', () => {
  test('ids are unique across code and person steps, and kebab-case', () => {
    const ids = [...PERSON_STEPS.map((s) => s.id), ...CODE_STEPS.map((s) => s.id), WMI_STEP.id];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  test('the UCMA 2.0 upgrade follows the documented order of its administrator steps', () => {
    const admin = personStepsOf('ucma2-to-ucma4')
      .filter((s) => s.role === 'administrator')
      .map((s) => s.id);
    const order = [
      'stop-legacy-application',
      'new-pool',
      'new-trusted-application',
      'enable-topology',
      'restart-front-end',
      'install-application',
      'move-endpoints-to-new-pool',
      'restart-front-end-again',
      'remove-legacy-servers',
    ];
    expect(admin.filter((id) => order.includes(id))).toEqual(order);
  });

  test('the legacy pool keeps its own steps: registrar, fill in each contact object with -Force', () => {
    const steps = personStepsOf('ucma2-legacy-pool');
    expect(steps.map((s) => s.id)).toEqual(expect.arrayContaining(['associate-registrar', 'move-endpoints-in-place']));
    expect(steps.find((s) => s.id === 'move-endpoints-in-place')!.command).toMatch(/^Move-CsApplicationEndpoint .* -Force$/);
    expect(steps.some((s) => s.id === 'new-pool')).toBe(false);
  });

  test('the application id is written into New-CsTrustedApplication when known, a placeholder otherwise', () => {
    const step = PERSON_STEPS.find((s) => s.id === 'new-trusted-application')!;
    expect(commandOf(step, { applicationId: 'FabrikamHelpdesk' })).toBe(
      'New-CsTrustedApplication -ApplicationId FabrikamHelpdesk -TrustedApplicationPoolFqdn <new pool FQDN> -Port <port>',
    );
    expect(commandOf(step, {})).toContain("-ApplicationId <the UCMA 2.0 application's name>");
  });

  test('docs/report.md lists every step a person takes, with its page', () => {
    const docs = readFileSync(join(repoRoot, 'docs', 'report.md'), 'utf8');
    for (const step of PERSON_STEPS)
      expect([step.id, docs.includes(`| \`${step.id}\` | ${step.role} |`), docs.includes(step.page)]).toEqual([step.id, true, true]);
  });

  test('an application already on UCMA 4.0 has no administrator step from the migration pages', () => {
    expect(personStepsOf('ucma4')).toEqual([]);
  });
});
