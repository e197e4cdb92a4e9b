// Runs transforms over many files: read, decode, transform, judge, optionally write; one immutable
// result per file, in input order.
import { StaleTempCleaner } from './atomic-write.js';
import { releaseReadFolders } from '../inputs/source-input.js';
import { describeFsError } from '../platform/fs-error.js';
import { UserError } from '../platform/user-error.js';
import { LineIndex } from '../engine/line-index.js';
import { surroundingsOf } from '../inputs/project-companions.js';
import { indexProjects } from './project-context.js';
import { openFileRunner } from './file-runner.js';
import { assertSafePatchPath, UnsafePatchPathError } from './patch-path.js';
import { fileResult, } from './run-result.js';
import { fingerprintOf, projectPathOf } from './fingerprint.js';
import { withAttention } from './passed-over-attention.js';
import { writeChange } from './write-change.js';
/** Default size limit: larger .cs files are generated code, not the sample. */
export const DEFAULT_MAX_FILE_SIZE = 4 * 1024 * 1024;
/** Processes every input in order; never throws for one file's problem. */
export async function runCodemod(options) {
    const files = [];
    const cleaner = new StaleTempCleaner();
    const total = (options.passedOver?.errors.length ?? 0) + (options.passedOver?.skipped.length ?? 0) + options.inputs.length;
    const finish = async (judged) => {
        const file = withFingerprints(judged, options.fingerprintRoot);
        await options.onFile?.(file, files.length + 1, total);
        files.push(options.keepChanges === false ? withoutChange(file) : file);
    };
    for (const passed of options.passedOver?.errors ?? []) {
        await finish(fileResult({ path: passed.displayPath, absolutePath: undefined, status: 'failed', reason: passed.reason }));
    }
    for (const passed of options.passedOver?.skipped ?? []) {
        // Links are never followed, so only a passed-over file's name can say it matters.
        await finish(await withAttention(fileResult({ path: passed.displayPath, absolutePath: undefined, status: 'skipped', reason: passed.reason }), options.transforms, options.severities));
    }
    const runner = openFileRunner({
        transforms: options.transforms,
        transformOptions: options.transformOptions ?? {},
        knownTransformIds: [...new Set([...(options.knownTransformIds ?? []), ...options.transforms.map((transform) => transform.meta.id)])],
        fileCount: options.inputs.length,
        ...(options.severities !== undefined ? { severities: options.severities } : {}),
        ...(options.jobs !== undefined ? { jobs: options.jobs } : {}),
        ...(options.fileTimeBudgetMs !== undefined ? { fileTimeBudgetMs: options.fileTimeBudgetMs } : {}),
        ...(options.workMemoryBytes !== undefined ? { workMemoryBytes: options.workMemoryBytes } : {}),
    });
    // Project context (declarations of other files), only for transforms that ask for it.
    const projects = await indexProjects(options.inputs, options.transforms, options.maxFileSize, runner.declarer).catch(async (thrown) => {
        await runner.close();
        throw thrown;
    });
    // Reads and their per-file work run ahead of the judging, in this thread or in workers; the
    // results are taken in input order. With workers the window is wide, so that one slow file does
    // not leave the other workers without work (measured: 4 files per worker left each idle for a
    // fifth of an every-file run on the scale corpus).
    const readAhead = Math.max(READ_AHEAD, runner.threads * 16);
    const reads = [];
    // App.config is judged by the project beside it (see project-companions).
    const surroundingsFor = async (input) => ({
        ...(await surroundingsOf(input.absolutePath, input.displayPath)),
        ...(await projects?.contextFor(input)),
    });
    // A file the pre-pass read and found nothing in is not read again, unless the run writes (apply
    // reads every file itself: its stale-temp cleaning needs the folder handles of that read).
    const settled = (input) => !options.write && projects?.settledBefore(input) === true;
    const startRead = (index) => {
        const input = options.inputs[index];
        if (input && reads[index] === undefined)
            reads[index] = settled(input) ? Promise.resolve(SETTLED_BEFORE) : readAndWork(input, options.maxFileSize, runner, surroundingsFor);
    };
    const writes = [];
    try {
        for (let index = 0; index < options.inputs.length; index++) {
            const input = options.inputs[index];
            for (let ahead = index; ahead < index + readAhead; ahead++)
                startRead(ahead);
            const { read, work } = await reads[index];
            // Files kept running out of time: the runner gave up, and so does the run (see worker-pool).
            if (runner.gaveUp !== undefined)
                throw new RunStoppedError(runner.gaveUp);
            // Temp files of a killed run are removed from every directory apply visits, changed or not.
            if (options.write)
                await cleaner.cleanBeside(input.absolutePath, 'location' in read ? read.location : undefined);
            let file = judgeInput(input, read, work, options);
            delete reads[index];
            if (file.status === 'skipped')
                file = await withAttention(file, options.transforms, options.severities, input.probe);
            if (!options.write) {
                await finish(file);
                continue;
            }
            // Writes overlap (each is atomic on its own: temp file, fsync, rename), so apply does not
            // wait on the disk file by file; records are still finished in input order.
            const writing = writeChange(file, file.edits, cleaner);
            writing.catch(() => undefined); // awaited below; this only keeps a rejection from being "unhandled" meanwhile
            writes.push(writing);
            if (writes.length >= WRITES_IN_FLIGHT)
                await finish(await writes.shift());
        }
        while (writes.length > 0)
            await finish(await writes.shift());
    }
    finally {
        await Promise.allSettled(writes);
        await runner.close();
        releaseReadFolders();
    }
    return { files, removedTempFiles: cleaner.removed };
}
/** The run cannot go on (its files keep running out of time): exit 2 with the reason. */
export class RunStoppedError extends UserError {
    constructor(reason) {
        super({ reason });
    }
}
const READ_AHEAD = 8;
/** Writes of apply in progress at once. */
const WRITES_IN_FLIGHT = 8;
/** The record with a fingerprint on every finding that has none yet (a passed-over file's warnings). */
function withFingerprints(file, root) {
    const missing = [...file.diagnostics, ...file.acknowledged].some((d) => d.fingerprint === undefined);
    if (!missing)
        return file;
    const path = projectPathOf(file.path, root);
    const add = (d) => (d.fingerprint ? d : { ...d, fingerprint: fingerprintOf(path, d) });
    return { ...file, diagnostics: file.diagnostics.map(add), acknowledged: file.acknowledged.map(add) };
}
function withoutChange(file) {
    if (file.change === undefined)
        return file;
    const { change: _dropped, ...rest } = file;
    return rest;
}
/** A file the project pre-pass read and found no work in (see ProjectContexts.settledBefore). */
const SETTLED_BEFORE = { read: { settledBefore: true }, work: { kind: 'nothing-to-do' } };
async function readAndWork(input, maxBytes, runner, surroundingsFor) {
    const read = await readInput(input, maxBytes);
    if (!('bytes' in read) || read.bytes.length > maxBytes)
        return { read, work: undefined };
    return { read, work: await runner.work(input.displayPath, read.bytes, await surroundingsFor(input)) };
}
function readInput(input, maxBytes) {
    return input.read(maxBytes).catch((error) => ({ error }));
}
/** Decodes and transforms one file and decides its status; writes nothing. */
function judgeInput(input, read, work, options) {
    const base = { path: input.displayPath, absolutePath: input.absolutePath };
    const failed = (reason) => fileResult({ ...base, status: 'failed', reason });
    if ('error' in read)
        return failed(`cannot read: ${describeFsError(read.error)}`);
    if ('settledBefore' in read)
        return fileResult({ ...base, status: 'unchanged' });
    const size = 'oversize' in read ? read.oversize : read.bytes.length;
    if ('oversize' in read || size > options.maxFileSize) {
        return fileResult({
            ...base,
            status: 'skipped',
            reason: `larger than ${options.maxFileSize} bytes (${size}); raise --max-file-size to include it`,
        });
    }
    const { bytes, mode, location } = read;
    if (work === undefined)
        throw new Error(`no work was done for ${input.displayPath}`);
    if (work.kind === 'unsupported' || work.kind === 'failed')
        return failed(work.reason);
    if (work.kind === 'nothing-to-do')
        return fileResult({ ...base, status: 'unchanged' });
    const { source, outcome } = work;
    if (outcome.diagnostics.length === 0 && outcome.suppressed.length === 0 && outcome.status !== 'changed')
        return fileResult({ ...base, status: outcome.status });
    const lines = new LineIndex(source.text);
    const projectPath = projectPathOf(input.displayPath, options.fingerprintRoot);
    const diagnostics = outcome.diagnostics.map((d) => reportDiagnostic(d, lines, projectPath));
    const acknowledged = outcome.suppressed.map((d) => reportSuppressed(d, lines, projectPath));
    if (outcome.status !== 'changed')
        return fileResult({ ...base, status: outcome.status, diagnostics, acknowledged });
    if (options.patches) {
        const unnameable = patchPathProblem(input.displayPath);
        if (unnameable !== undefined)
            return fileResult({ ...base, status: 'failed', reason: unnameable, diagnostics, acknowledged });
    }
    const edits = outcome.edits.map((edit) => ({
        transform: edit.transformId,
        ...(edit.rule === undefined ? {} : { rule: edit.rule }),
        severity: edit.severity,
        ...(edit.message === undefined ? {} : { message: edit.message }),
        start: position(lines, edit.start),
        end: position(lines, edit.end),
        oldText: source.text.slice(edit.start, edit.end),
        newText: edit.text,
        ...(edit.evidence === undefined ? {} : { evidence: edit.evidence }),
        fingerprint: fingerprintOf(projectPath, {
            origin: edit.transformId,
            rule: edit.rule,
            message: edit.message ?? edit.text,
            anchor: edit.anchor,
        }),
    }));
    return fileResult({
        ...base,
        status: 'changed',
        diagnostics,
        acknowledged,
        edits,
        change: { source, originalBytes: bytes, newText: outcome.newText, mode, ...(location ? { location } : {}) },
    });
}
/** Why a patch cannot name this path, or undefined when it can. */
function patchPathProblem(path) {
    try {
        assertSafePatchPath(path);
        return undefined;
    }
    catch (thrown) {
        if (thrown instanceof UnsafePatchPathError)
            return thrown.reason;
        throw thrown;
    }
}
function position(lines, offset) {
    return { offset, ...lines.positionAt(offset) };
}
function reportDiagnostic(diagnostic, lines, projectPath) {
    return {
        origin: diagnostic.origin,
        ...(diagnostic.rule === undefined ? {} : { rule: diagnostic.rule }),
        severity: diagnostic.severity,
        message: diagnostic.message,
        start: position(lines, diagnostic.range.start),
        end: position(lines, diagnostic.range.end),
        ...(diagnostic.evidence === undefined ? {} : { evidence: diagnostic.evidence }),
        fingerprint: fingerprintOf(projectPath, diagnostic),
    };
}
function reportSuppressed(diagnostic, lines, projectPath) {
    return { ...reportDiagnostic(diagnostic, lines, projectPath), state: 'suppressed', reason: diagnostic.reason };
}
