export const SCENARIOS = [
    {
        id: 'ucma2-to-ucma4',
        title: 'Upgrade a UCMA 2.0 application to UCMA 4.0 on a new trusted application pool',
        page: 'ucma-applications-coexistence-migration-and-upgrade-scenarios.md',
        section: 'Upgrading a UCMA 2.0 application to UCMA 4.0 after coexistence',
    },
    {
        id: 'ucma2-legacy-pool',
        title: 'Keep a UCMA 2.0 application on its legacy pool, routed through Lync Server 2013, managed with the modified ApplicationProvisioner',
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
export const SCENARIO_IDS = SCENARIOS.map((scenario) => scenario.id);
/** The scenario with this id. */
export function scenarioById(id) {
    return SCENARIOS.find((scenario) => scenario.id === id);
}
/** The upgrade scenario for an application that starts at `version`. */
export function upgradeScenarioFor(version) {
    if (version === '2.0')
        return 'ucma2-to-ucma4';
    if (version === '3.0')
        return 'ucma3-to-ucma4';
    return version === undefined ? 'none' : 'ucma4';
}
