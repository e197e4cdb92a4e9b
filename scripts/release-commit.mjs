// `npm run release -- <tag>`: makes an installable release commit and tags it.
//
// Why a release commit: npm installs a package from git (`npm install -g <git url>`, and the
// pre-commit framework, which does exactly that) by cloning it. dist/ is not in git, so a clone
// has to build, and npm then "prepares" the clone with a nested `npm install` that inherits
// `--global`: it installs no build tools into the clone (`tsc: not found`) and races the outer
// install in the global folder. npm does this whenever package.json has a prepare, build, prepack,
// preinstall, install or postinstall script. So the release commit carries the built dist/ and a
// package.json without those scripts: installing it from git, from a folder or from its `npm pack`
// tarball needs only the runtime dependencies. The main branch keeps dist/ out of git and its
// scripts (npm ci builds a clone), so day-to-day commits never carry build output.
//
// The commit's parent is HEAD and it is reachable only from the tag, like a GitHub Action's
// release tag. The work tree and the branch are left as they are.
//
// Usage: node scripts/release-commit.mjs <tag> [--no-build]   (--no-build: use the dist/ present)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Scripts that make npm prepare a git dependency (see pacote's git fetcher). */
const PREPARING_SCRIPTS = ['prepare', 'build', 'prepack', 'preinstall', 'install', 'postinstall'];

function fail(message) {
  console.error(`release-commit: ${message}`);
  process.exit(2);
}

function git(args, options = {}) {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8', ...options });
  if (result.status !== 0) fail(`git ${args.join(' ')} failed: ${result.stderr.trim()}`);
  return result.stdout.trim();
}

const args = process.argv.slice(2);
const tag = args.find((arg) => !arg.startsWith('-'));
if (!tag) fail('usage: node scripts/release-commit.mjs <tag> [--no-build]');
if (spawnSync('git', ['rev-parse', '-q', '--verify', `refs/tags/${tag}`], { cwd: root }).status === 0) fail(`tag ${tag} exists already`);
// dist/ is built from the work tree, so the work tree must be exactly HEAD.
const dirty = git(['status', '--porcelain', '--untracked-files=no']);
if (dirty !== '') fail(`the work tree has uncommitted changes; commit them first:\n${dirty}`);

if (!args.includes('--no-build')) {
  const build = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) fail('the build failed');
}

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
for (const name of PREPARING_SCRIPTS) delete manifest.scripts?.[name];
const manifestBlob = git(['hash-object', '-w', '--stdin'], { input: `${JSON.stringify(manifest, null, 2)}\n` });

// A private index: HEAD's tree plus dist/ (force-added, it is ignored) and the release package.json.
const indexDir = mkdtempSync(join(tmpdir(), 'ucma-codemod-release-'));
try {
  const env = { ...process.env, GIT_INDEX_FILE: join(indexDir, 'index') };
  git(['read-tree', 'HEAD'], { env });
  git(['add', '--force', '--', 'dist'], { env });
  git(['update-index', '--cacheinfo', `100644,${manifestBlob},package.json`], { env });
  const tree = git(['write-tree'], { env });
  const version = manifest.version;
  const commit = git([
    'commit-tree',
    tree,
    '-p',
    'HEAD',
    '-m',
    `Release ${tag} (ucma-codemod ${version}): built dist/, no build scripts\n\nInstallable from git without a build step; see scripts/release-commit.mjs.`,
  ]);
  git(['tag', tag, commit]);
  console.log(`release-commit: tagged ${tag} = ${commit}; publish it with: git push origin ${tag}`);
} finally {
  rmSync(indexDir, { recursive: true, force: true });
}
