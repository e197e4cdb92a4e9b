// Run before every test file: the users' transform cache (src/tools/transform-cache.ts) goes to a
// folder of this test file's own, so tests never read or write the cache of the person running
// them, and a transform is type-checked once per test file.
import { afterAll } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cacheDir = mkdtempSync(join(tmpdir(), 'ucma-codemod-cache-'));
process.env.UCMA_CODEMOD_CACHE_DIR = cacheDir;

afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
