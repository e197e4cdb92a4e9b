// Atomic writes: temp file + rename, mode kept, refusal when the file changed or is read-only, the
// lock beside the target (busy, stale), folders checked against where the file was read, and
// clean-up of temp and lock files left by a killed run.
import { afterAll, describe, expect, test } from '@jest/globals';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import {
  FileBusyError,
  FileChangedError,
  FolderChangedError,
  ReadOnlyFileError,
  removeStaleTempFiles,
  takeLock,
  writeFileAtomic,
} from '../../src/run/atomic-write.js';
import { closeFolder, LinkOnPathError, openFolderBelow } from '../../src/platform/no-follow.js';
import { ownMark } from '../../src/platform/process-mark.js';
import { cleanTempDirs, makeTempDir } from '../helpers/cli.js';

afterAll(cleanTempDirs);

describe('writeFileAtomic', () => {
  test('replaces the content, keeps the mode and leaves no temp file', async () => {
    const dir = makeTempDir();
    const path = join(dir, 'A.cs');
    writeFileSync(path, 'old');
    chmodSync(path, 0o750);
    await writeFileAtomic(path, Buffer.from('new'), Buffer.from('old'));
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(statSync(path).mode & 0o777).toBe(0o750);
    expect(readdirSync(dir)).toEqual(['A.cs']);
  });

  test('many concurrent writes into one directory (sharing its fsync) all land, with their modes', async () => {
    const dir = makeTempDir();
    const names = Array.from({ length: 60 }, (_, i) => `F${i}.cs`);
    names.forEach((name, i) => {
      writeFileSync(join(dir, name), `old ${i}`);
      chmodSync(join(dir, name), i % 2 ? 0o640 : 0o755);
    });
    await Promise.all(names.map((name, i) => writeFileAtomic(join(dir, name), Buffer.from(`new ${i}`), Buffer.from(`old ${i}`))));
    names.forEach((name, i) => {
      expect(readFileSync(join(dir, name), 'utf8')).toBe(`new ${i}`);
      expect(statSync(join(dir, name)).mode & 0o777).toBe(i % 2 ? 0o640 : 0o755);
    });
    expect(readdirSync(dir).sort()).toEqual([...names].sort());
  });

  test("keeps the owner (another user's file, when running as root)", async () => {
    const dir = makeTempDir();
    const path = join(dir, 'A.cs');
    writeFileSync(path, 'old');
    const owner = process.getuid?.() === 0 ? 65534 : statSync(path).uid;
    if (process.getuid?.() === 0) chownSync(path, 65534, 65534);
    await writeFileAtomic(path, Buffer.from('new'), Buffer.from('old'));
    expect(statSync(path).uid).toBe(owner);
    expect(readFileSync(path, 'utf8')).toBe('new');
  });

  test('refuses when the file changed since it was read, and leaves it alone', async () => {
    const dir = makeTempDir();
    const path = join(dir, 'A.cs');
    writeFileSync(path, 'edited by someone else');
    await expect(writeFileAtomic(path, Buffer.from('new'), Buffer.from('old'))).rejects.toThrow(FileChangedError);
    expect(readFileSync(path, 'utf8')).toBe('edited by someone else');
    expect(readdirSync(dir)).toEqual(['A.cs']);
  });

  test('refuses a read-only file (no write bit), even for root', async () => {
    const dir = makeTempDir();
    const path = join(dir, 'A.cs');
    writeFileSync(path, 'old');
    chmodSync(path, 0o444);
    await expect(writeFileAtomic(path, Buffer.from('new'), Buffer.from('old'))).rejects.toThrow(ReadOnlyFileError);
    expect(readFileSync(path, 'utf8')).toBe('old');
  });
});

describe('the lock beside the target', () => {
  test('a lock held by a live process (pid 1) is waited for, then refused with its holder named; the file is left alone', async () => {
    const dir = makeTempDir();
    const path = join(dir, 'A.cs');
    writeFileSync(path, 'old');
    writeFileSync(join(dir, '.A.cs.ucma-codemod.lock'), '1\n');
    await expect(writeFileAtomic(path, Buffer.from('new'), Buffer.from('old'))).rejects.toThrow(FileBusyError);
    await expect(writeFileAtomic(path, Buffer.from('new'), Buffer.from('old'))).rejects.toThrow(/another ucma-codemod run \(process 1\)/);
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(readdirSync(dir).sort()).toEqual(['.A.cs.ucma-codemod.lock', 'A.cs']);
  });

  test('a lock left by a dead process is stale: removed, and the write goes through', async () => {
    const dir = makeTempDir();
    const path = join(dir, 'A.cs');
    writeFileSync(path, 'old');
    writeFileSync(join(dir, '.A.cs.ucma-codemod.lock'), '999999999\n');
    await writeFileAtomic(path, Buffer.from('new'), Buffer.from('old'));
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['A.cs']);
  });
});

describe('taking the lock', () => {
  const LOCK = '.A.cs.ucma-codemod.lock';
  const withFolder = <T>(dir: string, use: (folder: ReturnType<typeof openFolderBelow>) => T): T => {
    const folder = openFolderBelow(dir, dir);
    try {
      return use(folder);
    } finally {
      closeFolder(folder);
    }
  };
  const failingLink = (code: string) => () => {
    throw Object.assign(new Error(code), { code });
  };

  test('the lock appears holding the mark (linked from a draft), once; the draft never stays', () => {
    const dir = makeTempDir();
    expect(withFolder(dir, (folder) => takeLock(folder, LOCK))).toBe(true);
    expect(readFileSync(join(dir, LOCK), 'utf8')).toBe(`${ownMark()}\n`);
    expect(withFolder(dir, (folder) => takeLock(folder, LOCK))).toBe(false);
    expect(readdirSync(dir)).toEqual([LOCK]);
  });

  test('on a file system without hard links the lock is created in place, still only once', () => {
    const dir = makeTempDir();
    expect(withFolder(dir, (folder) => takeLock(folder, LOCK, failingLink('EPERM')))).toBe(true);
    expect(readFileSync(join(dir, LOCK), 'utf8')).toBe(`${ownMark()}\n`);
    expect(withFolder(dir, (folder) => takeLock(folder, LOCK, failingLink('ENOTSUP')))).toBe(false);
    expect(readdirSync(dir)).toEqual([LOCK]);
  });

  test('any other failure to link is thrown, and leaves neither lock nor draft', () => {
    const dir = makeTempDir();
    expect(() => withFolder(dir, (folder) => takeLock(folder, LOCK, failingLink('EACCES')))).toThrow('EACCES');
    expect(readdirSync(dir)).toEqual([]);
  });

  test('a draft left by a run killed while taking the lock is removed once its process is gone', () => {
    const dir = makeTempDir();
    const draft = `.${LOCK}.ucma-codemod-999999999-0badc0de.tmp`;
    writeFileSync(join(dir, draft), '999999999\n');
    expect(removeStaleTempFiles(dir)).toEqual([join(dir, draft)]);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('folders checked where the file was read', () => {
  test('a folder replaced by a link, or by another folder, since the read: refused, nothing written anywhere', async () => {
    const root = makeTempDir();
    mkdirSync(join(root, 'sub'));
    writeFileSync(join(root, 'sub', 'A.cs'), 'old');
    const read = openFolderBelow(root, join(root, 'sub'));
    const location = { base: root, folders: read.chain };
    closeFolder(read);
    // Another folder with the same content under the same name.
    renameSync(join(root, 'sub'), join(root, 'moved'));
    mkdirSync(join(root, 'sub'));
    writeFileSync(join(root, 'sub', 'A.cs'), 'old');
    await expect(writeFileAtomic(join(root, 'sub', 'A.cs'), Buffer.from('new'), Buffer.from('old'), location)).rejects.toThrow(
      FolderChangedError,
    );
    // A link to the moved folder.
    renameSync(join(root, 'sub'), join(root, 'other'));
    symlinkSync(join(root, 'moved'), join(root, 'sub'));
    await expect(writeFileAtomic(join(root, 'sub', 'A.cs'), Buffer.from('new'), Buffer.from('old'), location)).rejects.toThrow(
      LinkOnPathError,
    );
    expect(readFileSync(join(root, 'moved', 'A.cs'), 'utf8')).toBe('old');
    expect(readdirSync(join(root, 'moved'))).toEqual(['A.cs']);
    expect(readFileSync(join(root, 'other', 'A.cs'), 'utf8')).toBe('old');
  });
});

describe("a writer's mark: its pid and start time", () => {
  // pid 1 is alive here (as everywhere); a start time it never had says another process used the pid.
  const pidOneStart = readFileSync('/proc/1/stat', 'latin1').split(') ')[1]!.split(' ')[19]!;
  const reused = `1.${Number(pidOneStart) + 12345}`;

  test('is the pid and, where /proc tells it, the start time', () => {
    expect(ownMark()).toBe(`${process.pid}.${readFileSync('/proc/self/stat', 'latin1').split(') ')[1]!.split(' ')[19]}`);
  });

  test('a lock whose pid now belongs to a later process is stale: removed, and the write goes through', async () => {
    const dir = makeTempDir();
    const path = join(dir, 'A.cs');
    writeFileSync(path, 'old');
    writeFileSync(join(dir, '.A.cs.ucma-codemod.lock'), `${reused}\n`);
    await writeFileAtomic(path, Buffer.from('new'), Buffer.from('old'));
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['A.cs']);
  });

  test('temp files and locks of reused pids (ours included) are removed; those of the running processes are kept', () => {
    const dir = makeTempDir();
    const ownPid = process.pid;
    const names = {
      reusedTemp: `.A.cs.ucma-codemod-${reused}-0badc0de.tmp`,
      earlierOwnPid: `.B.cs.ucma-codemod-${ownPid}.1-0badc0de.tmp`,
      reusedLock: '.C.cs.ucma-codemod.lock',
      liveTemp: `.D.cs.ucma-codemod-1.${pidOneStart}-0badc0de.tmp`,
      liveLock: '.E.cs.ucma-codemod.lock',
      ownTemp: `.F.cs.ucma-codemod-${ownMark()}-0badc0de.tmp`,
    };
    for (const name of Object.values(names)) writeFileSync(join(dir, name), 'x');
    writeFileSync(join(dir, names.reusedLock), `${reused}\n`);
    writeFileSync(join(dir, names.liveLock), `1.${pidOneStart}\n`);
    expect(removeStaleTempFiles(dir).sort()).toEqual(
      [names.reusedTemp, names.earlierOwnPid, names.reusedLock].map((name) => join(dir, name)).sort(),
    );
    expect(readdirSync(dir).sort()).toEqual([names.liveTemp, names.liveLock, names.ownTemp].sort());
  });
});

describe('removeStaleTempFiles', () => {
  test('removes lock files of dead processes, and keeps those of live ones', () => {
    const dir = makeTempDir();
    writeFileSync(join(dir, '.A.cs.ucma-codemod.lock'), '999999999\n');
    writeFileSync(join(dir, '.B.cs.ucma-codemod.lock'), '1\n');
    expect(removeStaleTempFiles(dir)).toEqual([join(dir, '.A.cs.ucma-codemod.lock')]);
    expect(readdirSync(dir)).toEqual(['.B.cs.ucma-codemod.lock']);
  });

  test('removes temp files of dead processes only', async () => {
    const dir = makeTempDir();
    const stale = join(dir, '.A.cs.ucma-codemod-999999999-0badc0de.tmp');
    const live = join(dir, `.B.cs.ucma-codemod-${process.pid}-0badc0de.tmp`);
    const other = join(dir, '.C.cs.something-else.tmp');
    for (const path of [stale, live, other]) writeFileSync(path, 'x');
    expect(await removeStaleTempFiles(dir)).toEqual([stale]);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(existsSync(other)).toBe(true);
  });
});
