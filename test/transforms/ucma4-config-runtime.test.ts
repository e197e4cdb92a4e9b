// Fixture projects for ucma4-config-runtime, run through the exported harness.
import { defineTransformTests } from '../../src/testing/index.js';
import transform from '../../transforms/ucma4-config-runtime.js';
import { fixturePath } from '../helpers/paths.js';

defineTransformTests(transform, fixturePath('transforms', 'ucma4-config-runtime'));
