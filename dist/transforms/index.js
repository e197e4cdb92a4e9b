import provisionerTlsTarget from './provisioner-tls-target.js';
import ucma4ApiMembers from './ucma4-api-members.js';
import ucma4ConfigRuntime from './ucma4-config-runtime.js';
import ucma4Project64Bit from './ucma4-project-64-bit.js';
import ucma4ProjectReferences from './ucma4-project-references.js';
import ucma4ProjectTargetFramework from './ucma4-project-target-framework.js';
import ucma4Provisioning from './ucma4-provisioning.js';
import ucma4ProvisioningConfig from './ucma4-provisioning-config.js';
export const builtInTransforms = [
    provisionerTlsTarget,
    ucma4ProjectReferences,
    ucma4ProjectTargetFramework,
    ucma4Project64Bit,
    ucma4ConfigRuntime,
    ucma4ApiMembers,
    ucma4Provisioning,
    ucma4ProvisioningConfig,
];
