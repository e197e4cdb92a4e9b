#!/usr/bin/env node
// Launcher: the CLI is one CommonJS bundle in dist/ (committed; rebuilt with `npm run compile`).
// It is required, not imported: importing a CommonJS file makes Node scan all of it for export names.
import { createRequire } from 'node:module';

createRequire(import.meta.url)('../dist/cli.cjs');
