// Fixture cases for the UCMA 4.0 API pack (one positive per row, name-alikes, unresolved
// receivers, qualified and aliased spellings), run through the exported harness.
import { defineTransformTests } from '../../src/testing/index.js';
import ucma4ApiMembers from '../../transforms/ucma4-api-members.js';
import { fixturePath } from '../helpers/paths.js';

defineTransformTests(ucma4ApiMembers, fixturePath('transforms', 'ucma4-api-members'));
