// Process entry point: runs the CLI against the real process and sets the exit status.
import { ignoreClosedPipe } from './closed-pipe.js';
import { main } from './main.js';
ignoreClosedPipe(process.stdout);
ignoreClosedPipe(process.stderr);
process.exitCode = await main(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
});
