// npm run bench: ucma-codemod side by side with ast-grep (same rules, same trees, one run,
// interleaved), printing ratios. Usage:
//   node scripts/bench.mjs [--corpus DIR|FILE.tar.xz] [--runs N] [--positives N] [--copies N]
//                          [--cases a,b] [--ucma-projects N] [--big-file-mb N] [--project-scale N,M] [--json]
// The corpus defaults to ../shared/corpora/scale.tar.xz beside the repository, unpacked into a
// temporary folder; without it, generated copies of both sample trees (--copies) stand in.
// Every case runs --runs times (at least 5 for the published medians); the two tools alternate
// who goes first. Wall time is the whole process; CPU and peak RSS come from the kernel.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CASES = ['check', 'parse', 'diff', 'apply', 'startup', 'big-file', 'growth', 'discovery', 'ucma', 'project-scale'];
const USAGE = `usage: node scripts/bench.mjs [--corpus DIR|FILE.tar.xz] [--runs N] [--positives N] [--copies N] [--cases ${CASES.join(',')}] [--ucma-projects N] [--big-file-mb N] [--project-scale N,M] [--json]`;
const { values } = parseOptions({
  options: {
    corpus: { type: 'string' },
    runs: { type: 'string', default: '5' },
    positives: { type: 'string', default: '2000' },
    copies: { type: 'string', default: '100' },
    'ucma-projects': { type: 'string', default: '33' },
    'big-file-mb': { type: 'string', default: '50' },
    'project-scale': { type: 'string', default: '2000,20000' },
    cases: { type: 'string', default: CASES.join(',') },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const runs = Number(values.runs);
const selected = new Set(values.cases.split(','));
for (const name of selected) if (!CASES.includes(name)) fail(`unknown case ${name}; expected some of ${CASES.join(',')}`);
if (!(runs >= 1)) fail(`--runs needs a number of runs from 1, got "${values.runs}"`);

/** The command line read, or a one-line error and the usage. */
function parseOptions(config) {
  try {
    return parseArgs(config);
  } catch (error) {
    return fail(error.message);
  }
}

function fail(message) {
  console.error(`bench: ${message}\n${USAGE}`);
  process.exit(2);
}

const scratch = mkdtempSync(join(tmpdir(), 'ucma-codemod-bench-'));
const astGrep = astGrepBinary();
const rules = join(root, 'scripts', 'bench-rules');
// GNU time reports CPU time and peak RSS of any process, ours and ast-grep alike (Debian: time).
const timeTool = '/usr/bin/time';
if (!existsSync(timeTool)) throw new Error('npm run bench needs GNU time at /usr/bin/time (Debian package: time)');

/** The native ast-grep binary of @ast-grep/cli (its JS wrapper would add a Node start-up). */
function astGrepBinary() {
  const require = createRequire(import.meta.url);
  const cli = dirname(require.resolve('@ast-grep/cli/package.json'));
  const platform = { linux: `linux-${process.arch}-gnu`, darwin: `darwin-${process.arch}`, win32: `win32-${process.arch}-msvc` }[
    process.platform
  ];
  try {
    const dir = dirname(require.resolve(`@ast-grep/cli-${platform}/package.json`, { paths: [cli] }));
    return join(dir, process.platform === 'win32' ? 'ast-grep.exe' : 'ast-grep');
  } catch {
    return join(cli, 'ast-grep');
  }
}

/** The corpus directory: given, unpacked from the scale archive, or generated. */
async function prepareCorpus() {
  const given = values.corpus ? resolve(values.corpus) : join(root, '..', 'shared', 'corpora', 'scale.tar.xz');
  if (existsSync(given) && statSync(given).isDirectory()) return { dir: given, label: values.corpus };
  if (existsSync(given)) {
    const dir = join(scratch, 'corpus');
    mkdirSync(dir);
    await runSync('tar', ['-xJf', given, '-C', dir]);
    return { dir, label: `${given.split(/[\\/]/).at(-1)} (unpacked)` };
  }
  if (values.corpus) throw new Error(`no corpus at ${given}`);
  const dir = join(scratch, 'generated');
  const copies = Number(values.copies);
  for (let i = 0; i < copies; i++) {
    for (const variant of ['applicationprovisioner', 'applicationprovisioner-edited']) {
      cpSync(join(root, 'fixtures', 'samples', variant), join(dir, `copy${String(i).padStart(4, '0')}`, variant), { recursive: true });
    }
  }
  return { dir, label: `${copies} generated copies of both samples` };
}

function runSync(command, args) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolvePromise() : reject(new Error(`${command} exited ${code}`))));
  });
}

function measureTree(dir) {
  let files = 0;
  let bytes = 0;
  const visit = (path) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) {
        if (!['.git', 'node_modules', 'bin', 'obj'].includes(entry.name.toLowerCase())) visit(full);
      } else if (entry.isFile() && entry.name.toLowerCase().endsWith('.cs')) {
        files++;
        bytes += statSync(full).size;
      }
    }
  };
  visit(dir);
  return { files, bytes };
}

/** Runs one process; resolves with wall ms, ms to its first stdout byte, and CPU ms and peak RSS MiB from GNU time. */
function runOnce(command, args, cwd) {
  return new Promise((resolvePromise, reject) => {
    const timeFile = join(scratch, `time-${process.hrtime.bigint()}.txt`);
    const started = process.hrtime.bigint();
    const child = spawn(timeTool, ['-f', '%M %U %S', '-o', timeFile, command, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    // When the output starts: streamed output arrives long before the end of the run.
    let firstByteMs;
    child.stdout.on('data', () => (firstByteMs ??= Number(process.hrtime.bigint() - started) / 1e6));
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0 && code !== 1) return reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr}`));
      const [rssKiB, user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
      rmSync(timeFile);
      resolvePromise({ wallMs, firstByteMs, cpuMs: (user + system) * 1000, rssMiB: rssKiB / 1024 });
    });
  });
}

// Worker threads are opt-in (-j): the bench measures them with one per core.
const ucma = (args) => ({
  command: process.execPath,
  args: [join(root, 'bin', 'ucma-codemod.cjs'), '-j', String(availableParallelism()), ...args],
});
const sg = (rule, extra = []) => ({ command: astGrep, args: ['scan', '-r', join(rules, rule), ...extra] });
const floor = (dir) => ({ command: process.execPath, args: [join(root, 'scripts', 'bench-parse-floor.mjs'), dir] });

/**
 * Runs every contestant of a case `runs` times, interleaved (the first one rotates), each in its
 * own copy of the tree when `fresh` makes one. Returns the medians per contestant.
 */
async function compare(name, contestants, cwd, fresh) {
  const samples = contestants.map(() => []);
  for (let run = 0; run < runs; run++) {
    for (let k = 0; k < contestants.length; k++) {
      const index = (k + run) % contestants.length;
      const { command, args } = contestants[index].run;
      let dir = cwd;
      if (fresh) dir = fresh();
      samples[index].push(await runOnce(command, args, dir));
      if (fresh) rmSync(dir, { recursive: true, force: true });
    }
  }
  const row = { case: name };
  contestants.forEach((contestant, i) => {
    row[contestant.name] = {
      wallMs: Math.round(median(samples[i].map((s) => s.wallMs))),
      cpuMs: Math.round(median(samples[i].map((s) => s.cpuMs))),
      peakRssMiB: Number(Math.max(...samples[i].map((s) => s.rssMiB)).toFixed(1)),
      ...(samples[i].every((s) => s.firstByteMs !== undefined)
        ? { firstByteMs: Math.round(median(samples[i].map((s) => s.firstByteMs))) }
        : {}),
    };
  });
  process.stderr.write(`bench: ${name} done\n`);
  return row;
}

const median = (numbers) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];

/** `count` copies of the unedited sample's Application.cs, one per folder, all of which change. */
function makePositives(count) {
  const dir = join(scratch, 'positives');
  const sample = readFileSync(join(root, 'fixtures', 'samples', 'applicationprovisioner', 'ApplicationProvisioning', 'Application.cs'));
  for (let i = 0; i < count; i++) {
    const folder = join(dir, `copy${String(i).padStart(4, '0')}`);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'Application.cs'), sample);
  }
  return dir;
}

/**
 * A tree where every file uses Microsoft.Rtc.*: copies of the ucma4-api-members fixture inputs,
 * each copy a project of its own (a .csproj), so the project pre-pass indexes every file.
 */
function makeUcmaTree(count) {
  const dir = join(scratch, 'ucma');
  const cases = join(root, 'fixtures', 'transforms', 'ucma4-api-members');
  const inputs = readdirSync(cases).filter((name) => name.endsWith('.input.cs'));
  for (let i = 0; i < count; i++) {
    const project = join(dir, `project${String(i).padStart(4, '0')}`);
    mkdirSync(project, { recursive: true });
    for (const name of inputs) cpSync(join(cases, name), join(project, name.replace('.input.cs', '.cs')));
    writeFileSync(join(project, 'Bench.csproj'), '<Project />\n');
  }
  return dir;
}

/** One C# file of about `megabytes` MB: copies of the sample's Application.cs (BOM once, at the start). */
function makeBigFile(megabytes) {
  const dir = join(scratch, 'big-file');
  mkdirSync(dir);
  const sample = readFileSync(
    join(root, 'fixtures', 'samples', 'applicationprovisioner', 'ApplicationProvisioning', 'Application.cs'),
    'utf8',
  ).replace(/^\uFEFF/, '');
  const copies = Math.ceil((megabytes * 1e6) / Buffer.byteLength(sample));
  writeFileSync(join(dir, 'Big.cs'), sample.repeat(copies));
  return { dir, bytes: statSync(join(dir, 'Big.cs')).size };
}

/** How many matches ast-grep reports for `rule` in dir/Big.cs (0 when it passes over the file). */
function countAstGrepMatches(rule, dir) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(astGrep, ['scan', '-r', join(rules, rule), '--json=stream', 'Big.cs'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let lines = 0;
    child.stdout.on('data', (chunk) => (lines += chunk.toString('latin1').split('\n').length - 1));
    child.on('error', reject);
    child.on('close', () => resolvePromise(lines));
  });
}

/** A tree holding `times` copies of the corpus side by side. */
function grownCorpus(corpus, times) {
  if (times === 1) return corpus;
  const dir = join(scratch, `grown-${times}`);
  for (let i = 0; i < times; i++) cpSync(corpus, join(dir, `copy${i}`), { recursive: true });
  return dir;
}

/** Times discoverFiles (in this process) over `count` empty .cs files in one directory. */
async function timeDiscovery(count) {
  const { discoverFiles } = await import('../dist/src/inputs/discover-files.js');
  const dir = join(scratch, 'one-directory');
  mkdirSync(dir);
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `File${i}.cs`), '');
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint();
    const found = await discoverFiles([dir], scratch);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (found.files.length !== count) throw new Error(`discovered ${found.files.length} of ${count} files`);
  }
  rmSync(dir, { recursive: true, force: true });
  process.stderr.write('bench: discovery done\n');
  return { case: `discovery of ${count} files in one directory`, discoveryMs: Math.round(median(samples)) };
}

const rows = [];
let corpus;
try {
  corpus = await prepareCorpus();
  const size = measureTree(corpus.dir);
  // A transform without meta.requires: every file is parsed, the worst case for a run.
  const parseAll = join(scratch, 'parse-every-file.mjs');
  writeFileSync(
    parseAll,
    "export default { meta: { id: 'parse-every-file', title: 'Bench', description: 'Parses every file.', source: { title: 'bench' }, kind: 'report' }, run() {} };\n",
  );
  const tls = 'provisioner-tls-target.yml';
  const every = 'parse-every-file.yml';
  if (selected.has('check')) {
    rows.push(
      await compare(
        'check, pre-filtered (TlsTarget)',
        [
          { name: 'ucma', run: ucma(['check']) },
          { name: 'astGrep', run: sg(tls) },
        ],
        corpus.dir,
      ),
    );
  }
  if (selected.has('parse')) {
    rows.push(
      await compare(
        'every file parsed',
        [
          { name: 'ucma', run: ucma(['check', '-t', parseAll]) },
          { name: 'astGrep', run: sg(every) },
          { name: 'floor', run: floor('.') },
        ],
        corpus.dir,
      ),
    );
  }
  const positivesCount = Number(values.positives);
  if (selected.has('diff') || selected.has('apply')) {
    const positives = makePositives(positivesCount);
    if (selected.has('diff')) {
      // The target compares the same rule; the default run (every built-in) is what users meet.
      rows.push(
        await compare(
          `diff ${positivesCount} positives, same rule`,
          [
            { name: 'ucma', run: ucma(['diff', '-t', 'provisioner-tls-target']) },
            { name: 'astGrep', run: sg(tls) },
          ],
          positives,
        ),
      );
      rows.push(
        await compare(
          `diff ${positivesCount} positives, all built-ins`,
          [
            { name: 'ucma', run: ucma(['diff']) },
            { name: 'astGrep', run: sg(tls) },
          ],
          positives,
        ),
      );
    }
    if (selected.has('apply')) {
      const fresh = () => {
        const copy = mkdtempSync(join(scratch, 'apply-'));
        cpSync(positives, copy, { recursive: true });
        return copy;
      };
      rows.push(
        await compare(
          `apply ${positivesCount} positives, same rule`,
          [
            { name: 'ucma', run: ucma(['apply', '-t', 'provisioner-tls-target']) },
            { name: 'astGrep', run: sg(tls, ['-U']) },
          ],
          positives,
          fresh,
        ),
      );
    }
    rmSync(positives, { recursive: true, force: true });
  }
  if (selected.has('startup')) {
    const one = join(scratch, 'one-file');
    mkdirSync(one);
    writeFileSync(
      join(one, 'Small.cs'),
      'namespace Bench\n{\n    public class Small\n    {\n        public int Value { get; set; }\n    }\n}\n',
    );
    rows.push(
      await compare(
        'start-up, check of one file',
        [
          { name: 'ucma', run: ucma(['check', 'Small.cs']) },
          { name: 'astGrep', run: sg(tls, ['Small.cs']) },
        ],
        one,
      ),
    );
  }
  if (selected.has('big-file')) {
    // One generated file of --big-file-mb MB (copies of the sample's Application.cs, each with the
    // TlsTarget change), read with a raised --max-file-size: peak memory as a multiple of the
    // file's size, with the built-in transforms (every copy changes) and with parsing alone.
    const big = makeBigFile(Number(values['big-file-mb']));
    // The memory budget (about 64 bytes per byte) is raised with the size limit, or the file is refused.
    const limit = [
      '--max-file-size',
      `${Math.ceil(big.bytes / 1024 / 1024) + 1}M`,
      '--worker-memory',
      `${Math.ceil((big.bytes * 64) / 1024 ** 3) + 1}G`,
    ];
    const astGrepMatches = await countAstGrepMatches(tls, big.dir);
    for (const [label, args, rule] of [
      ['built-in transforms', ['check', ...limit, 'Big.cs'], tls],
      ['every file parsed', ['check', '-t', parseAll, ...limit, 'Big.cs'], every],
    ]) {
      rows.push({
        ...(await compare(
          `big file, ${label}`,
          [
            { name: 'ucma', run: ucma(args) },
            { name: 'astGrep', run: sg(rule, ['Big.cs']) },
          ],
          big.dir,
        )),
        bigFileBytes: big.bytes,
        astGrepMatches,
      });
    }
    rmSync(big.dir, { recursive: true, force: true });
  }
  if (selected.has('growth')) {
    for (const times of [1, 2, 4]) {
      const dir = grownCorpus(corpus.dir, times);
      rows.push({
        ...(await compare(
          `every file parsed, ${times}x corpus`,
          [
            { name: 'ucma', run: ucma(['check', '-t', parseAll]) },
            { name: 'astGrep', run: sg(every) },
          ],
          dir,
        )),
        times,
      });
      if (times > 1) rmSync(dir, { recursive: true, force: true });
    }
  }
  if (selected.has('discovery')) rows.push(await timeDiscovery(100_000));
  if (selected.has('ucma')) {
    // ucma-codemod only (ast-grep has no equivalent of the project pre-pass and its resolver):
    // every file uses UCMA, so the ucma4-api-members pre-pass indexes every project and every file
    // is parsed again and resolved; the same tree with parsing alone is beside it.
    const tree = makeUcmaTree(Number(values['ucma-projects']));
    const treeSize = measureTree(tree);
    rows.push({
      ...(await compare(
        `ucma4 check, ${treeSize.files} UCMA files`,
        [{ name: 'ucma', run: ucma(['check', '-t', 'ucma4-api-members']) }],
        tree,
      )),
      only: true,
    });
    rows.push({
      ...(await compare(`  same tree, every file parsed`, [{ name: 'ucma', run: ucma(['check', '-t', parseAll]) }], tree)),
      only: true,
    });
    rmSync(tree, { recursive: true, force: true });
  }
  if (selected.has('project-scale')) {
    // ucma-codemod only: `diff` (every built-in) of N positives that are all one project (no
    // .csproj), at each size of --project-scale; the time per file must stay flat as N grows (the
    // project index is built once, and reaches each worker outside any file's time budget).
    for (const count of values['project-scale'].split(',').map(Number)) {
      const positives = makePositives(count);
      rows.push({
        ...(await compare(`diff ${count} positives, one project`, [{ name: 'ucma', run: ucma(['diff']) }], positives)),
        scale: count,
      });
      rmSync(positives, { recursive: true, force: true });
    }
  }
  print(size);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

function print(size) {
  const header = {
    node: process.version,
    cores: availableParallelism(),
    runs,
    corpus: corpus.label,
    files: size.files,
    megabytes: Number((size.bytes / 1024 / 1024).toFixed(1)),
  };
  if (values.json) {
    console.log(JSON.stringify({ ...header, rows }, null, 2));
    return;
  }
  console.log(
    `ucma-codemod vs ast-grep: ${header.corpus}, ${size.files} .cs files, ${header.megabytes} MiB; medians of ${runs} interleaved runs; Node ${process.version}, ${header.cores} cores`,
  );
  console.log('case                               ucma s  CPU s  RSS MiB | ast-grep s  CPU s  RSS MiB | wall ratio  CPU ratio');
  const seconds = (ms) => (ms / 1000).toFixed(2);
  for (const row of rows) {
    if (row.discoveryMs !== undefined) {
      console.log(`${row.case}: ${seconds(row.discoveryMs)} s`);
      continue;
    }
    const a = row.ucma;
    const b = row.astGrep;
    if (row.bigFileBytes !== undefined) {
      const mib = row.bigFileBytes / 1024 / 1024;
      const skipped = row.astGrepMatches === 0 ? ' (ast-grep reported no match: it passes over a file this big)' : '';
      console.log(
        `${row.case.padEnd(34)} ${seconds(a.wallMs).padStart(6)} ${seconds(a.cpuMs).padStart(6)} ${String(a.peakRssMiB).padStart(8)} | ` +
          `${seconds(b.wallMs).padStart(10)} ${seconds(b.cpuMs).padStart(6)} ${String(b.peakRssMiB).padStart(8)} | ` +
          `peak memory ${(a.peakRssMiB / mib).toFixed(1)}x the file (${mib.toFixed(1)} MiB), ast-grep ${(b.peakRssMiB / mib).toFixed(1)}x${skipped}`,
      );
      continue;
    }
    if (row.scale !== undefined) {
      console.log(
        `${row.case.padEnd(34)} ${seconds(a.wallMs).padStart(6)} ${seconds(a.cpuMs).padStart(6)} ${String(a.peakRssMiB).padStart(8)} | ${(a.wallMs / row.scale).toFixed(2)} ms per file`,
      );
      continue;
    }
    if (row.only) {
      console.log(
        `${row.case.padEnd(34)} ${seconds(a.wallMs).padStart(6)} ${seconds(a.cpuMs).padStart(6)} ${String(a.peakRssMiB).padStart(8)} | (ucma-codemod only)`,
      );
      continue;
    }
    console.log(
      `${row.case.padEnd(34)} ${seconds(a.wallMs).padStart(6)} ${seconds(a.cpuMs).padStart(6)} ${String(a.peakRssMiB).padStart(8)} | ` +
        `${seconds(b.wallMs).padStart(10)} ${seconds(b.cpuMs).padStart(6)} ${String(b.peakRssMiB).padStart(8)} | ` +
        `${(a.wallMs / b.wallMs).toFixed(2).padStart(10)} ${(a.cpuMs / b.cpuMs).toFixed(2).padStart(10)}`,
    );
    if (row.case.startsWith('diff ') && a.firstByteMs !== undefined && b.firstByteMs !== undefined) {
      console.log(
        `${'  first byte of the patch'.padEnd(34)} ${seconds(a.firstByteMs).padStart(6)} ${''.padStart(15)} | ${seconds(b.firstByteMs).padStart(10)} ${''.padStart(15)} | ${(a.firstByteMs / b.firstByteMs).toFixed(2).padStart(10)}`,
      );
    }
    if (row.floor) {
      const f = row.floor;
      console.log(
        `${'  bare parse loop (floor)'.padEnd(34)} ${seconds(f.wallMs).padStart(6)} ${seconds(f.cpuMs).padStart(6)} ${String(f.peakRssMiB).padStart(8)} | ucma / floor: ${(a.wallMs / f.wallMs).toFixed(2)} wall`,
      );
    }
  }
  const scaled = rows.filter((row) => row.scale !== undefined);
  for (const row of scaled.slice(1)) {
    const first = scaled[0];
    console.log(
      `time per file, ${row.scale} / ${first.scale} files in one project: ${(row.ucma.wallMs / row.scale / (first.ucma.wallMs / first.scale)).toFixed(2)}`,
    );
  }
  const growth = rows.filter((row) => row.times);
  const base = growth.find((row) => row.times === 1);
  for (const row of growth.filter((r) => r.times > 1 && base)) {
    console.log(
      `growth ${row.times}x / 1x: ucma ${(row.ucma.wallMs / base.ucma.wallMs).toFixed(2)}, ast-grep ${(row.astGrep.wallMs / base.astGrep.wallMs).toFixed(2)}`,
    );
  }
}
