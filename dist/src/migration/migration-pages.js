// The pages of the "Migration, coexistence, and upgrade of UCMA applications" section of the
// Lync Server 2013 / UCMA 4.0 SDK documentation: one table that every step and report names.
/** The section's index page and its five children, in the section's order. */
export const MIGRATION_PAGES = [
    {
        file: 'migration-coexistence-and-upgrade-of-ucma-applications.md',
        title: 'Migration, coexistence, and upgrade of UCMA applications',
        url: 'https://msdn.microsoft.com/library/Dn466137(v=office.15)',
    },
    {
        file: 'ucma-applications-coexistence-migration-and-upgrade-scenarios.md',
        title: 'UCMA applications: Coexistence, migration, and upgrade scenarios',
        url: 'https://msdn.microsoft.com/library/Dn466143(v=office.15)',
    },
    {
        file: 'ucma-3-0-core-applications-coexistence-and-deployment-scenarios.md',
        title: 'UCMA 3.0 Core applications: Coexistence and deployment scenarios',
        url: 'https://msdn.microsoft.com/library/Dn466145(v=office.15)',
    },
    {
        file: 'ucma-2-0-core-applications-coexistence-migration-and-upgrade-scenarios.md',
        title: 'UCMA 2.0 Core applications: Coexistence, migration, and upgrade scenarios',
        url: 'https://msdn.microsoft.com/library/Dn466131(v=office.15)',
    },
    {
        file: 'migration-and-coexistence-details-ucma-2-0-and-ucma-3-0.md',
        title: 'Migration and coexistence details (UCMA 2.0 and UCMA 3.0)',
        url: 'https://msdn.microsoft.com/library/Dn466121(v=office.15)',
    },
    {
        file: 'modifying-applicationprovisioner-exe-sample-code.md',
        title: 'Modifying ApplicationProvisioner.exe sample code',
        url: 'https://msdn.microsoft.com/library/Dn466118(v=office.15)',
    },
];
/** The page with this file name; throws for a name that is not in the section (a bug in a table). */
export function migrationPage(file) {
    const page = MIGRATION_PAGES.find((candidate) => candidate.file === file);
    if (!page)
        throw new Error(`${file} is not a page of the migration section`);
    return page;
}
