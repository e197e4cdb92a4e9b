// Loads a user's transform file: .ts is type-checked against the public API with ts-morph, then
// emitted to a temp folder and imported; .js/.mjs is imported as is. Nothing runs on a type error.
import { UserError } from '../platform/user-error.js';
import { mkdtempSync, mkdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { packageRoot, packageVersion } from '../platform/package-info.js';
import { transformShapeProblems } from '../engine/transform-shape.js';
import { rememberTransformModule } from '../engine/transform-origin.js';
import { javascriptTransformFiles } from './javascript-transform-files.js';
import { cachedEntry, cacheEntryDir, hashFile, storeEntry, transformCacheDir } from './transform-cache.js';
/** A transform file that cannot be used; the message says why and where. Exit 2. */
class TransformLoadError extends UserError {
    constructor(reason, details) {
        super({ reason, ...(details ? { details } : {}) });
    }
}
/** Largest transform file read (a transform is source code, not data). */
const MAX_TRANSFORM_FILE_BYTES = 16 * 1024 * 1024;
const TYPESCRIPT_EXTENSIONS = new Set(['.ts', '.mts']);
const JAVASCRIPT_EXTENSIONS = new Set(['.js', '.mjs']);
/** True when a -t argument names a file rather than a built-in id. */
export function looksLikeTransformPath(spec) {
    return /[\\/]/.test(spec) || TYPESCRIPT_EXTENSIONS.has(extname(spec)) || JAVASCRIPT_EXTENSIONS.has(extname(spec));
}
const DEFAULT_LOAD_BUDGET_MS = 60_000;
const DEFAULT_LOAD_MEMORY_MB = 2048;
/**
 * Imports the emitted module once in a worker thread, within the time budget and memory limit,
 * before this thread imports it: its top-level code may loop or fill memory. Throws
 * TransformLoadError when it does not load in time, runs out of memory, or fails.
 */
async function loadWithinLimits(url, label, limits) {
    const budgetMs = limits.timeBudgetMs ?? DEFAULT_LOAD_BUDGET_MS;
    const root = packageRoot();
    const data = { url, packageUrl: pathToFileURL(join(root, 'dist', 'src', 'index.js')).href };
    const worker = new Worker(join(root, 'dist', 'src', 'tools', 'transform-probe.js'), {
        workerData: data,
        resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb ?? DEFAULT_LOAD_MEMORY_MB },
    });
    const ended = new Promise((resolve) => worker.once('exit', () => resolve()));
    let timer;
    const outcome = await new Promise((resolve) => {
        worker.on('message', (message) => {
            if (!('ready' in message))
                return resolve(message);
            // The clock starts once ucma-codemod itself is loaded there: it measures the transform's code.
            timer = setTimeout(() => resolve({ timedOut: true }), budgetMs);
            worker.postMessage('go');
        });
        worker.once('error', (error) => resolve({
            failed: error.code === 'ERR_WORKER_OUT_OF_MEMORY'
                ? `its top-level code used more memory than a worker thread may (${limits.memoryMb ?? DEFAULT_LOAD_MEMORY_MB} MiB; --worker-memory)`
                : error.message,
        }));
        worker.once('exit', (code) => resolve({ failed: `its loader thread ended (status ${code})` }));
    });
    clearTimeout(timer);
    if ('timedOut' in outcome) {
        await worker.terminate();
        throw new TransformLoadError(`transform file ${label} did not finish loading within ${budgetMs / 1000} s (the time budget, --file-timeout): its top-level code may never end; nothing was run`);
    }
    await ended;
    if ('failed' in outcome)
        throw new TransformLoadError(`transform file ${label} failed to load: ${outcome.failed}`);
    if ('loaded' in outcome && !outcome.loaded)
        throw new TransformLoadError(`transform file ${label} failed to load: ${outcome.message}`);
}
/** Loads, checks and returns the default export of a transform file. */
export async function loadUserTransform(spec, cwd, limits = {}) {
    const path = resolve(cwd, spec);
    const label = relative(cwd, path).split(sep).join('/') || spec;
    if (!existsSync(path))
        throw new TransformLoadError(`transform file ${label} not found`);
    // A FIFO or device named as a transform would block or never end when read.
    const stats = statSync(path);
    if (!stats.isFile())
        throw new TransformLoadError(`transform file ${label} is not a regular file`);
    if (stats.size > MAX_TRANSFORM_FILE_BYTES)
        throw new TransformLoadError(`transform file ${label} is larger than ${MAX_TRANSFORM_FILE_BYTES / 1024 / 1024} MiB; not read`);
    const extension = extname(path);
    if (!TYPESCRIPT_EXTENSIONS.has(extension) && !JAVASCRIPT_EXTENSIONS.has(extension)) {
        throw new TransformLoadError(`transform file ${label} must end in .ts, .mts, .js or .mjs`);
    }
    const emitted = await compileTransform(path, label, cwd, TYPESCRIPT_EXTENSIONS.has(extension));
    const moduleUrl = emitted.url;
    const cleanup = emitted.cleanup;
    let loaded;
    try {
        await loadWithinLimits(moduleUrl, label, limits);
        loaded = (await import(moduleUrl));
    }
    catch (thrown) {
        cleanup();
        if (thrown instanceof TransformLoadError)
            throw thrown;
        throw new TransformLoadError(`transform file ${label} failed to load: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
    }
    if (loaded.default === undefined) {
        cleanup();
        throw new TransformLoadError(`transform file ${label} has no default export; end it with "export default defineTransform({ meta, run })"`);
    }
    const problems = transformShapeProblems(loaded.default);
    if (problems.length > 0) {
        cleanup();
        throw new TransformLoadError(`transform file ${label} does not export a valid transform:`, problems.map((p) => `  - ${p}`));
    }
    const transform = loaded.default;
    // Worker threads import the same emitted module, so it stays until this process exits.
    removeAtExit(cleanup);
    rememberTransformModule(transform, moduleUrl, true);
    return transform;
}
const atExit = [];
function removeAtExit(cleanup) {
    if (atExit.length === 0)
        process.once('exit', removeEmittedTransforms);
    atExit.push(cleanup);
}
/** Removes the folders users' transforms were emitted to (at exit, or before dying of a signal). */
export function removeEmittedTransforms() {
    for (const run of atExit.splice(0)) {
        try {
            run();
        }
        catch {
            // Already gone.
        }
    }
}
/**
 * Type-checks a TypeScript transform (and the local files it imports) against ucma-codemod's own
 * declarations, whatever folder it sits in, then emits ES modules to a temp folder. JavaScript
 * transforms take the same path without the type check. Either way, imports of "ucma-codemod"
 * are pointed at this package, so a transform works without installing it beside the file and
 * shares this process's parser and helpers.
 */
async function compileTransform(path, label, cwd, typeCheck) {
    const root = packageRoot();
    const apiTypes = join(root, 'dist', 'src', 'index.d.ts');
    if (!existsSync(apiTypes))
        throw new TransformLoadError('ucma-codemod is not built (dist/ is missing); run "npm run compile" in its folder');
    const javascript = typeCheck ? undefined : await javascriptTransformFiles(path);
    if (javascript)
        return emitJavaScript(javascript, path, root);
    // A transform checked and emitted before, whose every source is unchanged, is not checked again.
    const cacheDir = transformCacheDir();
    const entryDir = cacheDir && cacheEntryDir(cacheDir, { entry: path, typeCheck: String(typeCheck), root, tool: packageVersion(), node: process.version });
    const cached = entryDir && cachedEntry(entryDir);
    if (cached)
        return { url: pathToFileURL(cached).href, cleanup: () => undefined };
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
            const message = ts.flattenDiagnosticMessageText(diagnostic.getMessageText(), '\n');
            if (!file)
                return `error TS${diagnostic.getCode()}: ${message}`;
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
    const emittedPath = (sourcePath) => join(outDir, relative(commonRoot, sourcePath)).replace(/\.(m?)ts$/, '.$1js');
    for (const file of userFiles) {
        for (const declaration of [...file.getImportDeclarations(), ...file.getExportDeclarations()]) {
            const specifier = declaration.getModuleSpecifierValue();
            if (specifier === undefined)
                continue;
            if (specifier.startsWith('.')) {
                const target = declaration.getModuleSpecifierSourceFile();
                if (target && userFiles.includes(target)) {
                    let rel = relative(dirname(emittedPath(file.getFilePath())), emittedPath(target.getFilePath()))
                        .split(sep)
                        .join('/');
                    if (!rel.startsWith('.'))
                        rel = `./${rel}`;
                    declaration.setModuleSpecifier(rel);
                }
                continue;
            }
            const rewritten = packageSpecifier(specifier, file.getFilePath(), root);
            if (rewritten !== undefined)
                declaration.setModuleSpecifier(rewritten);
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
            if (!output)
                throw new TransformLoadError(`TypeScript emitted nothing for ${file.getFilePath()}`);
            writeFileSync(target, output.getText());
        }
    }
    catch (thrown) {
        cleanup();
        throw thrown;
    }
    if (entryDir === undefined)
        return { url: pathToFileURL(emittedPath(path)).href, cleanup };
    const stored = storeEntry(entryDir, outDir, relative(outDir, emittedPath(path)), sources);
    return { url: pathToFileURL(stored).href, cleanup: () => undefined };
}
/**
 * Emits a plain JavaScript transform found by javascriptTransformFiles: each file as written, with
 * only its package specifiers rewritten as for TypeScript (relative ones keep their meaning, as
 * the folder layout is kept).
 */
function emitJavaScript(files, entry, root) {
    const commonRoot = files.map((file) => dirname(file.path)).reduce(commonAncestor);
    const outDir = mkdtempSync(join(tmpdir(), 'ucma-codemod-transform-'));
    const emittedPath = (sourcePath) => join(outDir, relative(commonRoot, sourcePath));
    const { cleanup } = prepareOutDir(outDir);
    try {
        for (const file of files) {
            let text = '';
            let at = 0;
            for (const found of file.imports) {
                const rewritten = found.specifier.startsWith('.') ? undefined : packageSpecifier(found.specifier, file.path, root);
                if (rewritten === undefined)
                    continue;
                // The whole string literal is replaced (its quotes sit just outside the specifier).
                text += file.text.slice(at, found.start - 1) + JSON.stringify(rewritten);
                at = found.end + 1;
            }
            text += file.text.slice(at);
            mkdirSync(dirname(emittedPath(file.path)), { recursive: true });
            writeFileSync(emittedPath(file.path), text);
        }
    }
    catch (thrown) {
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
function packageSpecifier(specifier, fromFile, root) {
    if (specifier === 'ucma-codemod')
        return pathToFileURL(join(root, 'dist', 'src', 'index.js')).href;
    if (specifier === 'ucma-codemod/testing')
        return pathToFileURL(join(root, 'dist', 'src', 'testing', 'index.js')).href;
    if (specifier.startsWith('node:'))
        return undefined;
    try {
        return pathToFileURL(createRequire(fromFile).resolve(specifier)).href;
    }
    catch {
        return undefined;
    }
}
/** Marks the emitted folder as ES modules; returns how to remove it. */
function prepareOutDir(outDir) {
    const cleanup = () => rmSync(outDir, { recursive: true, force: true });
    try {
        writeFileSync(join(outDir, 'package.json'), '{ "type": "module" }\n');
    }
    catch (thrown) {
        cleanup();
        throw thrown;
    }
    return { cleanup };
}
function commonAncestor(a, b) {
    const left = a.split(sep);
    const right = b.split(sep);
    let i = 0;
    while (i < left.length && i < right.length && left[i] === right[i])
        i++;
    return left.slice(0, i).join(sep) || sep;
}
