// runCodemod hands each file record to onFile in result order and waits for it: a consumer that
// is slow (a pager, a full pipe) holds the run back, so the results never pile up in memory.
import { describe, expect, test } from '@jest/globals';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { join } from 'node:path';
import { selectFiles } from '../../src/inputs/select-files.js';
import { diskInput } from '../../src/inputs/source-input.js';
import { builtInTransforms } from '../../transforms/index.js';
import { DEFAULT_MAX_FILE_SIZE, runCodemod } from '../../src/run/run-codemod.js';
import type { FileResult } from '../../src/run/run-result.js';
import { repoRoot } from '../helpers/paths.js';

describe('runCodemod onFile', () => {
  test('waits for each call before the next, in result order, with done counting every record', async () => {
    const cwd = join(repoRoot, 'fixtures', 'samples');
    const discovery = await selectFiles([], cwd, undefined);
    const seen: Array<{ path: string; done: number; total: number }> = [];
    let release: () => void = () => undefined;
    const firstHeld = new Promise<void>((resolvePromise) => (release = resolvePromise));
    let arrived: () => void = () => undefined;
    const firstArrived = new Promise<void>((resolvePromise) => (arrived = resolvePromise));
    const running = runCodemod({
      inputs: discovery.files.map((file) => diskInput(file.absolutePath, file.displayPath)),
      passedOver: discovery,
      transforms: builtInTransforms,
      maxFileSize: DEFAULT_MAX_FILE_SIZE,
      write: false,
      patches: true,
      jobs: 1,
      onFile: async (file: FileResult, done: number, total: number) => {
        seen.push({ path: file.path, done, total });
        if (seen.length > 1) return;
        arrived();
        await firstHeld;
      },
    });
    await firstArrived;
    // Many turns of the event loop (reads and transforms of the files ahead can finish): still
    // only the first record has been handed over.
    for (let turn = 0; turn < 200; turn++) await nextTurn();
    expect(seen).toHaveLength(1);
    release();
    const result = await running;
    expect(seen.map((entry) => entry.path)).toEqual(result.files.map((file) => file.path));
    expect(seen.map((entry) => entry.done)).toEqual(result.files.map((_, index) => index + 1));
    expect(new Set(seen.map((entry) => entry.total))).toEqual(new Set([result.files.length]));
    expect(result.files.length).toBeGreaterThan(10);
  });
});
