// npm run bench: speed and memory of the built CLI on a generated tree of sample copies.
// Usage: node scripts/bench.mjs [--copies N] [--runs N] [--json]
// Each command runs --runs times on a fresh copy; the median wall time and the peak RSS are shown.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { copies: { type: 'string', default: '100' }, runs: { type: 'string', default: '3' }, json: { type: 'boolean', default: false } },
});
const copies = Number(values.copies);
const runs = Number(values.runs);

/** A tree of `copies` copies of both sample variants (with their bin/obj leftovers). */
function makeTree() {
  const dir = mkdtempSync(join(tmpdir(), 'ucma-codemod-bench-'));
  for (let i = 0; i < copies; i++) {
    for (const variant of ['applicationprovisioner', 'applicationprovisioner-edited']) {
      cpSync(join(root, 'fixtures', 'samples', variant), join(dir, `copy${String(i).padStart(4, '0')}`, variant), { recursive: true });
    }
  }
  return dir;
}

/**
 * A tree where every file uses Microsoft.Rtc.*: copies of the ucma4-api-members fixture inputs,
 * each copy a project of its own (a .csproj), so the project pre-pass indexes every file.
 */
function makeUcmaTree(count) {
  const dir = mkdtempSync(join(tmpdir(), 'ucma-codemod-bench-ucma-'));
  const cases = join(root, 'fixtures', 'transforms', 'ucma4-api-members');
  const inputs = readdirSync(cases).filter((name) => name.endsWith('.input.cs'));
  for (let i = 0; i < count; i++) {
    const project = join(dir, `project${String(i).padStart(4, '0')}`);
    for (const name of inputs) cpSync(join(cases, name), join(project, name.replace('.input.cs', '.cs')));
    writeFileSync(join(project, 'Bench.csproj'), '<Project />\n');
  }
  return dir;
}

function measureTree(dir) {
  let files = 0;
  let bytes = 0;
  const visit = (path) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) {
        if (!['bin', 'obj'].includes(entry.name.toLowerCase())) visit(full);
      } else if (entry.name.endsWith('.cs')) {
        files++;
        bytes += statSync(full).size;
      }
    }
  };
  visit(dir);
  return { files, bytes };
}

/** Runs the CLI once; resolves with wall time, peak RSS and CPU time. */
function runOnce(args, cwd) {
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [join(root, 'scripts', 'bench-child.mjs'), ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    let stats = '';
    let stderr = '';
    child.stdio[3].on('data', (chunk) => (stats += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0 && code !== 1) reject(new Error(`ucma-codemod ${args.join(' ')} exited ${code}: ${stderr}`));
      else resolvePromise({ wallMs, ...JSON.parse(stats), summary: stderr.trim().split('\n').at(-1) });
    });
  });
}

const median = (numbers) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];

const template = makeTree();
const size = measureTree(template);
const ucmaTree = makeUcmaTree(Math.max(1, Math.round(copies / 3)));
const ucmaSize = measureTree(ucmaTree);
// A transform without meta.requires: every file is parsed, the worst case for a run.
const parseAll = join(mkdtempSync(join(tmpdir(), 'ucma-codemod-bench-t-')), 'parse-every-file.mjs');
writeFileSync(
  parseAll,
  "export default { meta: { id: 'parse-every-file', title: 'Bench', description: 'Parses every file.', source: { title: 'bench' }, kind: 'report' }, run() {} };\n",
);
const scenarios = [
  { name: 'startup (--version)', args: ['--version'], fresh: false },
  { name: 'diff', args: ['diff'], fresh: false },
  { name: 'check', args: ['check'], fresh: false },
  { name: 'diff --json', args: ['diff', '--json'], fresh: false },
  { name: 'apply', args: ['apply'], fresh: true },
  { name: 'diff, all parsed', args: ['diff', '-t', parseAll], fresh: false },
  // Every file uses UCMA: the ucma4-api-members pre-pass indexes every project, then every file is
  // parsed again and resolved; 'ucma, all parsed' is the same tree with parsing alone.
  { name: 'ucma4 check', args: ['check', '-t', 'ucma4-api-members'], fresh: false, tree: 'ucma' },
  { name: 'ucma, all parsed', args: ['diff', '-t', parseAll], fresh: false, tree: 'ucma' },
];
const results = [];
try {
  for (const scenario of scenarios) {
    const samples = [];
    const tree = scenario.tree === 'ucma' ? ucmaTree : template;
    const treeSize = scenario.tree === 'ucma' ? ucmaSize : size;
    for (let i = 0; i < runs; i++) {
      let cwd = tree;
      if (scenario.fresh) {
        cwd = mkdtempSync(join(tmpdir(), 'ucma-codemod-bench-apply-'));
        cpSync(tree, cwd, { recursive: true });
      }
      samples.push(await runOnce(scenario.args, cwd));
      if (scenario.fresh) rmSync(cwd, { recursive: true, force: true });
    }
    const wallMs = median(samples.map((s) => s.wallMs));
    results.push({
      scenario: scenario.name,
      medianWallMs: Math.round(wallMs),
      files: treeSize.files,
      filesPerSecond: scenario.args[0] === '--version' ? null : Math.round(treeSize.files / (wallMs / 1000)),
      megabytesPerSecond: scenario.args[0] === '--version' ? null : Number((treeSize.bytes / 1024 / 1024 / (wallMs / 1000)).toFixed(2)),
      peakRssMiB: Number((Math.max(...samples.map((s) => s.maxRssKiB)) / 1024).toFixed(1)),
      cpuMs: Math.round(median(samples.map((s) => s.userMs + s.systemMs))),
      summary: samples[0].summary,
    });
  }
} finally {
  rmSync(template, { recursive: true, force: true });
  rmSync(ucmaTree, { recursive: true, force: true });
  rmSync(dirname(parseAll), { recursive: true, force: true });
}

const header = {
  node: process.version,
  copies,
  runs,
  files: size.files,
  megabytes: Number((size.bytes / 1024 / 1024).toFixed(2)),
  ucmaFiles: ucmaSize.files,
  ucmaMegabytes: Number((ucmaSize.bytes / 1024 / 1024).toFixed(2)),
};
if (values.json) {
  console.log(JSON.stringify({ ...header, results }, null, 2));
} else {
  console.log(`ucma-codemod bench: ${size.files} .cs files, ${header.megabytes} MiB (${copies} copies of both samples), median of ${runs} runs, Node ${process.version}`);
  console.log(`ucma scenarios: ${ucmaSize.files} .cs files, ${header.ucmaMegabytes} MiB, every one using Microsoft.Rtc.* (copies of the ucma4-api-members fixtures, one project each)`);
  console.log('scenario             wall ms   files/s    MiB/s   peak RSS MiB   CPU ms');
  for (const r of results) {
    console.log(
      `${r.scenario.padEnd(20)} ${String(r.medianWallMs).padStart(7)} ${String(r.filesPerSecond ?? '-').padStart(9)} ${String(r.megabytesPerSecond ?? '-').padStart(8)} ${String(r.peakRssMiB).padStart(14)} ${String(r.cpuMs).padStart(8)}`,
    );
  }
}
