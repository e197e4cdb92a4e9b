// Loads a user's transform file: .ts is type-checked against the public API with ts-morph, then
// emitted to a temp folder and imported; .js/.mjs is imported as is. Nothing runs on a type error.
import { UserError } from '../platform/user-error.js';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageRoot, packageVersion } from '../platform/package-info.js';
import type { Transform } from '../engine/transform.js';
import { transformShapeProblems } from '../engine/transform-shape.js';
import { rememberTransformModule } from '../engine/transform-origin.js';
import { javascriptTransformFiles, type JavaScriptFile } from './javascript-transform-files.js';
import { cachedEntry, cacheEntryDir, hashFile, storeEntry, transformCacheDir } from './transform-cache.js';

/** A transform file that cannot be used; the message says why and where. Exit 2. */
class TransformLoadError extends UserError {
  constructor(reason: string, details?: readonly string[]) {
    super({ reason, ...(details ? { details } : {}) });
  }
}

const TYPESCRIPT_EXTENSIONS = new Set(['.ts', '.mts']);
const JAVASCRIPT_EXTENSIONS = new Set(['.js', '.mjs']);

/** True when a -t argument names a file rather than a built-in id. */
export function looksLikeTransformPath(spec: string): boolean {
  return /[\\/]/.test(spec) || TYPESCRIPT_EXTENSIONS.has(extname(spec)) || JAVASCRIPT_EXTENSIONS.has(extname(spec));
}

/** Loads, checks and returns the default export of a transform file. */
export async function loadUserTransform(spec: string, cwd: string): Promise<Transform> {
  const path = resolve(cwd, spec);
  const label = relative(cwd, path).split(sep).join('/') || spec;
  if (!existsSync(path)) throw new TransformLoadError(`transform file ${label} not found`);
  const extension = extname(path);
  if (!TYPESCRIPT_EXTENSIONS.has(extension) && !JAVASCRIPT_EXTENSIONS.has(extension)) {
    throw new TransformLoadError(`transform file ${label} must end in .ts, .mts, .js or .mjs`);
  }

  const emitted = await compileTransform(path, label, cwd, TYPESCRIPT_EXTENSIONS.has(extension));
  const moduleUrl = emitted.url;
  const cleanup = emitted.cleanup;

  let loaded: { default?: unknown };
  try {
    loaded = (await import(moduleUrl)) as { default?: unknown };
  } catch (thrown) {
    cleanup();
    throw new TransformLoadError(`transform file ${label} failed to load: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
  }
  if (loaded.default === undefined) {
    cleanup();
    throw new TransformLoadError(
      `transform file ${label} has no default export; end it with "export default defineTransform({ meta, run })"`,
    );
  }
  const problems = transformShapeProblems(loaded.default);
  if (problems.length > 0) {
    cleanup();
    throw new TransformLoadError(
      `transform file ${label} does not export a valid transform:`,
      problems.map((p) => `  - ${p}`),
    );
  }
  const transform = loaded.default as Transform;
  // Worker threads import the same emitted module, so it stays until this process exits.
  removeAtExit(cleanup);
  rememberTransformModule(transform, moduleUrl, true);
  return transform;
}

const atExit: Array<() => void> = [];

function removeAtExit(cleanup: () => void): void {
  if (atExit.length === 0) process.once('exit', () => atExit.forEach((run) => run()));
  atExit.push(cleanup);
}

/**
 * Type-checks a TypeScript transform (and the local files it imports) against ucma-codemod's own
 * declarations, whatever folder it sits in, then emits ES modules to a temp folder. JavaScript
 * transforms take the same path without the type check. Either way, imports of "ucma-codemod"
 * are pointed at this package, so a transform works without installing it beside the file and
 * shares this process's parser and helpers.
 */
async function compileTransform(
  path: string,
  label: string,
  cwd: string,
  typeCheck: boolean,
): Promise<{ url: string; cleanup: () => void }> {
  const root = packageRoot();
  const apiTypes = join(root, 'dist', 'src', 'index.d.ts');
  if (!existsSync(apiTypes))
    throw new TransformLoadError('ucma-codemod is not built (dist/ is missing); run "npm run build" in its folder');
  const javascript = typeCheck ? undefined : await javascriptTransformFiles(path);
  if (javascript) return emitJavaScript(javascript, path, root);
  // A transform checked and emitted before, whose every source is unchanged, is not checked again.
  const cacheDir = transformCacheDir();
  const entryDir =
    cacheDir && cacheEntryDir(cacheDir, { entry: path, typeCheck: String(typeCheck), root, tool: packageVersion(), node: process.version });
  const cached = entryDir && cachedEntry(entryDir);
  if (cached) return { url: pathToFileURL(cached).href, cleanup: () => undefined };
  // Loaded here, not at start-up: only a .ts transform (or an unusual .js one) needs TypeScript.
  const { Project, ts } = await import('ts-morph');
  const project = new Project({
    skipAddingFilesFromTsConfig: true,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      strict: true,
      skipLibCheck: true,
      esModuleInterop: true,
      allowJs: true,
      checkJs: false,
      // Transforms are pure functions: no Node.js or DOM globals are declared for them.
      types: [],
      lib: ['lib.es2022.d.ts'],
      paths: {
        'ucma-codemod': [join(root, 'dist', 'src', 'index.d.ts')],
        'ucma-codemod/testing': [join(root, 'dist', 'src', 'testing', 'index.d.ts')],
      },
    },
  });
  project.addSourceFileAtPath(path);
  project.resolveSourceFileDependencies();

  const userFiles = project.getSourceFiles().filter((file) => !file.isDeclarationFile() && !file.getFilePath().includes('/node_modules/'));
  const diagnostics = typeCheck ? project.getPreEmitDiagnostics().filter((d) => d.getCategory() === ts.DiagnosticCategory.Error) : [];
  if (diagnostics.length > 0) {
    const lines = diagnostics.map((diagnostic) => {
      const file = diagnostic.getSourceFile();
      const message = ts.flattenDiagnosticMessageText(
        diagnostic.getMessageText() as string | import('typescript').DiagnosticMessageChain,
        '\n',
      );
      if (!file) return `error TS${diagnostic.getCode()}: ${message}`;
      const { line, column } = file.getLineAndColumnAtPos(diagnostic.getStart() ?? 0);
      const where = relative(cwd, file.getFilePath()).split(sep).join('/');
      return `${where}:${line}:${column}: error TS${diagnostic.getCode()}: ${message}`;
    });
    throw new TransformLoadError(`transform file ${label} does not type-check; nothing was run:`, lines);
  }

  const commonRoot = userFiles.map((file) => dirname(file.getFilePath())).reduce(commonAncestor);
  // Every file the check read, by content: the cache entry holds while they all hash the same.
  const sources = project.getSourceFiles().map((file) => ({ path: file.getFilePath(), sha256: hashFile(file.getFilePath()) ?? '' }));
  const outDir = mkdtempSync(join(cacheDir ?? tmpdir(), entryDir ? 'emitting-' : 'ucma-codemod-transform-'));
  const emittedPath = (sourcePath: string) => join(outDir, relative(commonRoot, sourcePath)).replace(/\.(m?)ts$/, '.$1js');

  for (const file of userFiles) {
    for (const declaration of [...file.getImportDeclarations(), ...file.getExportDeclarations()]) {
      const specifier = declaration.getModuleSpecifierValue();
      if (specifier === undefined) continue;
      if (specifier.startsWith('.')) {
        const target = declaration.getModuleSpecifierSourceFile();
        if (target && userFiles.includes(target)) {
          let rel = relative(dirname(emittedPath(file.getFilePath())), emittedPath(target.getFilePath()))
            .split(sep)
            .join('/');
          if (!rel.startsWith('.')) rel = `./${rel}`;
          declaration.setModuleSpecifier(rel);
        }
        continue;
      }
      const rewritten = packageSpecifier(specifier, file.getFilePath(), root);
      if (rewritten !== undefined) declaration.setModuleSpecifier(rewritten);
    }
  }

  const { cleanup } = prepareOutDir(outDir);
  try {
    for (const file of userFiles) {
      const target = emittedPath(file.getFilePath());
      mkdirSync(dirname(target), { recursive: true });
      if (/\.m?js$/.test(file.getFilePath())) {
        // JavaScript runs as written, with only its import specifiers rewritten.
        writeFileSync(target, file.getFullText());
        continue;
      }
      const output = file
        .getEmitOutput()
        .getOutputFiles()
        .find((out) => /\.m?js$/.test(out.getFilePath()));
      if (!output) throw new TransformLoadError(`TypeScript emitted nothing for ${file.getFilePath()}`);
      writeFileSync(target, output.getText());
    }
  } catch (thrown) {
    cleanup();
    throw thrown;
  }
  if (entryDir === undefined) return { url: pathToFileURL(emittedPath(path)).href, cleanup };
  const stored = storeEntry(entryDir, outDir, relative(outDir, emittedPath(path)), sources);
  return { url: pathToFileURL(stored).href, cleanup: () => undefined };
}

/**
 * Emits a plain JavaScript transform found by javascriptTransformFiles: each file as written, with
 * only its package specifiers rewritten as for TypeScript (relative ones keep their meaning, as
 * the folder layout is kept).
 */
function emitJavaScript(files: readonly JavaScriptFile[], entry: string, root: string): { url: string; cleanup: () => void } {
  const commonRoot = files.map((file) => dirname(file.path)).reduce(commonAncestor);
  const outDir = mkdtempSync(join(tmpdir(), 'ucma-codemod-transform-'));
  const emittedPath = (sourcePath: string) => join(outDir, relative(commonRoot, sourcePath));
  const { cleanup } = prepareOutDir(outDir);
  try {
    for (const file of files) {
      let text = '';
      let at = 0;
      for (const found of file.imports) {
        const rewritten = found.specifier.startsWith('.') ? undefined : packageSpecifier(found.specifier, file.path, root);
        if (rewritten === undefined) continue;
        // The whole string literal is replaced (its quotes sit just outside the specifier).
        text += file.text.slice(at, found.start - 1) + JSON.stringify(rewritten);
        at = found.end + 1;
      }
      text += file.text.slice(at);
      mkdirSync(dirname(emittedPath(file.path)), { recursive: true });
      writeFileSync(emittedPath(file.path), text);
    }
  } catch (thrown) {
    cleanup();
    throw thrown;
  }
  return { url: pathToFileURL(emittedPath(entry)).href, cleanup };
}

/**
 * Where a non-relative import of a transform file points once emitted: "ucma-codemod" (and
 * "/testing") at this package, any other package at the file its folder resolves it to;
 * undefined to leave the specifier as written (node: modules, and names that do not resolve, for
 * Node to report when the module loads).
 */
function packageSpecifier(specifier: string, fromFile: string, root: string): string | undefined {
  if (specifier === 'ucma-codemod') return pathToFileURL(join(root, 'dist', 'src', 'index.js')).href;
  if (specifier === 'ucma-codemod/testing') return pathToFileURL(join(root, 'dist', 'src', 'testing', 'index.js')).href;
  if (specifier.startsWith('node:')) return undefined;
  try {
    return pathToFileURL(createRequire(fromFile).resolve(specifier)).href;
  } catch {
    return undefined;
  }
}

/** Marks the emitted folder as ES modules; returns how to remove it. */
function prepareOutDir(outDir: string): { cleanup: () => void } {
  const cleanup = () => rmSync(outDir, { recursive: true, force: true });
  try {
    writeFileSync(join(outDir, 'package.json'), '{ "type": "module" }\n');
  } catch (thrown) {
    cleanup();
    throw thrown;
  }
  return { cleanup };
}

function commonAncestor(a: string, b: string): string {
  const left = a.split(sep);
  const right = b.split(sep);
  let i = 0;
  while (i < left.length && i < right.length && left[i] === right[i]) i++;
  return left.slice(0, i).join(sep) || sep;
}
