import { argumentValues, unwrap } from './ucma4-provisioning-flow.js';
import { gruuProblem } from './ucma4-provisioning-gruu.js';
import { literalValue } from './ucma4-provisioning-identity.js';
import { typeOfCreation } from './ucma4-provisioning-startup.js';
const C = 'Microsoft.Rtc.Collaboration';
const WMI_CLASS = /\bMSFT_SIP\w+/g;
const STRINGS = ['string_literal', 'verbatim_string_literal', 'raw_string_literal', 'interpolated_string_expression'];
/**
 * WMI class names of OCS 2007 R2 in string literals (comments are not code), once per class and
 * file. The ApplicationProvisioner sample itself is the WMI admin tool: its own WMI code is its
 * job, and the project that uses it gets one note (ucma4-provisioning-config, on the reference).
 */
export function checkWmiStrings(file) {
    if (isApplicationProvisionerSample(file))
        return;
    const seen = new Set();
    for (const literal of file.root.descendantsOfType(STRINGS)) {
        if (literal.parent && STRINGS.includes(literal.parent.type))
            continue;
        for (const match of literal.text.matchAll(WMI_CLASS)) {
            const name = match[0];
            if (seen.has(name))
                continue;
            seen.add(name);
            const at = { start: literal.startIndex + match.index, end: literal.startIndex + match.index + name.length };
            file.findings.note('ucma2-wmi-provisioning', at, wmiMessage(name));
        }
    }
}
function wmiMessage(name) {
    if (name === 'MSFT_SIPDomainData')
        return ('MSFT_SIPDomainData is the SIP domain list of OCS 2007 R2 (the "allowed domains" of the migration page, not ServerPlatformSettings.AllowedDomains): ' +
            'a UCMA 2.0 application deployed directly against Lync Server needs the Lync SIP domains added there (WBemTest) before Merge-CsLegacyTopology; a UCMA 4.0 application does not read it.');
    return (`${name}: UCMA 2.0 WMI provisioning. At run time it needs the OCS 2007 R2 core components (OCSCore.msi) on this computer; a UCMA 4.0 application is provisioned with ` +
        'New-CsTrustedApplication and New-CsTrustedApplicationEndpoint instead, and reads its settings through ProvisionedApplicationPlatformSettings.');
}
/** The project (or, without one, the file) declares the sample's TrustedService and TrustedApplicationPool classes. */
function isApplicationProvisionerSample(file) {
    const names = new Set(file.project
        ? file.project.types.map((t) => t.name)
        : file.nodes('class_declaration').map((c) => c.childForFieldName('name')?.text ?? ''));
    return names.has('TrustedService') && names.has('TrustedApplicationPool');
}
/** `new ServerPlatformSettings(userAgent, localhost, port, "<gruu>", ...)` with a literal GRUU. */
export function checkGruuLiterals(file) {
    for (const creation of file.nodes('object_creation_expression')) {
        if (typeOfCreation(file, creation) !== `${C}.ServerPlatformSettings`)
            continue;
        const gruu = argumentValues(creation)[3];
        const literal = gruu ? unwrap(gruu) : undefined;
        if (!literal || (literal.type !== 'string_literal' && literal.type !== 'verbatim_string_literal'))
            continue;
        const problem = gruuProblem(literalValue(literal));
        if (problem)
            file.findings.warn('gruu-form', literal, `this GRUU of a manually provisioned platform is not usable as written: ${problem}. Copy the computer's Gruu from $a.ComputerGruus of Get-CsTrustedApplication.`);
    }
}
/** Against a declared pure OCS 2007 R2 topology: ApplicationEndpoint and audio/video calls are not supported. */
export function checkOcsTarget(file) {
    if (file.migration.targetServer !== 'ocs-2007-r2')
        return;
    const rule = 'ocs-2007-r2-user-endpoint-im-only';
    for (const creation of file.nodes('object_creation_expression')) {
        const type = typeOfCreation(file, creation);
        if (type === `${C}.ApplicationEndpoint`)
            file.findings.warn(rule, creation, 'the declared target is a pure OCS 2007 R2 topology, where a UCMA 3.0 application may use UserEndpoint only: ApplicationEndpoint is not supported there.');
        if (type === `${C}.AudioVideo.AudioVideoCall`)
            file.findings.warn(rule, creation, 'the declared target is a pure OCS 2007 R2 topology, where a UCMA 3.0 application supports instant messaging only: audio/video calls are not supported there.');
    }
    for (const name of file.nodes('generic_name')) {
        if (name.namedChildren[0]?.text !== 'RegisterForIncomingCall')
            continue;
        const argument = name.namedChildren.find((c) => c.type === 'type_argument_list')?.namedChildren[0];
        if (argument && file.resolver.resolveTypeNode(argument)?.fullName === `${C}.AudioVideo.AudioVideoCall`)
            file.findings.warn(rule, name, 'the declared target is a pure OCS 2007 R2 topology, where a UCMA 3.0 application supports instant messaging only: incoming audio/video calls are not supported there.');
    }
}
