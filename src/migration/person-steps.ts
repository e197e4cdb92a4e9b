// The steps of a migration that only a person can take (a developer at a build machine, an
// administrator at the Lync Server topology), as the migration pages give them: one table, in the
// order they are taken. A scenario's steps are the rows that name it, in table order. The tool never
// marks one done: the user does, in the plan file.
import type { ScenarioId } from './scenarios.js';

export type PersonRole = 'developer' | 'administrator';

/** Facts that fill a step's command: known ones are written in, unknown ones stay as `<...>`. */
export interface StepFacts {
  /** The UCMA 2.0 application's name, which the new application's id must repeat. */
  readonly applicationId?: string | undefined;
}

export interface PersonStep {
  /** Kebab-case id, used in the plan file. */
  readonly id: string;
  readonly role: PersonRole;
  readonly scenarios: readonly ScenarioId[];
  /** One line, imperative. */
  readonly title: string;
  /** What to know while doing it. */
  readonly detail: string;
  /** A PowerShell line to run, `{applicationId}` filled from the facts; undefined when the step is no command. */
  readonly command?: string;
  /** The page of the migration section it comes from (a file name of MIGRATION_PAGES). */
  readonly page: string;
  /** The heading of the page's section. */
  readonly section: string;
}

const SCENARIOS_PAGE = 'ucma-applications-coexistence-migration-and-upgrade-scenarios.md';
const DETAILS_PAGE = 'migration-and-coexistence-details-ucma-2-0-and-ucma-3-0.md';
const PROVISIONER_PAGE = 'modifying-applicationprovisioner-exe-sample-code.md';
const UPGRADE_2 = 'Upgrading a UCMA 2.0 application to UCMA 4.0 after coexistence';
const AS_IS_2 = 'Migrating a UCMA 2.0 application "as is" to Lync Server 2013';
const UPGRADE_3 = 'Upgrading a UCMA 3.0 application to UCMA 4.0';
const AS_IS_3 = 'Migrating a UCMA 3.0 application "as is" to Lync Server 2013';

export const PERSON_STEPS: readonly PersonStep[] = [
  {
    id: 'install-ucma4-sdk',
    role: 'developer',
    scenarios: ['ucma2-to-ucma4', 'ucma3-to-ucma4'],
    title: 'Install the UCMA 4.0 SDK and the .NET Framework 4.5 targeting pack on the build machine',
    detail:
      'The UCMA 4.0 SDK replaces UCMA 3.0 (the two cannot be installed side by side); the retargeted projects build against .NET Framework 4.5, 64-bit.',
    page: SCENARIOS_PAGE,
    section: UPGRADE_3,
  },
  {
    id: 'rebuild-with-ucma4',
    role: 'developer',
    scenarios: ['ucma2-to-ucma4', 'ucma3-to-ucma4'],
    title: 'Rebuild the application with the UCMA 4.0 SDK and clear the compiler warnings about obsolete members',
    detail:
      'The page on the upgrade asks for a rebuild and for every obsolete-member warning to be dealt with; the removed members are errors.',
    page: SCENARIOS_PAGE,
    section: UPGRADE_3,
  },
  {
    id: 'rebuild-provisioner',
    role: 'developer',
    scenarios: ['ucma2-to-ucma4', 'ucma2-legacy-pool'],
    title: 'Rebuild ApplicationProvisioner.exe from the modified sample source',
    detail:
      'Only the rebuilt tool can manage contact objects and servers of a legacy pool once its trusted service entries are in a Lync Server topology.',
    page: PROVISIONER_PAGE,
    section: 'Modifying ApplicationProvisioner.exe sample code',
  },
  {
    id: 'merge-legacy-topology',
    role: 'administrator',
    scenarios: ['ucma2-to-ucma4', 'ucma2-legacy-pool'],
    title: "Merge the UCMA 2.0 application's trusted service entries into the Lync Server topology",
    detail:
      'With Topology Builder ("Merge 2007 or 2007 R2 Topology", then publish) or with the two cmdlets below; the legacy pool then appears under the BackCompatSite.',
    command: 'Merge-CsLegacyTopology -TopologyXmlFileName <file>; Publish-CsTopology -FileName <file>',
    page: DETAILS_PAGE,
    section: 'Migrating trusted service entries using Microsoft Lync Server 2010 Topology Builder or PowerShell cmdlets',
  },
  {
    id: 'verify-legacy-pool',
    role: 'administrator',
    scenarios: ['ucma2-to-ucma4', 'ucma2-legacy-pool'],
    title: 'Check the merged legacy pool',
    detail:
      'Its Registrar is still the Office Communications Server 2007 R2 pool, its Applications list the UCMA 2.0 application, its SiteId is the BackCompatSite.',
    command: 'Get-CsTrustedApplicationPool -Identity <legacy pool FQDN>',
    page: DETAILS_PAGE,
    section: 'Verify that trusted service entries migrated successfully',
  },
  {
    id: 'stop-legacy-application',
    role: 'administrator',
    scenarios: ['ucma2-to-ucma4'],
    title: 'Stop the UCMA 2.0 application while the configuration changes',
    detail: 'It stays stopped until its contact objects have moved to the new pool.',
    page: SCENARIOS_PAGE,
    section: UPGRADE_2,
  },
  {
    id: 'new-pool',
    role: 'administrator',
    scenarios: ['ucma2-to-ucma4'],
    title: 'Create the new trusted application pool and its computers',
    detail:
      'With Topology Builder, or New-CsTrustedApplicationPool followed by New-CsTrustedApplicationComputer for each application server.',
    command:
      'New-CsTrustedApplicationPool -Identity <new pool FQDN> -Registrar <Lync Server 2013 pool FQDN>; New-CsTrustedApplicationComputer -Identity <computer FQDN> -Pool <new pool FQDN>',
    page: SCENARIOS_PAGE,
    section: UPGRADE_2,
  },
  {
    id: 'new-trusted-application',
    role: 'administrator',
    scenarios: ['ucma2-to-ucma4'],
    title: 'Create the application on the new pool, with the id the UCMA 2.0 application was known by',
    detail: "The ApplicationId must equal the UCMA 2.0 application's name, or the contact objects cannot be moved to it later.",
    command: 'New-CsTrustedApplication -ApplicationId {applicationId} -TrustedApplicationPoolFqdn <new pool FQDN> -Port <port>',
    page: SCENARIOS_PAGE,
    section: UPGRADE_2,
  },
  {
    id: 'enable-topology',
    role: 'administrator',
    scenarios: ['ucma2-to-ucma4'],
    title: 'Enable the topology',
    detail: 'This writes the trusted service entries that Office Communications Server 2007 R2 needs to reach the new application.',
    command: 'Enable-CsTopology',
    page: SCENARIOS_PAGE,
    section: UPGRADE_2,
  },
  {
    id: 'restart-front-end',
    role: 'administrator',
    scenarios: ['ucma2-to-ucma4'],
    title: 'Stop and restart the Lync Server 2013 Front End service',
    detail: 'So that the Front End servers pick up the new application and its trusted service entries.',
    page: SCENARIOS_PAGE,
    section: UPGRADE_2,
  },
  {
    id: 'install-application',
    role: 'administrator',
    scenarios: ['ucma2-to-ucma4'],
    title: 'Install the rebuilt application on the computers of the new pool',
    detail: 'Stop where the installation asks for a contact object: the existing ones are moved instead (next step).',
    page: SCENARIOS_PAGE,
    section: UPGRADE_2,
  },
  {
    id: 'move-endpoints-to-new-pool',
    role: 'administrator',
    scenarios: ['ucma2-to-ucma4'],
    title: "Move each of the application's contact objects to the new pool",
    detail: 'Once per contact object the application uses; the application with the same id must already exist on the target pool.',
    command: 'Move-CsApplicationEndpoint -Identity sip:<contact> -TargetApplicationPool <new pool FQDN> -Force',
    page: SCENARIOS_PAGE,
    section: UPGRADE_2,
  },
  {
    id: 'restart-front-end-again',
    role: 'administrator',
    scenarios: ['ucma2-to-ucma4'],
    title: 'Restart the Lync Server 2013 Front End service again, then start the UCMA 4.0 application',
    detail: 'The moved contact objects are routed only after this restart.',
    page: SCENARIOS_PAGE,
    section: UPGRADE_2,
  },
  {
    id: 'remove-legacy-servers',
    role: 'administrator',
    scenarios: ['ucma2-to-ucma4'],
    title: 'Remove the UCMA 2.0 application servers with the modified ApplicationProvisioner.exe',
    detail: 'The legacy pool is WMI-managed: the Lync Server cmdlets cannot remove it, the unmodified sample fails on its merged entries.',
    page: PROVISIONER_PAGE,
    section: 'Modifying ApplicationProvisioner.exe sample code',
  },
  {
    id: 'merge-legacy-topology-again',
    role: 'administrator',
    scenarios: ['ucma2-to-ucma4'],
    title: 'Migrate the trusted service entries into the topology again',
    detail: 'After the old servers are gone, so that the topology matches what is left.',
    command: 'Merge-CsLegacyTopology -TopologyXmlFileName <file>; Publish-CsTopology -FileName <file>',
    page: DETAILS_PAGE,
    section: 'Migrating trusted service entries using Microsoft Lync Server 2010 Topology Builder or PowerShell cmdlets',
  },
  {
    id: 'associate-registrar',
    role: 'administrator',
    scenarios: ['ucma2-legacy-pool'],
    title: 'Point the legacy pool at the Lync Server 2013 Registrar',
    detail: 'The application stops for a moment: its contact objects have no Registrar until the next step.',
    command: 'Set-CsTrustedApplicationPool -Identity <legacy pool FQDN> -Registrar <Lync Server 2013 pool FQDN>',
    page: DETAILS_PAGE,
    section: 'Associate the existing backward-compatible legacy pool with the Lync Server 2010 registrar',
  },
  {
    id: 'move-endpoints-in-place',
    role: 'administrator',
    scenarios: ['ucma2-legacy-pool'],
    title: 'Fill in each contact object for the Lync Server 2013 Registrar',
    detail:
      'Once per contact object; nothing moves, the target pool is the legacy pool itself. Repeat for every contact object the modified ApplicationProvisioner.exe creates later.',
    command: 'Move-CsApplicationEndpoint -Identity sip:<contact> -TargetApplicationPool <legacy pool FQDN> -Force',
    page: SCENARIOS_PAGE,
    section: AS_IS_2,
  },
  {
    id: 'verify-endpoints',
    role: 'administrator',
    scenarios: ['ucma2-legacy-pool'],
    title: "Check that each contact object's Registrar is the Lync Server 2013 pool",
    detail:
      'Get-CsTrustedApplicationEndpoint also lists them; the other *-CsTrustedApplicationEndpoint cmdlets cannot manage a legacy pool.',
    command: 'Get-CsApplicationEndpoint sip:<contact> | Select-Object *',
    page: SCENARIOS_PAGE,
    section: AS_IS_2,
  },
  {
    id: 'verify-without-legacy-front-end',
    role: 'administrator',
    scenarios: ['ucma2-legacy-pool'],
    title: 'Check that the application works on every Front End with the Office Communications Server 2007 R2 Front End service stopped',
    detail: 'Only then is the old pool no longer needed for routing.',
    page: SCENARIOS_PAGE,
    section: AS_IS_2,
  },
  {
    id: 'next-hop-pool',
    role: 'administrator',
    scenarios: ['ucma3-to-ucma4'],
    title: 'Give a trusted application pool defined in the merged topology a Lync Server 2013 Front End pool as its next hop',
    detail:
      'In Topology Builder: New Trusted Application Pool, choose the Lync Server 2013 Front End pool as the next hop, then publish the topology.',
    page: SCENARIOS_PAGE,
    section: AS_IS_3,
  },
  {
    id: 'verify-upgrade',
    role: 'administrator',
    scenarios: ['ucma2-to-ucma4'],
    title: 'Check that users reach the upgraded application and that its contact objects are managed with the Lync Server cmdlets',
    detail: 'After an upgrade from UCMA 2.0, the old contact objects and new ones are all managed with the trusted application cmdlets.',
    page: SCENARIOS_PAGE,
    section: UPGRADE_2,
  },
];

/** The person steps of a scenario, in the order they are taken. */
export function personStepsOf(scenario: ScenarioId): PersonStep[] {
  return PERSON_STEPS.filter((step) => step.scenarios.includes(scenario));
}

/** The step's command with the known facts written in; a placeholder names what is still unknown. */
export function commandOf(step: PersonStep, facts: StepFacts): string | undefined {
  return step.command?.replace('{applicationId}', facts.applicationId ?? "<the UCMA 2.0 application's name>");
}
