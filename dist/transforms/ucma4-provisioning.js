// ucma4-provisioning: the provisioning rules of the UCMA 4.0 migration pages, checked across a C#
// project (its declarations, its `+=` subscriptions, its App.config and .csproj). Report only:
// every finding names its rule and page, a certain defect is a warning, an inventory or review
// item (or a rule that lacks a declared fact) is an info.
import { createTypeResolver, defineTransform, migrationTargetOf, provisioningTypes } from '../src/index.js';
import { Findings, nodesOfTypeOnce } from './ucma4-provisioning-findings.js';
import { checkLyncModule } from './ucma4-provisioning-hosting.js';
import { checkApplicationIds } from './ucma4-provisioning-identity.js';
import { checkGruuLiterals, checkOcsTarget, checkWmiStrings } from './ucma4-provisioning-legacy.js';
import { checkNetwork } from './ucma4-provisioning-network.js';
import { PAGES, rulesReportedBy, TRANSFORM_CODES } from './ucma4-provisioning-rules.js';
import { checkStartup } from './ucma4-provisioning-startup.js';
export default defineTransform({
    meta: {
        id: 'ucma4-provisioning',
        title: 'UCMA 4.0 provisioning: the documented provisioning rules checked across the project',
        description: 'Checks the C# code of a project against the provisioning rules of the UCMA 4.0 migration pages, which fail at deployment or at run ' +
            'time, never at build time: EndStartup of an auto-provisioned platform in the BeginStartup callback without a catch for ' +
            'ProvisioningFailureException, no ProvisioningFailed handler, manually configured endpoints on an auto-provisioned platform, the ' +
            'application id against the legacy UCMA 2.0 name, UCMA 2.0 WMI provisioning, the Lync PowerShell module in a 32-bit process, IPv6 ' +
            'readiness, GRUU literals, and UserEndpoint/IM only against OCS 2007 R2. Control flow is decided per platform object and per path on ' +
            'the syntax tree with the type resolver; facts of other files come from the project index. Rules that need a declared fact of the ' +
            'migration ("migration" in ucma-codemod.config.json) say "not configured" instead of guessing.',
        source: PAGES.serverPlatforms,
        kind: 'report',
        code: TRANSFORM_CODES['ucma4-provisioning'],
        followUp: 'Each finding says what to change or which cmdlet to run; see docs/provisioning.md for every rule and its page.',
        requires: [
            'BeginStartup',
            'EndStartup',
            'CollaborationPlatform',
            'ProvisionedApplicationPlatformSettings',
            'ApplicationEndpoint',
            'ServerPlatformSettings',
            'AudioVideoCall',
            'MSFT_SIP',
            'ImportPSModule',
            'Import-Module',
            'Dns',
            'IPAddress',
            'IpV6',
        ],
        needsProject: true,
        // UCMA code, UCMA 2.0 WMI provisioning, or PowerShell hosting: other projects are never indexed.
        projectRequires: ['Microsoft.Rtc', 'MSFT_SIP', 'ImportPSModule', 'Import-Module'],
        rules: rulesReportedBy('ucma4-provisioning'),
    },
    run(context) {
        const file = {
            path: context.path,
            text: context.text,
            root: context.tree.rootNode,
            resolver: createTypeResolver(context, provisioningTypes),
            project: context.project,
            migration: migrationTargetOf(context.options),
            findings: new Findings(),
            nodes: nodesOfTypeOnce(context.tree.rootNode),
        };
        checkStartup(file);
        checkApplicationIds(file);
        checkLyncModule(file);
        checkNetwork(file);
        checkWmiStrings(file);
        checkGruuLiterals(file);
        checkOcsTarget(file);
        return { diagnostics: file.findings.sorted() };
    },
}, import.meta.url);
