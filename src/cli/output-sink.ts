// Where the stdout product of diff/apply/check goes, piece by piece: stdout (through the pager on a
// terminal, coloured when colour is wanted) or the `-o` file. Each write waits until its bytes are
// taken, so a slow reader holds the run back instead of filling memory.
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { closeFolder, LinkOnPathError, openFolderBelow, outputBase, pathIn, type OpenFolder } from '../platform/no-follow.js';
import { describeFsError } from '../platform/fs-error.js';
import { UserError } from '../platform/user-error.js';
import { colorPatch } from '../terminal/patch-colors.js';
import { writeBytes } from './cli-io.js';
import { isClosedPipeError } from './closed-pipe.js';
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
  /** A closed pipe fails the output too (apply: its record of what it wrote must not vanish unseen). */
  readonly closedPipeFails?: boolean;
}

/** The product could not be written (a full disk, a closed pipe where that counts): exit 2. */
export class OutputFailedError extends UserError {
  constructor(target: string, thrown: unknown) {
    super({
      reason: isClosedPipeError(thrown)
        ? `cannot write the output to ${target}: its reader went away (closed pipe)`
        : `cannot write the output to ${target}: ${describeFsError(thrown)}`,
    });
  }
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
      let outcome;
      try {
        outcome = await writeBytes(stream, options.colorPatch ? colorPatch(bytes) : bytes);
      } catch (thrown) {
        throw new OutputFailedError('stdout', thrown);
      }
      if (outcome === 'closed' && options.closedPipeFails === true) throw new OutputFailedError('stdout', { code: 'EPIPE' });
    },
    close: async () => {
      await (await pager)?.close();
    },
  };
}

/**
 * The `-o` file, created (or emptied) now and written as the output comes: never through a link
 * (the file, or a folder below the working directory), never into a FIFO or socket.
 */
export async function fileSink(cwd: string, output: string): Promise<OutputSink> {
  const failed = (thrown: unknown) => new UserError({ path: output, reason: `cannot write the report: ${describeFsError(thrown)}` });
  const handle = await openReportFile(cwd, output, failed);
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

/** Opens (creating or emptying) the report file `output` without following a link; see fileSink. */
export async function openReportFile(cwd: string, output: string, failed: (thrown: unknown) => UserError): Promise<FileHandle> {
  const target = resolve(cwd, output);
  let folder: OpenFolder;
  try {
    folder = openFolderBelow(outputBase(cwd, target), dirname(target));
  } catch (thrown) {
    if (thrown instanceof LinkOnPathError) throw new UserError({ path: output, reason: `cannot be written: ${thrown.message}` });
    throw failed(thrown);
  }
  let handle: FileHandle;
  try {
    handle = await open(
      pathIn(folder, basename(target)),
      constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW | constants.O_NONBLOCK,
      0o666,
    );
  } catch (thrown) {
    const code = (thrown as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' || code === 'EMLINK')
      throw new UserError({
        path: output,
        reason: 'is a symbolic link; a report is never written through a link (leave -o out to write to stdout)',
      });
    if (code === 'ENXIO') throw new UserError({ path: output, reason: 'is a FIFO with no reader; a report is written to a file' });
    throw failed(thrown);
  } finally {
    closeFolder(folder);
  }
  const stats = await handle.stat();
  if (stats.isFIFO() || stats.isSocket() || stats.isDirectory()) {
    await handle.close();
    throw new UserError({ path: output, reason: 'is not a regular file; a report is written to a file' });
  }
  return handle;
}
