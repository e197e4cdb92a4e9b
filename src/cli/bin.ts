// Process entry point: runs the CLI against the real process and sets the exit status.
import { describeFsError } from '../platform/fs-error.js';
import { isClosedPipeError, outputFailure, watchOutput } from './closed-pipe.js';
import { main } from './main.js';

watchOutput(process.stdout);
watchOutput(process.stderr);

const status = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});

// A write into stdout that failed without the command noticing (help, list, a summary): the output
// is incomplete, which is an error, not a success (a closed pipe is the reader's choice).
// (Errors of plain writes arrive as events: let them come first.)
await new Promise((resolve) => setImmediate(resolve));
const failure = outputFailure(process.stdout);
if (failure !== undefined && !isClosedPipeError(failure) && status < 2) {
  process.stderr.write(`ucma-codemod: cannot write the output to stdout: ${describeFsError(failure)}\n`);
  process.exitCode = 2;
} else process.exitCode = status;
