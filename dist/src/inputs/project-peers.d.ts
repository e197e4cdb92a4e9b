import type { IgnoreRules } from './ignore-rules.js';
import { type SourceInput } from './source-input.js';
export interface ProjectPeerOptions {
    readonly cwd: string;
    readonly ignore: IgnoreRules | undefined;
    /**
     * Folders the run walked whole: a project folder inside one of them needs no second walk (its
     * files are already inputs). Empty for a run on files or on the staged files.
     */
    readonly walkedFolders?: readonly string[];
}
/** The folders a run on `paths` walks whole: the directories among them (the working directory when none is given). */
export declare function walkedFoldersOf(paths: readonly string[], cwd: string): string[];
/** A project: its folder, and the files it compiles (absolute paths) or `folder` when it compiles its whole folder. */
export interface ProjectFiles {
    readonly folder: string;
    readonly files: readonly string[] | 'folder';
}
/**
 * The inputs, the first C# input of each project carrying the project's other files as
 * `projectPeers` (read from the work tree), and each input that a project compiles besides its own
 * (a linked file, a file of a project nested in an SDK-style one) marked with that project, whose
 * index then holds it.
 */
export declare function withProjectPeers(inputs: readonly SourceInput[], options: ProjectPeerOptions): Promise<SourceInput[]>;
/** The C# files of the project in `folder` that are not among `given`, as disk inputs. */
export declare function projectPeers(folder: string, given: ReadonlySet<string>, options: ProjectPeerOptions, finder?: ProjectFinder): Promise<SourceInput[]>;
/**
 * Finds project folders (each folder listed once) and reads what their project files compile:
 * never through a link below the deepest folder a project shares with `cwd`, never from a FIFO or
 * device, never past a size limit (a checkout may plant any of them).
 */
export declare class ProjectFinder {
    private readonly cwd;
    private readonly projectFiles;
    private readonly compiled;
    constructor(cwd: string);
    /** The nearest folder above `file` that holds a .csproj, or undefined. */
    projectFolderOf(file: string): Promise<string | undefined>;
    /** The files the project in `folder` compiles (read once per folder). */
    filesOf(folder: string): Promise<ProjectFiles>;
    private readFilesOf;
    private projectFilesIn;
}
