// Writing the report to `-o FILE` or `--output-dir DIR`: checked before the run (so a typo costs
// nothing and an input is never overwritten), and any failure of the write itself (a missing
// folder, a directory in the way, a full disk, no permission) is a one-line user error, not a crash.
import { realpathSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { describeFsError } from '../platform/fs-error.js';
import { UserError } from '../platform/user-error.js';
function statOrUndefined(path) {
    try {
        return statSync(path);
    }
    catch {
        return undefined;
    }
}
function realOrSelf(path) {
    try {
        return realpathSync(path);
    }
    catch {
        return path;
    }
}
/** Refuses an `-o` target that is a folder, sits in a missing folder, or is one of the inputs. */
export function assertReportFileTarget(output, cwd, inputPaths) {
    const target = resolve(cwd, output);
    if (statOrUndefined(target)?.isDirectory())
        throw new UserError({ path: output, reason: 'is a folder; -o needs a file name (for one file per transform use --output-dir)' });
    const parent = statOrUndefined(dirname(target));
    if (!parent)
        throw new UserError({ path: output, reason: `cannot be written: the folder ${dirname(output)} does not exist` });
    if (!parent.isDirectory())
        throw new UserError({ path: output, reason: `cannot be written: ${dirname(output)} is not a folder` });
    const real = realOrSelf(target);
    if (inputPaths.some((input) => input === target || realOrSelf(input) === real)) {
        throw new UserError({
            path: output,
            reason: 'is one of the files being processed; writing the report there would overwrite it. Choose another -o file',
        });
    }
}
/** Refuses an `--output-dir` that exists and is not a folder. */
export function assertReportDirectoryTarget(outputDir, cwd) {
    const stats = statOrUndefined(resolve(cwd, outputDir));
    if (stats && !stats.isDirectory())
        throw new UserError({ path: outputDir, reason: 'exists and is not a folder; --output-dir needs a folder' });
}
export async function writeReportPart(cwd, outputDir, fileName, bytes) {
    const directory = resolve(cwd, outputDir);
    try {
        await mkdir(directory, { recursive: true });
    }
    catch (thrown) {
        throw new UserError({ path: outputDir, reason: `cannot create the folder: ${describeFsError(thrown)}` });
    }
    try {
        await writeFile(join(directory, fileName), bytes);
    }
    catch (thrown) {
        throw new UserError({ path: join(outputDir, fileName), reason: `cannot write the report: ${describeFsError(thrown)}` });
    }
}
