// Process entry point: runs the CLI against the real process and sets the exit status. The build
// bundles this module and everything it imports into one CommonJS file (dist/cli.cjs, see
// scripts/compile.mjs), which bin/ucma-codemod.cjs loads: hence no top-level await here.
import { describeFsError } from '../platform/fs-error.js';
import { isClosedPipeError, outputFailure, watchOutput } from './closed-pipe.js';
import { main } from './main.js';
async function run() {
    watchOutput(process.stdout);
    watchOutput(process.stderr);
    const status = await main(process.argv.slice(2), {
        // process.stdin is made when first read (a stream over the terminal or pipe costs a few
        // milliseconds to set up): most commands never read it.
        get stdin() {
            return process.stdin;
        },
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
    }
    else
        process.exitCode = status;
}
void run();
