#!/usr/bin/env node
// Launcher: the compiled CLI lives in dist/ (committed; rebuilt with `npm run compile`).
import '../dist/src/cli/bin.js';
