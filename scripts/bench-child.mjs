// Runs the built CLI in this process and reports its peak memory and CPU time on fd 3 at exit,
// so that scripts/bench.mjs can measure a real CLI run from outside.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  writeSync(3, `${JSON.stringify({ maxRssKiB: usage.maxRSS, userMs: usage.userCPUTime / 1000, systemMs: usage.systemCPUTime / 1000 })}\n`);
});
await import('../dist/src/cli/bin.js');
