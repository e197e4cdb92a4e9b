#!/usr/bin/env node
// Writes docs/ucma-codemod.config.schema.json from the built tables (run `npm run build` first):
// the built-in transforms with their rules, and the migration target.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildConfigSchema } from '../dist/src/config/config-schema.js';
import { builtInTransforms } from '../dist/transforms/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schema = buildConfigSchema(builtInTransforms.map((t) => t.meta));
writeFileSync(join(root, 'docs', 'ucma-codemod.config.schema.json'), `${JSON.stringify(schema, null, 2)}\n`);
