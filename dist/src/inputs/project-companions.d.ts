import type { FileSurroundings } from '../engine/transform-source.js';
/**
 * The *.csproj files in the folder of `absolutePath` when it is an App.config or *.exe.config,
 * read from disk (also for `check --staged`: a project file is rarely staged with its config).
 * A project that cannot be read or decoded is left out: the config transform then sees no
 * project, and changes nothing.
 */
export declare function surroundingsOf(absolutePath: string, displayPath: string): Promise<FileSurroundings>;
