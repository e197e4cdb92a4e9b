#!/usr/bin/env node
// Launcher: the CLI is one CommonJS bundle in dist/ (committed; rebuilt with `npm run compile`).
// CommonJS itself, so that Node never starts its ES-module loader for a run of the CLI.
require('../dist/cli.cjs');
