// Where the stdout product of diff/apply/check goes, piece by piece: stdout (through the pager on a
// terminal, coloured when colour is wanted) or the `-o` file. Each write waits until its bytes are
// taken, so a slow reader holds the run back instead of filling memory.
import { open, type FileHandle } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describeFsError } from '../platform/fs-error.js';
import { UserError } from '../platform/user-error.js';
import { colorPatch } from '../terminal/patch-colors.js';
import { writeBytes } from './cli-io.js';
import { startPager, type Pager } from './pager.js';

export interface OutputSink {
  write(bytes: Buffer): Promise<void>;
  /** Flushes and closes; for the pager, waits until the user leaves it. */
  close(): Promise<void>;
}

export interface StdoutSinkOptions {
  /** Colour the bytes as a patch (the diff format, colour wanted for stdout). */
  readonly colorPatch: boolean;
  /** The pager command, or undefined to write to stdout directly. */
  readonly pager: string | undefined;
}

/** stdout; the pager starts with the first bytes, so a run that prints nothing never shows one. */
export function stdoutSink(stdout: NodeJS.WritableStream, env: NodeJS.ProcessEnv, options: StdoutSinkOptions): OutputSink {
  let pager: Promise<Pager | undefined> | undefined;
  const target = async (): Promise<NodeJS.WritableStream & { writableEnded?: boolean }> => {
    if (options.pager === undefined) return stdout;
    pager ??= startPager(options.pager, env);
    return (await pager)?.input ?? stdout;
  };
  return {
    write: async (bytes) => {
      if (bytes.length === 0) return;
      const stream = await target();
      // The pager's input was ended by an interrupt (see pager.ts): the rest is dropped.
      if (stream.writableEnded === true) return;
      await writeBytes(stream, options.colorPatch ? colorPatch(bytes) : bytes);
    },
    close: async () => {
      await (await pager)?.close();
    },
  };
}

/** The `-o` file, created (or emptied) now and written as the output comes. */
export async function fileSink(cwd: string, output: string): Promise<OutputSink> {
  const failed = (thrown: unknown) => new UserError({ path: output, reason: `cannot write the report: ${describeFsError(thrown)}` });
  let handle: FileHandle;
  try {
    handle = await open(resolve(cwd, output), 'w');
  } catch (thrown) {
    throw failed(thrown);
  }
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  return {
    write: async (bytes) => {
      try {
        await handle.writeFile(bytes);
      } catch (thrown) {
        await close().catch(() => undefined);
        throw failed(thrown);
      }
    },
    close: () => close().catch((thrown: unknown) => Promise.reject(failed(thrown))),
  };
}
