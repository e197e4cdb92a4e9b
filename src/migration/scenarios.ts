// The migration scenarios the plan knows, each with the section of the migration pages it follows.
import type { UcmaVersion } from './ucma-version.js';

export type ScenarioId = 'ucma2-to-ucma4' | 'ucma2-legacy-pool' | 'ucma3-to-ucma4' | 'ucma4' | 'none';

export interface Scenario {
  readonly id: ScenarioId;
  /** One line: what the migration is. */
  readonly title: string;
  /** The page of the migration section that describes it (a file name of MIGRATION_PAGES). */
  readonly page: string;
  /** The heading of that page's section. */
  readonly section: string;
}

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'ucma2-to-ucma4',
    title: 'Upgrade a UCMA 2.0 application to UCMA 4.0 on a new trusted application pool',
    page: 'ucma-applications-coexistence-migration-and-upgrade-scenarios.md',
    section: 'Upgrading a UCMA 2.0 application to UCMA 4.0 after coexistence',
  },
  {
    id: 'ucma2-legacy-pool',
    title:
      'Keep a UCMA 2.0 application on its legacy pool, routed through Lync Server 2013, managed with the modified ApplicationProvisioner',
    page: 'ucma-applications-coexistence-migration-and-upgrade-scenarios.md',
    section: 'Migrating a UCMA 2.0 application "as is" to Lync Server 2013',
  },
  {
    id: 'ucma3-to-ucma4',
    title: 'Upgrade a UCMA 3.0 application to UCMA 4.0',
    page: 'ucma-applications-coexistence-migration-and-upgrade-scenarios.md',
    section: 'Upgrading a UCMA 3.0 application to UCMA 4.0',
  },
  {
    id: 'ucma4',
    title: 'The application is already built against UCMA 4.0 or later: keep its code clear of removed and obsolete members',
    page: 'migration-coexistence-and-upgrade-of-ucma-applications.md',
    section: 'Migration, coexistence, and upgrade of UCMA applications',
  },
  {
    id: 'none',
    title: 'No UCMA project was found: nothing to migrate',
    page: 'migration-coexistence-and-upgrade-of-ucma-applications.md',
    section: 'Migration, coexistence, and upgrade of UCMA applications',
  },
];

export const SCENARIO_IDS: readonly ScenarioId[] = SCENARIOS.map((scenario) => scenario.id);

/** The scenario with this id. */
export function scenarioById(id: ScenarioId): Scenario {
  return SCENARIOS.find((scenario) => scenario.id === id)!;
}

/** The upgrade scenario for an application that starts at `version`. */
export function upgradeScenarioFor(version: UcmaVersion | undefined): ScenarioId {
  if (version === '2.0') return 'ucma2-to-ucma4';
  if (version === '3.0') return 'ucma3-to-ucma4';
  return version === undefined ? 'none' : 'ucma4';
}
