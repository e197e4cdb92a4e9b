// The floor for npm run bench: only read, decode and parse every .cs file under a directory with
// node-tree-sitter, on one worker thread per core, pulling files from a shared counter.
// Usage: node scripts/bench-parse-floor.mjs DIR [THREADS]
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const SKIPPED = new Set(['.git', 'node_modules', 'bin', 'obj']);

function listCSharpFiles(directory, found = []) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED.has(entry.name.toLowerCase())) listCSharpFiles(path, found);
    } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.cs')) {
      found.push(path);
    }
  }
  return found;
}

if (isMainThread) {
  const [directory, threadsArg] = process.argv.slice(2);
  const files = listCSharpFiles(directory);
  const threads = Number(threadsArg ?? availableParallelism());
  const next = new Int32Array(new SharedArrayBuffer(4));
  let parsed = 0;
  await Promise.all(
    Array.from({ length: threads }, () => {
      const worker = new Worker(new URL(import.meta.url), { workerData: { files, next } });
      worker.on('message', (count) => (parsed += count));
      return new Promise((resolve, reject) => worker.on('exit', resolve).on('error', reject));
    }),
  );
  if (parsed !== files.length) throw new Error(`parsed ${parsed} of ${files.length} files`);
} else {
  const { default: Parser } = await import('tree-sitter');
  const { default: CSharp } = await import('tree-sitter-c-sharp/bindings/node/index.js');
  const parser = new Parser();
  parser.setLanguage(CSharp);
  const { files, next } = workerData;
  // Dead trees are freed only after V8 collects their wrappers and the event loop turns (see
  // src/run/tree-memory.ts): the same young-generation collection every 64 Ki units as the tool does.
  const v8 = await import('node:v8');
  const vm = await import('node:vm');
  v8.setFlagsFromString('--expose-gc');
  const collect = vm.runInNewContext('gc');
  let count = 0;
  let parsedSinceCollection = 0;
  for (let index = Atomics.add(next, 0, 1); index < files.length; index = Atomics.add(next, 0, 1)) {
    const text = readFileSync(files[index]).toString('utf8');
    parser.parse(text, null, { bufferSize: Math.max(32 * 1024, Math.min(text.length + 1, 4 * 1024 * 1024)) });
    count++;
    parsedSinceCollection += text.length;
    if (parsedSinceCollection >= 64 * 1024) {
      parsedSinceCollection = 0;
      collect({ type: 'minor' });
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  parentPort.postMessage(count);
}
