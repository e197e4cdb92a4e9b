// Jest runs the TypeScript tests as ES modules through ts-jest (node --experimental-vm-modules).
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }] },
  // node-tree-sitter cannot be loaded twice in one process (see src/engine/languages/tree-sitter-core.ts), and jest
  // loads modules afresh per test file: a worker is recycled after every file so each file gets a
  // fresh process. Setting a memory limit also keeps jest from running files in band.
  workerIdleMemoryLimit: '1MB',
  // Most tests wait on processes they spawn (the CLI, git, mcs, npm), so two test files at a time
  // keep two cores busy where jest's default (cores - 1) leaves one idle on a two-core machine.
  maxWorkers: 2,
  // Tests spawn the real CLI, git and mcs; give them room on a slow machine.
  testTimeout: 120000,
  // Each test file gets a cache folder of its own for users' transforms (see the file).
  setupFilesAfterEnv: ['<rootDir>/test/helpers/jest-setup.ts'],
};
