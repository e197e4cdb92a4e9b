// The files a run processes: discover-files for plain paths, glob arguments expanded (quoted globs
// such as 'src/**/*.cs', for shells that do not expand `**`), then ignore rules applied to what was
// found by walking folders or globs. A file named explicitly is processed even when ignored, as a
// folder named explicitly is walked even when it is called bin or obj.
import { existsSync, lstatSync } from 'node:fs';
import { isAbsolute, posix, resolve, sep } from 'node:path';
import { UserError } from '../platform/user-error.js';
import { compareCodePoints, discoverFiles, toDisplayPath } from './discover-files.js';
import { GlobSyntaxError, Wildmatch } from './wildmatch.js';
const GLOB_CHARACTERS = /[*?[]/;
/** True for an argument that is a glob rather than a path on disk. */
export function isGlobArgument(argument, cwd) {
    return GLOB_CHARACTERS.test(argument) && !existsSync(resolve(cwd, argument));
}
function isDirectory(path) {
    try {
        return lstatSync(path).isDirectory();
    }
    catch {
        return false;
    }
}
/**
 * A glob argument as git matches a glob pathspec (wildmatch: `*` and `?` stay inside one folder,
 * `**` spans folders), compared with the path as shown (relative to the working directory), or
 * with the absolute path for an absolute glob; never backtracks. A pattern that could never match
 * is an error.
 */
function globMatcher(glob, normalized) {
    const absolute = isAbsolute(normalized);
    const pattern = posix.normalize(absolute ? normalized : normalized.replace(/^(\.\/)+/, ''));
    let matcher;
    try {
        matcher = new Wildmatch(Buffer.from(pattern, 'utf8'), true);
    }
    catch (thrown) {
        if (thrown instanceof GlobSyntaxError)
            throw new UserError({ path: glob, reason: `is not a usable pattern: it ${thrown.reason}` });
        throw thrown;
    }
    return (displayPath, absolutePath) => matcher.matches(Buffer.from(absolute ? absolutePath.split(sep).join('/') : displayPath, 'utf8'));
}
export async function selectFiles(paths, cwd, ignore) {
    const plain = paths.filter((path) => !isGlobArgument(path, cwd));
    const globs = paths.filter((path) => isGlobArgument(path, cwd));
    const explicitFiles = new Set((plain.length > 0 || globs.length > 0 ? plain : ['.']).map((path) => resolve(cwd, path)));
    const discoveries = [];
    if (plain.length > 0 || globs.length === 0)
        discoveries.push(await discoverFiles(plain, cwd));
    const errors = [];
    for (const glob of globs) {
        const normalized = glob.replace(/\\/g, '/').replace(/^\.\//, '');
        const segments = normalized.split('/');
        const firstGlob = segments.findIndex((segment) => GLOB_CHARACTERS.test(segment));
        const base = segments.slice(0, firstGlob).join('/') || '.';
        const matches = globMatcher(glob, normalized);
        const found = await discoverFiles([base], cwd);
        const files = found.files.filter((file) => matches(file.displayPath, file.absolutePath));
        // What the walk passed over counts where the pattern would have taken it (or is the folder it starts from).
        const baseDisplay = toDisplayPath(resolve(cwd, base), cwd);
        const skipped = found.skipped.filter((passed) => passed.displayPath === baseDisplay || matches(passed.displayPath, resolve(cwd, passed.displayPath)));
        // A missing folder before the pattern is the pattern's own problem: one error, naming both.
        const baseMissing = !existsSync(resolve(cwd, base));
        // A pattern that matched only what is passed over has its verdict already (a link, a FIFO).
        if (files.length === 0 && skipped.length === 0)
            errors.push({
                displayPath: glob,
                reason: baseMissing
                    ? `no file to process matches this pattern (there is no folder ${baseDisplay})`
                    : 'no file to process matches this pattern',
            });
        const baseErrors = baseMissing ? found.errors.filter((error) => error.displayPath !== baseDisplay) : found.errors;
        discoveries.push({ files, skipped, errors: baseErrors });
    }
    const byPath = new Map();
    for (const discovery of discoveries)
        for (const file of discovery.files)
            byPath.set(file.absolutePath, file);
    const files = [...byPath.values()]
        .filter((file) => explicitFiles.has(file.absolutePath) || !ignore?.ignores(file.absolutePath))
        .sort((a, b) => compareCodePoints(a.displayPath, b.displayPath));
    // A folder that holds no file to process at all is almost always a typo or the wrong folder: say so
    // (exit 2) rather than report "0 files" and pass.
    for (const given of plain.length > 0 ? plain : globs.length > 0 ? [] : ['.']) {
        const folder = resolve(cwd, given);
        const display = toDisplayPath(folder, cwd);
        // The folder itself, or something in it, was already named as passed over (a link, a FIFO): that
        // says what is there, and "no file to process" would be a second, misleading verdict.
        const inside = (path) => path === display || display === '.' || path.startsWith(`${display}/`);
        const alreadyReported = discoveries.some((d) => [...d.skipped, ...d.errors].some((passed) => inside(passed.displayPath)));
        if (!alreadyReported &&
            explicitFiles.has(folder) &&
            isDirectory(folder) &&
            !files.some((file) => file.absolutePath.startsWith(folder.endsWith(sep) ? folder : `${folder}${sep}`))) {
            errors.push({
                displayPath: display,
                reason: 'no file to process in this folder (bin/, obj/, node_modules/, git-ignored and ignored files are left out)',
            });
        }
    }
    return {
        files,
        skipped: discoveries.flatMap((d) => d.skipped),
        errors: [...discoveries.flatMap((d) => d.errors), ...errors],
    };
}
