// `npm run compile`: builds dist/ from src/ and transforms/ (tsc) into a fresh folder that then
// replaces dist/, so that a deleted source leaves no stale output behind and a CLI started
// meanwhile finds a whole dist/.
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
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

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

if (!process.argv.includes('--check')) {
  const fresh = join(root, `.dist-${process.pid}`);
  const old = join(root, `.dist-old-${process.pid}`);
  try {
    run(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', fresh], { stdio: 'inherit' });
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
