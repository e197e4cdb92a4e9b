import { type OutputFormat } from './output-format.js';
export interface FileStat {
    /** The path as git prints it (quoted when it holds special bytes). */
    readonly name: string;
    readonly added: number;
    readonly deleted: number;
}
/** Added and deleted lines of one file's patch (header lines are not counted). */
export declare function countPatchLines(patch: Buffer): {
    added: number;
    deleted: number;
};
/** The diffstat lines for these files, as `git diff --stat` prints them (empty for no file). */
export declare function formatDiffstat(files: readonly FileStat[], width?: number): string;
export declare const statFormat: OutputFormat;
