#!/usr/bin/env node
// Launcher: the compiled CLI lives in dist/ (built by `npm run build`, run by `prepare` on npm ci).
import '../dist/src/cli/bin.js';
