export { defineTransformTests, runTransformOnBytes, expectSameBytes } from './define-transform-tests.js';
export type { TransformTestOptions } from './define-transform-tests.js';
export { readFixtureCases, parseExpectedDiagnostics } from './fixture-cases.js';
export type { FixtureCase, ExpectedDiagnostic } from './fixture-cases.js';
export { variantsFor } from './byte-variants.js';
