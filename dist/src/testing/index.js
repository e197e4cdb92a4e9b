// Test helpers for transforms, for users' jest suites: import from "ucma-codemod/testing".
export { defineTransformTests, runTransformOnBytes, expectSameBytes } from './define-transform-tests.js';
export { readFixtureCases, parseExpectedDiagnostics } from './fixture-cases.js';
export { variantsFor } from './byte-variants.js';
