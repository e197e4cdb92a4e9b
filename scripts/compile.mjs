// `npm run compile`: builds dist/ from src/ and transforms/ (tsc) into a fresh folder that then
// replaces dist/, so that a deleted source leaves no stale output behind and a CLI started
// meanwhile finds a whole dist/. Beside tsc's ES modules (the package's API, users' transforms'
// imports) it writes dist/cli.cjs, the command line bundled into one CommonJS file (esbuild), and
// dist/worker.cjs, the worker thread's entry: Node 20 loads the ~200 ES modules of the CLI in about
// half of a one-file run's time, one CommonJS file in a small part of it (docs/performance.md,
// "Start-up").
// `node scripts/compile.mjs --check`: exit 1 unless the dist/ in the git index is exactly the build
// of the sources in the index (built in a temporary folder; the work tree is not touched).
//
// Why dist/ is committed: npm installs a package from git (`npm install -g <git url>`, and the
// pre-commit framework) by cloning it and packing the clone. Building there fails: a package.json
// with a prepare, build, prepack, preinstall, install or postinstall script makes npm "prepare"
// the clone with a nested `npm install` that inherits --global, so it links the temporary clone
// into the global folder and installs no build tool (npm/cli#6984, #8440). So the branch carries
// the built dist/ and package.json has none of those scripts; the build is `compile`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
/** What the build reads. */
const SOURCES = ['src', 'transforms', 'tsconfig.json', 'tsconfig.build.json', 'package.json'];

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    // Thrown, so that the temporary folders are removed on the way out.
    process.exitCode = 2;
    throw new Error(`compile: ${command} ${args.join(' ')} failed (exit ${result.status})`);
  }
  return result.stdout;
}

/** Every file below `dir`, relative to `base`, with forward slashes. */
function filesBelow(dir, base) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      relative(base, join(entry.parentPath ?? entry.path, entry.name))
        .split(sep)
        .join('/'),
    );
}

/**
 * The CommonJS bundles, written to dist/ (where their modules' ES-module twins are, relative to
 * them): the command line, and the worker thread's entry with the built-in transforms inside
 * (worker threads of `-j N` load it instead of ~100 ES modules each; docs/performance.md).
 */
const BUNDLES = [
  {
    entry: 'src/cli/bin.ts',
    file: 'cli.cjs',
    banner: '// The ucma-codemod command line in one CommonJS file, made by scripts/compile.mjs from src/ and transforms/.',
  },
  {
    entry: 'src/cli/file-worker-bundle.ts',
    file: 'worker.cjs',
    banner: "// The ucma-codemod worker thread's entry in one CommonJS file, made by scripts/compile.mjs from src/ and transforms/.",
  },
];

/**
 * Bundles each of BUNDLES (its entry and what it imports, built-in transforms included) into
 * `outDir`, read from the sources under `base`. Packages stay outside (required from
 * node_modules at run time, native grammars included), so a file holds only this package's code.
 * A module's `import.meta.url` becomes the URL of its own ES-module build in dist/ (written by tsc
 * beside the bundle): built-in transforms pass it to defineTransform, so that worker threads know
 * them by the same URL (the worker bundle uses its own copy, any other entry imports the module),
 * and package-info and the grammar loaders resolve files from it. The output depends on nothing
 * but the sources and the options below, so --check can compare it byte for byte.
 */
async function bundle(base, outDir) {
  const moduleUrl = {
    name: 'module-url',
    setup(bundler) {
      bundler.onLoad({ filter: /\.ts$/ }, (args) => {
        const text = readFileSync(args.path, 'utf8');
        if (!text.includes('import.meta.url')) return undefined;
        const built = relative(base, args.path).split(sep).join('/').replace(/\.ts$/, '.js');
        return { contents: `const __moduleUrl = __builtModuleUrl(${JSON.stringify(built)});\n${text}`, loader: 'ts' };
      });
      // The helper, injected once: the URL of a file of dist/ (the folder of the bundle).
      bundler.onResolve({ filter: /^built-module-url$/ }, () => ({ path: 'built-module-url', namespace: 'bundle' }));
      bundler.onLoad({ filter: /.*/, namespace: 'bundle' }, () => ({
        contents: [
          "import { join } from 'node:path';",
          "import { pathToFileURL } from 'node:url';",
          'export const __builtModuleUrl = (path) => pathToFileURL(join(__dirname, path)).href;',
        ].join('\n'),
        loader: 'js',
      }));
    },
  };
  // Node built-ins that take milliseconds to load and that most runs never use (a one-file check
  // starts no worker thread, no git and no pager): their modules stand in for them and load them
  // when a name of theirs is first read. Sources import them by name only (a namespace or default
  // import would read every name at once).
  const lazyBuiltins = {
    name: 'lazy-builtins',
    setup(bundler) {
      bundler.onResolve({ filter: /^node:(child_process|worker_threads|v8)$/ }, (args) =>
        args.namespace === 'lazy-builtin' ? { path: args.path, external: true } : { path: args.path, namespace: 'lazy-builtin' },
      );
      bundler.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
        // The stand-in's prototype answers every name: the bundle's import helper copies a
        // module's own properties (none here) onto an object that keeps that prototype.
        contents: `let loaded;\nmodule.exports = Object.create(new Proxy({}, { get: (_, name) => (loaded ??= require(${JSON.stringify(args.path)}))[name] }));\n`,
        loader: 'js',
      }));
    },
  };
  for (const { entry, file, banner } of BUNDLES) {
    await build({
      absWorkingDir: base,
      entryPoints: [entry],
      outfile: join(outDir, file),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      packages: 'external',
      // Resolved per module (each module's own const), like import.meta.url itself.
      define: { 'import.meta.url': '__moduleUrl' },
      inject: ['built-module-url'],
      banner: { js: banner },
      plugins: [moduleUrl, lazyBuiltins],
      logLevel: 'warning',
    });
  }
}

if (!process.argv.includes('--check')) {
  const fresh = join(root, `.dist-${process.pid}`);
  const old = join(root, `.dist-old-${process.pid}`);
  try {
    run(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', fresh], { stdio: 'inherit' });
    await bundle(root, fresh);
    if (existsSync(join(root, 'dist'))) renameSync(join(root, 'dist'), old);
    renameSync(fresh, join(root, 'dist'));
  } finally {
    rmSync(fresh, { recursive: true, force: true });
    rmSync(old, { recursive: true, force: true });
  }
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'ucma-codemod-compile-'));
try {
  const listed = run('git', ['ls-files', '-z', '--', ...SOURCES]);
  run('git', ['checkout-index', `--prefix=${work}/`, '-z', '--stdin'], { input: listed });
  symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');
  run(process.execPath, [tsc, '-p', join(work, 'tsconfig.build.json')], { cwd: work });
  await bundle(work, join(work, 'dist'));

  const built = filesBelow(join(work, 'dist'), work).sort();
  const builtIds = run('git', ['hash-object', '--stdin-paths'], { input: built.map((path) => join(work, path)).join('\n') })
    .trim()
    .split('\n');
  const committed = new Map(
    run('git', ['ls-files', '-s', '-z', '--', 'dist'])
      .split('\0')
      .filter(Boolean)
      .map((line) => {
        const [meta, path] = line.split('\t');
        return [path, meta.split(' ')[1]];
      }),
  );
  const problems = [];
  built.forEach((path, index) => {
    if (!committed.has(path)) problems.push(`missing from git: ${path}`);
    else if (committed.get(path) !== builtIds[index]) problems.push(`differs from the build: ${path}`);
  });
  for (const path of committed.keys()) if (!built.includes(path)) problems.push(`not made by the build: ${path}`);
  if (problems.length > 0) {
    console.error(`compile --check: the dist/ in git is not the build of the sources in git:\n  ${problems.join('\n  ')}`);
    console.error('Run "npm run compile" and "git add dist" (after a merge too), then commit.');
    process.exit(1);
  }
  console.log(`compile --check: dist/ in git is the build of the sources (${built.length} files)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
