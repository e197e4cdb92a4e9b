import type { FileSurroundings } from '../engine/transform-source.js';
import type { ProjectFileText } from '../engine/transform.js';
import type { SourceInput } from './source-input.js';
/**
 * The *.csproj files in the folder of `absolutePath` when it is an App.config or *.exe.config,
 * read from disk (also for `check --staged`: a project file is rarely staged with its config).
 * A project that cannot be read or decoded is left out: the config transform then sees no
 * project, and changes nothing.
 */
export declare function surroundingsOf(absolutePath: string, displayPath: string): Promise<FileSurroundings>;
/**
 * The project files of a project folder (its *.csproj, App.config and *.exe.config), for the
 * project index: the text of an input of the run when the file is one (so `--staged` judges the
 * staged content), else read from disk. `displayFolder` is the folder as the run's paths spell it
 * ('' or ending in '/'). Unreadable, undecodable or oversized files are left out.
 */
export declare function projectFolderFiles(folder: string, displayFolder: string, inputs: ReadonlyMap<string, SourceInput>, maxBytes: number): Promise<ProjectFileText[]>;
