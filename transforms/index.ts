// The registry of built-in transforms, in the order they run. `ucma-codemod new` adds entries here.
import type { Transform } from '../src/index.js';
import provisionerTlsTarget from './provisioner-tls-target.js';
import ucma4ApiMembers from './ucma4-api-members.js';

export const builtInTransforms: readonly Transform[] = [provisionerTlsTarget, ucma4ApiMembers];
