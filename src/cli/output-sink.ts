// Where the stdout product of diff/apply/check goes, piece by piece: stdout (through the pager on a
// terminal, coloured when colour is wanted) or the `-o` file. Each write waits until its bytes are
// taken, so a slow reader holds the run back instead of filling memory.
import { constants, lstatSync, unlinkSync, type Stats } from 'node:fs';
import { open as openFile, rename, unlink, type FileHandle } from 'node:fs/promises';
import { tempFileName } from '../run/atomic-write.js';
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
  /** Flushes and closes; for the pager, waits until the user leaves it. A file is complete only now. */
  close(): Promise<void>;
  /** Ends a run that failed: a file is left as it was before the run; stdout is closed as by close(). */
  abort(): Promise<void>;
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
    abort: async () => {
      await (await pager)?.close();
    },
  };
}

/**
 * The `-o` file: never through a link (the file, or a folder below the working directory), never
 * into a FIFO or socket. A report built whole goes into a temp file beside it, renamed over it once
 * complete, so a failed or stopped run leaves the old file as it was; a streamed one (`streamed`:
 * the patch, the names) is written in place as the run goes, so it can be followed. A device
 * (`/dev/null`) is written directly.
 */
export async function fileSink(cwd: string, output: string, { streamed }: { readonly streamed: boolean }): Promise<OutputSink> {
  const failed = (thrown: unknown) => new UserError({ path: output, reason: `cannot write the report: ${describeFsError(thrown)}` });
  const file = await openReportFile(cwd, output, failed, { streamed });
  let ended = false;
  const end = async (keep: boolean) => {
    if (ended) return;
    ended = true;
    if (!keep) return await file.abort();
    try {
      await file.commit();
    } catch (thrown) {
      await file.abort();
      throw thrown instanceof UserError ? thrown : failed(thrown);
    }
  };
  return {
    write: async (bytes) => {
      try {
        await file.write(bytes);
      } catch (thrown) {
        await end(false);
        throw failed(thrown);
      }
    },
    close: () => end(true),
    abort: () => end(false),
  };
}

/** The temp files of report files being written whole, for a signal to remove (see interrupts). */
const reportTemps = new Set<string>();

/** Removes the temp files of the report files being written (a signal ends the run; the old files stay). */
export function removeReportTemps(): void {
  for (const temp of reportTemps) {
    try {
      unlinkSync(temp);
    } catch {
      // Already renamed into place or removed.
    }
  }
  reportTemps.clear();
}

/** A report file being written (see fileSink): bytes in, then commit (rename into place) or abort (nothing changes). */
export interface ReportFile {
  write(bytes: Buffer): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

const linkRefusal = (output: string) =>
  new UserError({ path: output, reason: 'is a symbolic link; a report is never written through a link (leave -o out to write to stdout)' });
const notRegular = (output: string) => new UserError({ path: output, reason: 'is not a regular file; a report is written to a file' });

/**
 * Opens the report file `output` for writing without following a link: the one way every report
 * file (`-o`, each `--output-dir` part, a new plan file) is written; see fileSink. Whole unless
 * `streamed`.
 */
export async function openReportFile(
  cwd: string,
  output: string,
  failed: (thrown: unknown) => UserError,
  { streamed = false }: { readonly streamed?: boolean } = {},
): Promise<ReportFile> {
  const target = resolve(cwd, output);
  const name = basename(target);
  let folder: OpenFolder;
  try {
    folder = openFolderBelow(outputBase(cwd, target), dirname(target));
  } catch (thrown) {
    if (thrown instanceof LinkOnPathError) throw new UserError({ path: output, reason: `cannot be written: ${thrown.message}` });
    throw failed(thrown);
  }
  let open: ReportFile;
  try {
    const existing = entryIn(folder, name);
    if (existing?.isSymbolicLink()) throw linkRefusal(output);
    if (existing && !existing.isFile() && !existing.isCharacterDevice()) throw notRegular(output);
    if (!existing?.isCharacterDevice() && !streamed) return await openTemp(folder, name, existing, output, failed);
    // In place: the folder is needed only to open the file.
    open = await openInPlace(folder, name, output, failed);
  } catch (thrown) {
    closeFolder(folder);
    throw thrown;
  }
  closeFolder(folder);
  return open;
}

function entryIn(folder: OpenFolder, name: string): Stats | undefined {
  try {
    return lstatSync(pathIn(folder, name));
  } catch (thrown) {
    if ((thrown as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw thrown;
  }
}

/** A streamed report or a device is written in place (created or emptied now): there is nothing to replace atomically. */
async function openInPlace(folder: OpenFolder, name: string, output: string, failed: (thrown: unknown) => UserError): Promise<ReportFile> {
  let handle: FileHandle;
  try {
    handle = await openFile(
      pathIn(folder, name),
      constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW | constants.O_NONBLOCK,
      0o666,
    );
  } catch (thrown) {
    const code = (thrown as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' || code === 'EMLINK') throw linkRefusal(output);
    if (code === 'ENXIO') throw new UserError({ path: output, reason: 'is a FIFO with no reader; a report is written to a file' });
    throw failed(thrown);
  }
  const stats = await handle.stat();
  if (!stats.isFile() && !stats.isCharacterDevice()) {
    await handle.close();
    throw notRegular(output);
  }
  const close = () => handle.close().catch(() => undefined);
  return { write: async (bytes) => void (await handle.writeFile(bytes)), commit: () => handle.close(), abort: close };
}

/** A temp file beside the target (named as apply's, so a later run removes one left by a killed run), renamed over it at commit. */
async function openTemp(
  folder: OpenFolder,
  name: string,
  existing: Stats | undefined,
  output: string,
  failed: (thrown: unknown) => UserError,
): Promise<ReportFile> {
  const tempName = tempFileName(name);
  const temp = pathIn(folder, tempName);
  let opened: FileHandle | undefined;
  try {
    opened = await openFile(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o666);
    // A report that replaces one keeps its permissions (the umask narrowed those given to open()).
    if (existing) await opened.chmod(existing.mode & 0o7777);
  } catch (thrown) {
    if (opened) {
      await opened.close().catch(() => undefined);
      await unlink(temp).catch(() => undefined);
    }
    throw failed(thrown);
  }
  const handle = opened;
  reportTemps.add(temp);
  let done = false;
  const finish = async (keep: boolean) => {
    if (done) return;
    done = true;
    try {
      if (keep) {
        await handle.sync();
        await handle.close();
        // The last look before the rename: a link or a special file put there meanwhile is refused.
        const now = entryIn(folder, name);
        if (now?.isSymbolicLink()) throw linkRefusal(output);
        if (now && !now.isFile()) throw notRegular(output);
        await rename(temp, pathIn(folder, name));
        return;
      }
      await handle.close().catch(() => undefined);
      await unlink(temp).catch(() => undefined);
    } catch (thrown) {
      await handle.close().catch(() => undefined);
      await unlink(temp).catch(() => undefined);
      throw thrown;
    } finally {
      reportTemps.delete(temp);
      closeFolder(folder);
    }
  };
  return { write: async (bytes) => void (await handle.writeFile(bytes)), commit: () => finish(true), abort: () => finish(false) };
}
