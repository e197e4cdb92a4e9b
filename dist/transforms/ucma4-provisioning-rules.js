/** A page of the UCMA 4.0 SDK documentation, with its title, published address and path in the docs repository. */
function page(file, title, library) {
    return {
        title: `${title} (Lync Server 2013 / UCMA 4.0 SDK documentation, ${file})`,
        url: `https://msdn.microsoft.com/library/${library}(v=office.15)`,
        path: `docs/ucma-sdk/${file}`,
    };
}
export const PAGES = {
    coexistence: page('ucma-applications-coexistence-migration-and-upgrade-scenarios.md', 'UCMA applications: Coexistence, migration, and upgrade scenarios', 'Dn466143'),
    ucma2Scenarios: page('ucma-2-0-core-applications-coexistence-migration-and-upgrade-scenarios.md', 'UCMA 2.0 Core applications: Coexistence, migration, and upgrade scenarios', 'Dn466131'),
    autoProvisioned: page('activating-an-auto-provisioned-application.md', 'Activating an auto-provisioned application', 'Dn466123'),
    serverPlatforms: page('server-platforms.md', 'Server platforms', 'Dn466051'),
    migrationDetails: page('migration-and-coexistence-details-ucma-2-0-and-ucma-3-0.md', 'Migration and coexistence details (UCMA 2.0 and UCMA 3.0)', 'Dn466121'),
    programmatic: page('activating-applications-programmatically.md', 'Activating applications programmatically', 'Dn466133'),
    ipv6: page('support-for-ipv6.md', 'Support for IPv6', 'Dn465946'),
    manuallyProvisioned: page('activating-a-manually-provisioned-application.md', 'Activating a manually-provisioned application', 'Dn466122'),
    ucma3Scenarios: page('ucma-3-0-core-applications-coexistence-and-deployment-scenarios.md', 'UCMA 3.0 Core applications: Coexistence and deployment scenarios', 'Dn466145'),
};
/** The finding codes of the two transforms themselves (a finding without a rule). */
export const TRANSFORM_CODES = {
    'ucma4-provisioning': 'UCMA0300',
    'ucma4-provisioning-config': 'UCMA0320',
};
export const PROVISIONING_RULES = [
    {
        id: 'application-id-matches-legacy-name',
        title: 'UCMA 2.0 upgrade: the new ApplicationId equals the UCMA 2.0 application name',
        description: 'When a UCMA 2.0 application is upgraded to UCMA 4.0, the new trusted application is created with an ApplicationId ' +
            "equal to the UCMA 2.0 application's name; only then can Move-CsApplicationEndpoint move its contact objects. The " +
            'rule compares the id the code gives ProvisionedApplicationPlatformSettings (a literal, a constant, or the appSettings ' +
            'value it reads, looked up in App.config) with the legacy name declared in ucma-codemod.config.json ("migration"), ' +
            'without the urn:application: prefix. A proven mismatch is a warning; an id that comes from the console, a placeholder, ' +
            'a commented-out or missing setting, or a migration that is not declared is an info.',
        sources: [PAGES.coexistence, PAGES.ucma2Scenarios],
        followUp: 'Create the UCMA 4.0 application with the legacy name as its id: New-CsTrustedApplication -ApplicationId <legacy name> ' +
            '-TrustedApplicationPoolFqdn <new pool> -Port <port>; run Enable-CsTopology; then, for each contact object, ' +
            'Move-CsApplicationEndpoint -Identity sip:<contact> -TargetApplicationPool <new pool> -Force.',
        codes: { 'ucma4-provisioning': 'UCMA0301' },
    },
    {
        id: 'startup-provisioning-failure-uncaught',
        title: 'Auto-provisioned start-up: EndStartup in the BeginStartup callback must catch ProvisioningFailureException',
        description: 'An auto-provisioned CollaborationPlatform fails its start-up with a ProvisioningFailureException when the provisioning ' +
            'data cannot be fetched (no Central Management Store replica, wrong application id, no Active Directory). EndStartup ' +
            'rethrows it; inside the AsyncCallback of BeginStartup (a lambda, an anonymous method or a method group) that runs on a ' +
            'thread-pool thread, an uncaught exception ends the process. A warning when no enclosing try has a catch that covers it ' +
            '(ProvisioningFailureException, RealTimeException, Exception or a bare catch), looking one level into a project method ' +
            'of the same file that the code is handed to; an info when the catch rethrows, the coverage cannot be proven, or ' +
            'EndStartup is called on the starting thread without a catch in that method.',
        sources: [PAGES.autoProvisioned, PAGES.serverPlatforms],
        followUp: 'Wrap EndStartup in try { ... } catch (ProvisioningFailureException e) { ... } and alert the administrator: check the ' +
            'replica with Get-CsManagementStoreReplicationStatus (Invoke-CsManagementStoreReplication to force it), the certificate ' +
            '(Set-CsCertificate -Type Default -Thumbprint <thumbprint>) and the application id (Get-CsTrustedApplication).',
        codes: { 'ucma4-provisioning': 'UCMA0302' },
    },
    {
        id: 'provisioning-failed-unhandled',
        title: 'Auto-provisioned platform: the project handles CollaborationPlatform.ProvisioningFailed',
        description: 'After start-up an auto-provisioned platform keeps its settings when provisioning data later becomes unreadable (a bad ' +
            'certificate, lost Active Directory access) and raises ProvisioningFailed instead; the application must alert the ' +
            'administrator from a handler. A warning at each construction of an auto-provisioned platform when no file of the ' +
            'project subscribes to ProvisioningFailed (+=).',
        sources: [PAGES.serverPlatforms, PAGES.autoProvisioned],
        followUp: 'Before BeginStartup, add platform.ProvisioningFailed += handler, and report e.Exception to the administrator from it.',
        codes: { 'ucma4-provisioning': 'UCMA0303' },
    },
    {
        id: 'ucma2-wmi-provisioning',
        title: 'UCMA 2.0 WMI provisioning: needs the OCS 2007 R2 core components and is replaced on the way to UCMA 4.0',
        description: "UCMA 2.0 applications were provisioned through the OCS 2007 R2 WMI classes (MSFT_SIP...), often with the SDK's " +
            'ApplicationProvisioning library. WMI provisioning at run time needs OCSCore.msi from OCS 2007 R2, and a UCMA 4.0 ' +
            'application is provisioned with the Lync Server cmdlets instead. An inventory item (info) at each reference to ' +
            'ApplicationProvisioning and at the first mention of each MSFT_SIP class in a string of a file; the ApplicationProvisioner ' +
            'sample itself is the WMI admin tool, which stays in use for legacy pools: one note on its reference to the library, ' +
            'nothing in its own WMI code. MSFT_SIPDomainData is the "allowed domains" list that a direct deployment against Lync ' +
            'Server fills in with WBemTest.',
        sources: [PAGES.migrationDetails],
        followUp: 'For run-time provisioning, move to auto-provisioning (ProvisionedApplicationPlatformSettings) or to values from ' +
            'Get-CsTrustedApplication; until then install the OCS 2007 R2 core components (OCSCore.msi) on the application servers. ' +
            'Manage legacy pools with the modified ApplicationProvisioner.exe and Move-CsApplicationEndpoint.',
        codes: { 'ucma4-provisioning': 'UCMA0304', 'ucma4-provisioning-config': 'UCMA0324' },
    },
    {
        id: 'manual-endpoint-on-auto-provisioned-platform',
        title: 'Auto-provisioned platform: no manually configured ApplicationEndpoint before start-up; do not mix modes',
        description: 'On an auto-provisioned platform an ApplicationEndpoint made from manually filled ApplicationEndpointSettings is not ' +
            'allowed until the platform has started, and an application should not mix auto-provisioned and manually provisioned ' +
            'endpoints. A warning for straight-line code that builds such an endpoint on a platform proven auto-provisioned before ' +
            'its EndStartup; an info for one built after start-up (review the mix). Settings handed to the discovery handler, and ' +
            'platforms that are auto-provisioned in one branch of a mode switch only, are never reported.',
        sources: [PAGES.serverPlatforms],
        followUp: 'Create the endpoint from the settings that RegisterForApplicationEndpointSettings hands over (New-CsTrustedApplicationEndpoint ' +
            'creates its contact object), or move the manual endpoint after EndStartup.',
        codes: { 'ucma4-provisioning': 'UCMA0305' },
    },
    {
        id: 'lync-module-needs-64-bit',
        title: 'Loading the Lync PowerShell module in process needs a 64-bit executable',
        description: 'The Lync Server management cmdlets are supported only in a 64-bit PowerShell; an application that imports the Lync ' +
            'module into a local runspace runs them in its own process. A warning in an executable project (OutputType Exe or ' +
            'WinExe) that is not 64-bit in every configuration, at ImportPSModule("Lync"), an Import-Module Lync script or command ' +
            'on a local runspace; an info in a class library (the host decides) or when the project file is not known. Remote ' +
            'runspaces and powershell.exe started as a process are separate processes and are not reported.',
        sources: [PAGES.programmatic],
        followUp: 'Build the executable as x64 (PlatformTarget x64, or AnyCPU with Prefer32Bit false): ucma-codemod apply -t ' +
            'ucma4-project-64-bit makes that edit in a project that references UCMA.',
        codes: { 'ucma4-provisioning': 'UCMA0306' },
    },
    {
        id: 'ipv6-review',
        title: 'IPv6: Dns use and hard-coded IP addresses to review',
        description: 'A Lync Server 2013 pool may run IPv6-only or dual stack. Code that resolves names with System.Net.Dns (and may assume ' +
            'one IPv4 address per host) and IP addresses written into UCMA settings (IPAddress.Any, Loopback, a parsed literal; ' +
            'dual stack needs IPAddress.IPv6Any as a second listening address) are review items (info). Reading only the local ' +
            'host name (Dns.GetHostName, Dns.GetHostEntry(...).HostName) and addresses given to non-UCMA hosts (WCF, HTTP) are not.',
        sources: [PAGES.ipv6],
        followUp: 'Prefer FQDNs to addresses; let a provisioned platform choose its listening addresses; test on an IPv6-only pool.',
        codes: { 'ucma4-provisioning': 'UCMA0307' },
    },
    {
        id: 'ipv6-disabled',
        title: 'IPv6 support switched off: a last resort that fails on an IPv6-only pool',
        description: 'Setting IpV6SupportDisabled / IpV6StackSupportDisabled to true on platform settings, or calling ' +
            'RealTimeConnectionManager.DisableIpV6Support(), keeps the UCMA 3.0 behaviour; the page calls it a last resort, because ' +
            'the application then does not work with an IPv6-only Lync Server 2013 pool. A warning.',
        sources: [PAGES.ipv6],
        followUp: 'Remove the switch and make the code IPv6-aware, or record why the pool will stay IPv4 (suppress the finding with a reason).',
        codes: { 'ucma4-provisioning': 'UCMA0308' },
    },
    {
        id: 'gruu-form',
        title: 'Manually provisioned GRUU: one line, in the sip:...;gruu;opaque=srvr:... form',
        description: 'A manually provisioned platform is given the computer GRUU that Get-CsTrustedApplication shows (ComputerGruus). Copied ' +
            'from the console it may carry line breaks or spaces; the value must be one unbroken sip:<computer>@<domain>;gruu;opaque=srvr:... ' +
            'string. A warning for a string literal given as the GRUU of ServerPlatformSettings and for an App.config value of a ' +
            'GRUU setting (a key or attribute named like gruu) that breaks the form; conference URIs (opaque=app:conf:...) are not GRUUs of this kind.',
        sources: [PAGES.manuallyProvisioned],
        followUp: '$a = Get-CsTrustedApplication -Identity "<pool FQDN>/urn:application:<id>"; $a.ComputerGruus: copy the Gruu of this computer as one line.',
        codes: { 'ucma4-provisioning': 'UCMA0309', 'ucma4-provisioning-config': 'UCMA0329' },
    },
    {
        id: 'ocs-2007-r2-user-endpoint-im-only',
        title: 'UCMA 3.0 against a pure OCS 2007 R2 topology: UserEndpoint only, IM only',
        description: 'A UCMA 3.0 application deployed against a pure Office Communications Server 2007 R2 topology is deployed as a UCMA 2.0 ' +
            'application and supports only UserEndpoint, and only instant messaging (no audio). Reported only when ' +
            'ucma-codemod.config.json declares "migration": { "targetServer": "ocs-2007-r2" }: a warning at each ApplicationEndpoint ' +
            'and each audio/video call the code makes or accepts.',
        sources: [PAGES.ucma3Scenarios],
        followUp: 'Use UserEndpoint and instant messaging only against OCS 2007 R2, or target a Lync Server 2010/2013 pool.',
        codes: { 'ucma4-provisioning': 'UCMA0310' },
    },
];
/** The rule with this id. */
export function provisioningRule(id) {
    return PROVISIONING_RULES.find((rule) => rule.id === id);
}
/** The rules one transform reports, as its meta.rules. */
export function rulesReportedBy(transform) {
    return PROVISIONING_RULES.flatMap(({ id, title, description, sources, followUp, codes }) => {
        const code = codes[transform];
        return code === undefined ? [] : [{ id, title, code, description, sources, followUp }];
    });
}
/** The last words of every message: the page to read. */
export function pageNote(rule) {
    return `(see ${rule.sources.map((s) => s.path.replace('docs/ucma-sdk/', '')).join(', ')})`;
}
