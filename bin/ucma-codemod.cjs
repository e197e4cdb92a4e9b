#!/usr/bin/env node
// Launcher: the CLI is one CommonJS bundle in dist/ (committed; rebuilt with `npm run compile`).
// CommonJS itself, so that Node never starts its ES-module loader for a run of the CLI.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  // Answered here: the version needs nothing of the CLI, whose loading would double Node's own start-up.
  process.stdout.on('error', () => undefined); // a reader that went away early is not this command's failure
  process.stdout.write(`${require('../package.json').version}\n`);
} else {
  require('../dist/cli.cjs');
}
