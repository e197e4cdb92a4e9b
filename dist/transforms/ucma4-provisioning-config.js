// ucma4-provisioning-config: the provisioning rules that App.config and project files show: GRUU
// settings that are not one unbroken computer GRUU, and projects that use the UCMA 2.0 WMI
// provisioning library. Report only; the C# side is ucma4-provisioning.
import { defineTransform, descendantElements, elementAttributes, elementName, globalProperty, propertyValue, readMsbuildProject, rootElement, xmlFileKind, } from '../src/index.js';
import { Findings } from './ucma4-provisioning-findings.js';
import { gruuProblem } from './ucma4-provisioning-gruu.js';
import { PAGES, rulesReportedBy, TRANSFORM_CODES } from './ucma4-provisioning-rules.js';
const LIBRARY = 'ApplicationProvisioning';
export default defineTransform({
    meta: {
        id: 'ucma4-provisioning-config',
        title: 'UCMA 4.0 provisioning: GRUU settings and UCMA 2.0 WMI provisioning in App.config and project files',
        description: 'Checks App.config and *.exe.config files for GRUU settings (an appSettings key or an attribute named like gruu) that are not ' +
            'one unbroken sip:...;gruu;opaque=srvr:... computer GRUU, as copied from Get-CsTrustedApplication, and project files for references ' +
            'to the UCMA 2.0 ApplicationProvisioning (WMI) library, an inventory item on the way to UCMA 4.0. Report only.',
        source: PAGES.manuallyProvisioned,
        kind: 'report',
        code: TRANSFORM_CODES['ucma4-provisioning-config'],
        followUp: 'See docs/provisioning.md for each rule, its page and the cmdlets to run.',
        languages: ['xml'],
        requires: ['gruu', 'Gruu', 'GRUU', LIBRARY],
        rules: rulesReportedBy('ucma4-provisioning-config'),
    },
    run(context) {
        const findings = new Findings();
        const root = rootElement(context.tree.rootNode);
        if (!root)
            return;
        const kind = xmlFileKind(context.path);
        if (kind === 'app-config')
            checkGruuSettings(root, findings);
        if (kind === 'msbuild-project')
            checkProvisioningLibrary(context.tree.rootNode, root, findings);
        return { diagnostics: findings.sorted() };
    },
}, import.meta.url);
/** `<add key="...Gruu..." value="...">` in appSettings, and any attribute named gruu (custom configuration sections). */
function checkGruuSettings(root, findings) {
    for (const element of descendantElements(root)) {
        const attributes = elementAttributes(element);
        const candidates = elementName(element) === 'add' && /gruu/i.test(attributes.find((a) => a.name === 'key')?.value ?? '')
            ? attributes.filter((a) => a.name === 'value')
            : attributes.filter((a) => a.name.toLowerCase() === 'gruu');
        for (const attribute of candidates) {
            const problem = gruuProblem(attribute.value);
            if (problem)
                findings.warn('gruu-form', { start: attribute.start, end: attribute.end }, `this GRUU setting is not usable as written: ${problem}. Copy the computer's Gruu from $a.ComputerGruus of Get-CsTrustedApplication as one line.`);
        }
    }
}
/** References to the ApplicationProvisioning library or project; the sample's own projects are the WMI admin tool. */
function checkProvisioningLibrary(document, root, findings) {
    const project = readMsbuildProject(document);
    const assemblyName = propertyValue(project ? globalProperty(project, 'AssemblyName') : undefined) ?? '';
    const isSample = /^ApplicationProvision(ing|er)$/i.test(assemblyName);
    for (const element of descendantElements(root)) {
        const name = elementName(element);
        if (name !== 'Reference' && name !== 'ProjectReference')
            continue;
        const include = elementAttributes(element).find((a) => a.name === 'Include');
        if (!include)
            continue;
        const target = include.value.replace(/\\/g, '/').split('/').pop().split(',')[0].trim();
        if (!new RegExp(`^${LIBRARY}(\\.dll|\\.csproj)?$`, 'i').test(target))
            continue;
        findings.note('ucma2-wmi-provisioning', { start: include.start, end: include.end }, isSample
            ? `this is the ApplicationProvisioner sample, the WMI admin tool for UCMA 2.0 trusted services and contact objects: it stays in use for legacy pools after the documented change (provisioner-tls-target).`
            : `this project uses the UCMA 2.0 WMI provisioning library (${LIBRARY}): at run time it needs the OCS 2007 R2 core components (OCSCore.msi); a UCMA 4.0 application is provisioned with New-CsTrustedApplication and New-CsTrustedApplicationEndpoint, and reads its settings through ProvisionedApplicationPlatformSettings.`);
    }
}
