// The worker pool does the same per-file work as this thread, file for file; a transform that runs
// too long, or kills its worker, fails only its file, and the run goes on.
import { afterAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Transform } from '../../src/engine/transform.js';
import { openFileRunner } from '../../src/run/file-runner.js';
import { workOnBytes, type FileWork } from '../../src/run/file-work.js';
import { transformSpecs, WorkerPool } from '../../src/run/worker-pool.js';
import { ProjectIndex } from '../../src/engine/project-index.js';
import { loadUserTransform } from '../../src/tools/load-user-transform.js';
import provisionerTlsTarget from '../../transforms/provisioner-tls-target.js';
import ucma4ApiMembers from '../../transforms/ucma4-api-members.js';
import ucma4ProjectReferences from '../../transforms/ucma4-project-references.js';
import { cleanTempDirs, makeTempDir } from '../helpers/cli.js';
import { fixturePath } from '../helpers/paths.js';
import { mutate, mutation, seedInputs } from '../property/mutations.js';

afterAll(cleanTempDirs);

const sample = readFileSync(fixturePath('samples', 'applicationprovisioner', 'ApplicationProvisioning', 'Application.cs'));

/** The same bytes of work, in the same shape, as plain data (what crosses a thread boundary). */
const plain = (work: FileWork) => JSON.parse(JSON.stringify(work)) as unknown;

async function withPool<T>(transforms: Transform[], budgetMs: number, use: (pool: WorkerPool) => Promise<T>): Promise<T> {
  const pool = new WorkerPool(transformSpecs(transforms)!, {
    transforms,
    transformOptions: {},
    knownTransformIds: [],
    threads: 2,
    fileTimeBudgetMs: budgetMs,
    workerMemoryMb: 2048,
  });
  try {
    return await use(pool);
  } finally {
    await pool.close();
  }
}

describe('WorkerPool', () => {
  test('warmUp starts the workers ahead of the work, never more than its threads, and none once closed', async () => {
    const started = (pool: WorkerPool) => (pool as unknown as { workers: unknown[] }).workers.length;
    const result = await withPool([provisionerTlsTarget], 60_000, async (pool) => {
      expect(started(pool)).toBe(0);
      pool.warmUp();
      pool.warmUp();
      expect(started(pool)).toBe(2);
      return pool.work('A.cs', sample);
    });
    expect(plain(result)).toEqual(plain(workOnBytes('A.cs', sample, [provisionerTlsTarget])));
    const closed = await withPool([provisionerTlsTarget], 60_000, async (pool) => pool);
    closed.warmUp();
    expect(started(closed)).toBe(0);
  });

  test('gives the same work as this thread for fuzzed files and the sample (changed, refused, undecodable, not needed)', async () => {
    const seeds = seedInputs();
    const files = fc
      .sample(fc.tuple(fc.nat({ max: seeds.length - 1 }), fc.array(mutation, { maxLength: 6 })), { numRuns: 150, seed: 11 })
      .map(([seed, mutations]) => mutate(seeds[seed]!, mutations));
    files.push(sample, Buffer.from([0xff, 0xfe, 0x41, 0x00]), Buffer.from('class A { }'));
    // The sample with broken syntax just before the line it would change: refused, whatever the fuzzing drew.
    const text = sample.toString('latin1');
    const lineOfEdit = text.lastIndexOf('\n', text.indexOf('if (string.IsNullOrEmpty(trustedService.TlsTarget))'));
    files.push(Buffer.from(`${text.slice(0, lineOfEdit)}\n int = ;${text.slice(lineOfEdit)}`, 'latin1'));
    const transforms = [provisionerTlsTarget];
    const pooled = await withPool(transforms, 60_000, (pool) => Promise.all(files.map((bytes, i) => pool.work(`F${i}.cs`, bytes))));
    const inline = files.map((bytes, i) => workOnBytes(`F${i}.cs`, bytes, transforms));
    expect(pooled.map(plain)).toEqual(inline.map(plain));
    expect(new Set(pooled.map((work) => (work.kind === 'transformed' ? work.outcome.status : work.kind)))).toEqual(
      new Set(['changed', 'unchanged', 'failed', 'unsupported', 'nothing-to-do']),
    );
  });

  test('a transform that loops forever fails its file with a message naming it; the other files are done', async () => {
    const dir = makeTempDir();
    const path = join(dir, 'loops-on-marker.mjs');
    writeFileSync(
      path,
      "export default { meta: { id: 'loops-on-marker', title: 't', description: 'Loops on files that name LoopHere.', source: { title: 't' }, kind: 'report' },\n" +
        "  run(context) { while (context.text.includes('LoopHere')) {} return { diagnostics: [{ severity: 'info', message: 'seen', range: { start: 0, end: 0 } }] }; } };\n",
    );
    const looping = await loadUserTransform(path, dir);
    const transforms = [provisionerTlsTarget, looping];
    const files = ['class A { }', 'class LoopHere { }', 'class B { }', 'class C { }'].map((text) => Buffer.from(text));
    const works = await withPool(transforms, 1500, (pool) => Promise.all(files.map((bytes, i) => pool.work(`F${i}.cs`, bytes))));
    expect(works[1]).toEqual({
      kind: 'failed',
      reason: expect.stringContaining('transform loops-on-marker ran longer than the per-file time budget of 1.5 s'),
    });
    for (const i of [0, 2, 3]) {
      const work = works[i]!;
      expect(work.kind).toBe('transformed');
      if (work.kind === 'transformed') expect(work.outcome.diagnostics.map((d) => d.message)).toEqual(['seen']);
    }
  });

  test('a worker that dies fails only its file; a fresh worker takes the next files', async () => {
    const dir = makeTempDir();
    const path = join(dir, 'exits-on-marker.mjs');
    writeFileSync(
      path,
      "export default { meta: { id: 'exits-on-marker', title: 't', description: 'Ends its thread on ExitHere.', source: { title: 't' }, kind: 'report' },\n" +
        "  run(context) { if (context.text.includes('ExitHere')) process.exit(7); } };\n",
    );
    const exiting = await loadUserTransform(path, dir);
    const files = ['class ExitHere { }', 'class A { }', 'class B { }'].map((text) => Buffer.from(text));
    const works = await withPool([exiting], 60_000, (pool) => Promise.all(files.map((bytes, i) => pool.work(`F${i}.cs`, bytes))));
    expect(works[0]).toEqual({ kind: 'failed', reason: 'could not be processed: its worker thread exited (status 7)' });
    expect(works.slice(1)).toEqual([{ kind: 'nothing-to-do' }, { kind: 'nothing-to-do' }]);
  });

  test('a transform that does not load in a worker fails every file with its error, also files sent after a project pre-pass', async () => {
    const dir = makeTempDir();
    const path = join(dir, 'throws-on-load.mjs');
    writeFileSync(path, "throw new Error('this module does not load');\n");
    // The built-in from the bundle, then the module that throws, imported.
    const specs = [...transformSpecs([provisionerTlsTarget])!, { moduleUrl: pathToFileURL(path).href }];
    const pool = new WorkerPool(specs, {
      transforms: [provisionerTlsTarget, provisionerTlsTarget],
      transformOptions: {},
      knownTransformIds: [],
      threads: 2,
      fileTimeBudgetMs: 60_000,
      workerMemoryMb: 2048,
    });
    const files = ['class A { }', 'class B { }', 'class C { }'].map((text) => Buffer.from(text));
    const reason = 'could not be processed: its worker thread failed: this module does not load';
    try {
      // A project pre-pass comes first: its files are not processed, so their failure says nothing.
      expect(await pool.declare('P.cs', files[0]!)).toBeUndefined();
      // The files sent after the pool stopped fail with the error too.
      const works = await Promise.all(files.map((bytes, i) => pool.work(`F${i}.cs`, bytes)));
      expect(works).toEqual(files.map(() => ({ kind: 'failed', reason })));
    } finally {
      await pool.close();
    }
  });

  test('closing while the workers still load lets them end on their own; queued files fail with a reason', async () => {
    const pool = new WorkerPool(transformSpecs([provisionerTlsTarget])!, {
      transforms: [provisionerTlsTarget],
      transformOptions: {},
      knownTransformIds: [],
      threads: 2,
      fileTimeBudgetMs: 60_000,
      workerMemoryMb: 2048,
    });
    const pending = [pool.work('A.cs', sample), pool.work('B.cs', sample)];
    const exits: number[] = [];
    // The threads are private: their exit codes are read through the pool's own workers list.
    for (const worker of (pool as unknown as { workers: Array<{ thread: import('node:worker_threads').Worker }> }).workers)
      worker.thread.once('exit', (code) => exits.push(code));
    await pool.close();
    expect((await Promise.all(pending)).map((work) => work.kind === 'failed' && work.reason)).toEqual([
      'the worker pool was closed before this file was processed',
      'the worker pool was closed before this file was processed',
    ]);
    // Ended by their own close (status 0), not terminated (status 1).
    expect(exits.length).toBeGreaterThan(0);
    expect(exits.every((code) => code === 0)).toBe(true);
  });
});

describe('openFileRunner', () => {
  const everyFile: Transform = {
    meta: { id: 'in-code', title: 't', description: 't', source: { title: 't' }, kind: 'report' },
    run: () => undefined,
  };

  test('keeps the work in this thread for --jobs 1, a handful of files, or transforms built in code', () => {
    expect(openFileRunner({ transforms: [provisionerTlsTarget], transformOptions: {}, jobs: 1, fileCount: 1000 }).threads).toBe(0);
    expect(openFileRunner({ transforms: [provisionerTlsTarget], transformOptions: {}, jobs: 2, fileCount: 3 }).threads).toBe(0);
    expect(openFileRunner({ transforms: [everyFile], transformOptions: {}, jobs: 2, fileCount: 1000 }).threads).toBe(0);
  });

  test('uses workers for transforms that need a project, and one worker for a user transform on a handful of files (its time budget holds)', async () => {
    expect(
      openFileRunner({ transforms: [provisionerTlsTarget, ucma4ApiMembers], transformOptions: {}, jobs: 2, fileCount: 1000 }).threads,
    ).toBe(2);
    const dir = makeTempDir();
    const path = join(dir, 'quiet.mjs');
    writeFileSync(
      path,
      "export default { meta: { id: 'quiet', title: 't', description: 't', source: { title: 't' }, kind: 'report' }, run() {} };\n",
    );
    const user = await loadUserTransform(path, dir);
    expect(openFileRunner({ transforms: [user], transformOptions: {}, jobs: 4, fileCount: 2 }).threads).toBe(1);
    expect(openFileRunner({ transforms: [user], transformOptions: {}, jobs: 1, fileCount: 2 }).threads).toBe(0);
  });

  test('a project index crosses to the workers: declarations read there, and the same work as in this thread', async () => {
    const root = fixturePath('samples', 'applicationprovisioner', 'ApplicationProvisioning');
    const names = ['Application.cs', 'TrustedService.cs', 'TrustedApplicationPool.cs', 'Helper.cs'];
    const files = names.map((name) => ({ name, bytes: readFileSync(join(root, name)) }));
    const transforms = [provisionerTlsTarget, ucma4ApiMembers];
    const inThread = openFileRunner({ transforms, transformOptions: {}, jobs: 1, fileCount: 1000 });
    const pooled = openFileRunner({ transforms, transformOptions: {}, jobs: 2, fileCount: 1000 });
    try {
      const declaredHere = await Promise.all(files.map((f) => inThread.declarer.declare(f.name, f.bytes)));
      const declaredThere = await Promise.all(files.map((f) => pooled.declarer.declare(f.name, f.bytes)));
      expect(declaredThere).toEqual(declaredHere);
      expect(declaredThere.every((d) => d !== undefined && d.types.length > 0)).toBe(true);
      expect(await pooled.declarer.declare('Wide.cs', Buffer.from([0xff, 0xfe, 0x41, 0x00]))).toBeUndefined();

      const project = new ProjectIndex(
        declaredThere.map((d) => d!),
        root,
      );
      const work = await Promise.all(files.map((f) => pooled.work(f.name, f.bytes, { project })));
      const here = await Promise.all(files.map((f) => inThread.work(f.name, f.bytes, { project })));
      expect(work.map(plain)).toEqual(here.map(plain));
      expect(work[0]!.kind === 'transformed' && work[0]!.outcome.status).toBe('changed');
      // The index decides: where the project's TrustedService has no TlsTarget, the sample is left alone.
      const otherClass = Buffer.from(
        'namespace Microsoft.Rtc.Collaboration.Sample.ApplicationProvisioning { public class TrustedService { public string Fqdn { get; set; } } }\n',
      );
      const other = (await pooled.declarer.declare('TrustedService.cs', otherClass))!;
      const without = new ProjectIndex(
        [...declaredThere.filter((_, i) => names[i] !== 'TrustedService.cs').map((d) => d!), other],
        `${root}-other`,
      );
      const alone = await pooled.work('Application.cs', files[0]!.bytes, { project: without });
      expect(alone.kind === 'transformed' && alone.outcome.status).not.toBe('changed');
    } finally {
      await pooled.close();
      await inThread.close();
    }
  });

  test('with workers, settles files no transform needs without them, and the rest in them', async () => {
    const project = readFileSync(
      fixturePath('transforms', 'ucma4-project-references', 'ucma3-collaboration-and-persistent-chat.input.csproj'),
    );
    const runner = openFileRunner({ transforms: [ucma4ProjectReferences], transformOptions: {}, jobs: 2, fileCount: 1000 });
    try {
      expect(runner.threads).toBe(2);
      expect(await runner.work('A.csproj', Buffer.from('<Project />'))).toEqual({ kind: 'nothing-to-do' });
      expect((await runner.work('B.csproj', Buffer.from([0x3c, 0, 0x55, 0x43, 0x4d, 0x41]))).kind).toBe('unsupported');
      const work = await runner.work('Bot.csproj', project);
      expect(work.kind === 'transformed' && work.outcome.status).toBe('changed');
    } finally {
      await runner.close();
    }
  });
});
