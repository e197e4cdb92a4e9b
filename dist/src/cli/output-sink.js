// Where the stdout product of diff/apply/check goes, piece by piece: stdout (through the pager on a
// terminal, coloured when colour is wanted) or the `-o` file. Each write waits until its bytes are
// taken, so a slow reader holds the run back instead of filling memory.
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describeFsError } from '../platform/fs-error.js';
import { UserError } from '../platform/user-error.js';
import { colorPatch } from '../terminal/patch-colors.js';
import { writeBytes } from './cli-io.js';
import { startPager } from './pager.js';
/** stdout; the pager starts with the first bytes, so a run that prints nothing never shows one. */
export function stdoutSink(stdout, env, options) {
    let pager;
    const target = async () => {
        if (options.pager === undefined)
            return stdout;
        pager ??= startPager(options.pager, env);
        return (await pager)?.input ?? stdout;
    };
    return {
        write: async (bytes) => {
            if (bytes.length === 0)
                return;
            const stream = await target();
            // The pager's input was ended by an interrupt (see pager.ts): the rest is dropped.
            if (stream.writableEnded === true)
                return;
            await writeBytes(stream, options.colorPatch ? colorPatch(bytes) : bytes);
        },
        close: async () => {
            await (await pager)?.close();
        },
    };
}
/** The `-o` file, created (or emptied) now and written as the output comes. */
export async function fileSink(cwd, output) {
    const failed = (thrown) => new UserError({ path: output, reason: `cannot write the report: ${describeFsError(thrown)}` });
    let handle;
    try {
        handle = await open(resolve(cwd, output), 'w');
    }
    catch (thrown) {
        throw failed(thrown);
    }
    let closed = false;
    const close = async () => {
        if (closed)
            return;
        closed = true;
        await handle.close();
    };
    return {
        write: async (bytes) => {
            try {
                await handle.writeFile(bytes);
            }
            catch (thrown) {
                await close().catch(() => undefined);
                throw failed(thrown);
            }
        },
        close: () => close().catch((thrown) => Promise.reject(failed(thrown))),
    };
}
