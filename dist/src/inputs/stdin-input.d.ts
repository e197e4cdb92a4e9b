import type { IgnoreRules } from './ignore-rules.js';
import type { SourceInput } from './source-input.js';
/** Reads a stream to its end, bytes untouched. */
export declare function readAll(stream: NodeJS.ReadableStream): Promise<Buffer>;
export interface StdinFile {
    readonly bytes: Buffer;
    /** P as given, relative to `cwd` or absolute. */
    readonly filePath: string;
    readonly cwd: string;
    /** Also index the other C# files of P's project on disk (a transform reads project context). */
    readonly withProject: boolean;
    readonly ignore: IgnoreRules | undefined;
}
/** The input for the stdin bytes, with the rest of its project on disk as its peers when asked. */
export declare function stdinInput(file: StdinFile): Promise<SourceInput>;
