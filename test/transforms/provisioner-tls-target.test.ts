// Fixture pairs for the documented ApplicationProvisioner change, run through the exported harness.
import { defineTransformTests } from '../../src/testing/index.js';
import provisionerTlsTarget from '../../transforms/provisioner-tls-target.js';
import { fixturePath } from '../helpers/paths.js';

defineTransformTests(provisionerTlsTarget, fixturePath('transforms', 'provisioner-tls-target'));
