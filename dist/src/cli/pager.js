// Shows the patch through the user's pager when stdout is a terminal, as git does: the pager is
// UCMA_CODEMOD_PAGER, else PAGER, else `less`; LESS=FRX (quit at once when it fits, pass colours,
// keep the screen) and LV=-c unless the user set them. No pager into a pipe or a file, with
// --no-pager, on TERM=dumb, or when the pager is empty or `cat`. A pager that cannot start means
// writing straight to stdout.
import { spawn } from 'node:child_process';
import { ignoreClosedPipe } from './closed-pipe.js';
/** The pager command to run, or undefined for none. */
export function choosePager(stdout, env, noPager) {
    if (noPager || stdout.isTTY !== true || env.TERM === 'dumb')
        return undefined;
    // git's own GIT_PAGER and core.pager belong to git; `UCMA_CODEMOD_PAGER="$(git var GIT_PAGER)"` shares them.
    const command = (env.UCMA_CODEMOD_PAGER ?? env.PAGER ?? 'less').trim();
    return command === '' || command === 'cat' ? undefined : command;
}
// git's list: a command without these characters is run directly, else through the shell.
const SHELL_METACHARACTERS = /[|&;<>()$`\\"' \t\n*?[#~=%]/;
/** Starts the pager; undefined when it cannot start (then the caller writes to stdout). */
export async function startPager(command, env) {
    const pagerEnv = { ...env, LESS: env.LESS ?? 'FRX', LV: env.LV ?? '-c' };
    const options = { stdio: ['pipe', 'inherit', 'inherit'], env: pagerEnv };
    // Signals are caught from before the pager starts: one that arrives while it starts (the pager
    // itself may send it at once) is acted on as soon as it runs.
    let pending;
    let onSignal = (signal) => {
        pending ??= signal;
    };
    const listener = (signal) => onSignal(signal);
    const stopListening = () => {
        for (const signal of FORWARDED_SIGNALS)
            process.off(signal, listener);
    };
    for (const signal of FORWARDED_SIGNALS)
        process.on(signal, listener);
    const child = SHELL_METACHARACTERS.test(command) ? spawn('sh', ['-c', command], options) : spawn(command, [], options);
    const started = await new Promise((resolvePromise) => {
        child.once('spawn', () => resolvePromise(true));
        child.once('error', () => resolvePromise(false));
    });
    if (!started) {
        stopListening();
        if (pending)
            process.kill(process.pid, pending);
        return undefined;
    }
    ignoreClosedPipe(child.stdin);
    const exited = exitOf(child);
    // Interrupted (Ctrl-C reaches the pager too, which keeps running): like git, end the pager's
    // input, wait until the user leaves it, then die of the same signal, so the shell gets the
    // terminal back only after the pager has let go of it.
    onSignal = (signal) => {
        stopListening();
        child.stdin.end();
        void exited.then(() => process.kill(process.pid, signal));
    };
    if (pending)
        onSignal(pending);
    return {
        input: child.stdin,
        close: async () => {
            child.stdin.end();
            await exited;
            stopListening();
        },
    };
}
const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
function exitOf(child) {
    return new Promise((resolvePromise) => {
        if (child.exitCode !== null || child.signalCode !== null)
            resolvePromise();
        else
            child.once('exit', () => resolvePromise());
    });
}
