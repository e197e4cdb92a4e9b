// The CLI side of `--stdin-filepath P`: refuse a terminal as stdin, read the bytes, and for apply
// make the product: the whole changed text, or the input bytes untouched when nothing changes.
import { resolve } from 'node:path';
import { isReadFile } from '../engine/languages/index.js';
import { describeReadFiles } from '../engine/languages/file-patterns.js';
import { encodeSource } from '../engine/source-text.js';
import { toDisplayPath } from '../inputs/discover-files.js';
import { readAll, stdinInput } from '../inputs/stdin-input.js';
import { UsageError } from './parse-args.js';
/** Reads stdin as the file at `options.stdinFilepath`. Throws UsageError when stdin is a terminal. */
export async function readStdinFile(filePath, options, transforms, io) {
    if (io.stdin.isTTY) {
        throw new UsageError(`--stdin-filepath reads the file's text from stdin, but stdin is a terminal; pipe it in, e.g. ucma-codemod diff --stdin-filepath ${filePath} < ${filePath}`);
    }
    const bytes = await readAll(io.stdin);
    // P decides the language, so a name the engine does not read is skipped, as `check P` skips it.
    if (!isReadFile(filePath))
        return {
            bytes,
            input: undefined,
            skipped: { displayPath: toDisplayPath(resolve(io.cwd, filePath), io.cwd), reason: `not a ${describeReadFiles('or')} file` },
        };
    const withProject = transforms.some((transform) => transform.meta.needsProject);
    return { bytes, skipped: undefined, input: await stdinInput({ bytes, filePath, cwd: io.cwd, withProject, ignore: options.ignore }) };
}
/**
 * What `apply --stdin-filepath` prints: the bytes apply would write (same encoding, BOM and line
 * endings), the input bytes when the file does not change or is skipped, nothing when it failed.
 */
export function stdinApplyOutput(result, bytes) {
    const [file] = result.files;
    if (file === undefined || file.status === 'failed')
        return Buffer.alloc(0);
    if (file.status === 'changed' && file.change !== undefined)
        return encodeSource(file.change.source, file.change.newText);
    return bytes;
}
