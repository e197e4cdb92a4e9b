// Fixture cases for ucma4-provisioning, run through the exported harness (one file each, no project).
import { defineTransformTests } from '../../src/testing/index.js';
import transform from '../../transforms/ucma4-provisioning.js';
import { fixturePath } from '../helpers/paths.js';

defineTransformTests(transform, fixturePath('transforms', 'ucma4-provisioning'));
