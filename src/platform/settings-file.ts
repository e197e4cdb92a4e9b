// Reads a small file of settings (the config file, an ignore file) that a checkout may have planted:
// never through a symbolic link (it could point at /dev/zero, a FIFO, or a secret outside the
// tree), never from a FIFO, device or folder (which could block forever or never end), and never
// more than a fixed number of bytes.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from 'node:fs';
import { describeFsError } from './fs-error.js';
import { UserError } from './user-error.js';

/** Largest settings file read: far beyond any real config or ignore file. */
const MAX_SETTINGS_FILE_BYTES = 1024 * 1024;

/** A settings file that is there but must not or cannot be read. Exit 2. */
class SettingsFileError extends UserError {
  constructor(path: string, reason: string) {
    super({ path: `${path}:`, reason });
  }
}

/** True when something (a file, a link, anything) has this name; links are not followed. */
export function entryExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The bytes of the settings file at `path`, or undefined when there is none. Throws
 * SettingsFileError for a link, a special file, a folder, a file over the size limit, or one that
 * cannot be read.
 */
export function readSettingsFile(path: string, maxBytes = MAX_SETTINGS_FILE_BYTES): Buffer | undefined {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading must not wait for a writer.
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (thrown) {
    const code = (thrown as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    // O_NOFOLLOW refuses any link, dangling or not (EMLINK on some BSDs).
    if (code === 'ELOOP' || code === 'EMLINK')
      throw new SettingsFileError(
        path,
        'is a symbolic link; settings are never read through a link (it could lead anywhere). Put the file itself there',
      );
    throw new SettingsFileError(path, `cannot be read: ${describeFsError(thrown)}`);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new SettingsFileError(path, `is ${kindOf(stats)}, not a regular file; not read`);
    if (stats.size > maxBytes) throw new SettingsFileError(path, `is larger than ${maxBytes} bytes (${stats.size}); not read`);
    // Read at most one byte over the limit, in case the file grows meanwhile.
    const buffer = Buffer.alloc(maxBytes + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
      if (length > maxBytes) throw new SettingsFileError(path, `is larger than ${maxBytes} bytes; not read`);
    }
    return buffer.subarray(0, length);
  } catch (thrown) {
    if (thrown instanceof SettingsFileError) throw thrown;
    throw new SettingsFileError(path, `cannot be read: ${describeFsError(thrown)}`);
  } finally {
    closeSync(fd);
  }
}

function kindOf(stats: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean }): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO (named pipe)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice()) return 'a device';
  return 'a special file';
}
