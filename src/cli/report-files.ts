// Writing the report to `-o FILE` or `--output-dir DIR`: checked before the run (so a typo costs
// nothing and an input is never overwritten), and any failure of the write itself (a missing
// folder, a directory in the way, a full disk, no permission) is a one-line user error, not a crash.
import { lstatSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { closeFolder, LinkOnPathError, openFolderBelow, outputBase } from '../platform/no-follow.js';
import { openReportFile } from './output-sink.js';
import { describeFsError } from '../platform/fs-error.js';
import { UserError } from '../platform/user-error.js';

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** A symbolic link at `path`, refused for a report: a checkout could point it at any file. */
function refuseLink(path: string, shown: string, what: string): void {
  let stats;
  try {
    stats = lstatSync(path);
  } catch {
    return;
  }
  if (stats.isSymbolicLink())
    throw new UserError({ path: shown, reason: `is a symbolic link; ${what} never writes through a link. Name the real place` });
}

/** Refuses an `-o` target that is a link, a folder, sits in a missing folder, or is one of the inputs. */
export function assertReportFileTarget(output: string, cwd: string, inputPaths: readonly string[]): void {
  const target = resolve(cwd, output);
  refuseLink(target, output, '-o');
  if (statOrUndefined(target)?.isDirectory())
    throw new UserError({ path: output, reason: 'is a folder; -o needs a file name (for one file per transform use --output-dir)' });
  const parent = statOrUndefined(dirname(target));
  if (!parent) throw new UserError({ path: output, reason: `cannot be written: the folder ${dirname(output)} does not exist` });
  if (!parent.isDirectory()) throw new UserError({ path: output, reason: `cannot be written: ${dirname(output)} is not a folder` });
  const real = realOrSelf(target);
  if (inputPaths.some((input) => input === target || realOrSelf(input) === real)) {
    throw new UserError({
      path: output,
      reason: 'is one of the files being processed; writing the report there would overwrite it. Choose another -o file',
    });
  }
}

/** Refuses an `--output-dir` that is a link, or exists and is not a folder. */
export function assertReportDirectoryTarget(outputDir: string, cwd: string): void {
  refuseLink(resolve(cwd, outputDir), outputDir, '--output-dir');
  const stats = statOrUndefined(resolve(cwd, outputDir));
  if (stats && !stats.isDirectory())
    throw new UserError({ path: outputDir, reason: 'exists and is not a folder; --output-dir needs a folder' });
}

/**
 * Writes one part of a split report into `--output-dir`, made if missing: never through a link (the
 * folder, a folder on its way below the working directory, or an existing part file).
 */
export async function writeReportPart(cwd: string, outputDir: string, fileName: string, bytes: Buffer): Promise<void> {
  const directory = resolve(cwd, outputDir);
  let folder;
  try {
    folder = openFolderBelow(outputBase(cwd, directory), directory, { create: true });
  } catch (thrown) {
    const reason = thrown instanceof LinkOnPathError ? thrown.message : describeFsError(thrown);
    throw new UserError({ path: outputDir, reason: `cannot create the folder: ${reason}` });
  }
  closeFolder(folder);
  const shown = join(outputDir, fileName);
  const failed = (thrown: unknown) => new UserError({ path: shown, reason: `cannot write the report: ${describeFsError(thrown)}` });
  const file = await openReportFile(cwd, join(outputDir, fileName), failed);
  try {
    await file.write(bytes);
    await file.commit();
  } catch (thrown) {
    await file.abort();
    throw thrown instanceof UserError ? thrown : failed(thrown);
  }
}
