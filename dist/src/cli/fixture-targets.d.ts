import type { TransformUnderTest } from '../testing/fixture-runner.js';
/** The transforms to test and their fixture folders. Throws UserError. */
export declare function transformsToTest(specs: readonly string[], cwd: string): Promise<TransformUnderTest[]>;
