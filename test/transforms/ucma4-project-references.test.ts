// Fixture projects for ucma4-project-references, run through the exported harness.
import { defineTransformTests } from '../../src/testing/index.js';
import transform from '../../transforms/ucma4-project-references.js';
import { fixturePath } from '../helpers/paths.js';

defineTransformTests(transform, fixturePath('transforms', 'ucma4-project-references'));
