// The projects that a run's C# files belong to, and the rest of their files as peers: indexed for
// project context (declarations of other parts of a partial class, base classes, extension
// methods), never processed or reported. A project is the nearest folder above a file that holds
// a .csproj; its files are the <Compile Include> items of its project files, or every .cs file under
// the folder when a project file lists none (SDK-style projects compile the folder by default).
import { lstatSync } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { languageForPath } from '../engine/languages/index.js';
import { decodeSource } from '../engine/source-text.js';
import { readFileBelow } from '../platform/no-follow.js';
import { toDisplayPath } from './discover-files.js';
import { selectFiles } from './select-files.js';
import { diskInput } from './source-input.js';
/** The folders a run on `paths` walks whole: the directories among them (the working directory when none is given). */
export function walkedFoldersOf(paths, cwd) {
    if (paths.length === 0)
        return [cwd];
    return paths.map((path) => resolve(cwd, path)).filter((path) => isDirectory(path));
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
 * The inputs, the first C# input of each project carrying the project's other files as
 * `projectPeers` (read from the work tree), and each input that a project compiles besides its own
 * (a linked file, a file of a project nested in an SDK-style one) marked with that project, whose
 * index then holds it.
 */
export async function withProjectPeers(inputs, options) {
    const finder = new ProjectFinder(options.cwd);
    const given = new Set(inputs.map((input) => input.absolutePath));
    const homes = await Promise.all(inputs.map((input) => (isCSharp(input) ? finder.projectFolderOf(input.absolutePath) : Promise.resolve(undefined))));
    const firstOfProject = new Map();
    for (const [index, input] of inputs.entries()) {
        // A project file given on its own names its project too: a project may compile only linked files.
        const folder = isCSharp(input) ? homes[index] : isProjectFile(input) ? dirname(input.absolutePath) : undefined;
        if (folder !== undefined && !firstOfProject.has(folder))
            firstOfProject.set(folder, index);
    }
    const result = [...inputs];
    // Projects are read in parallel: most of the time goes to reading and parsing project files.
    const found = await Promise.all([...firstOfProject].map(async ([folder, index]) => ({
        folder,
        index,
        compiles: await finder.filesOf(folder),
        peers: await projectPeers(folder, given, options, finder),
    })));
    for (const { index, peers } of found) {
        if (peers.length === 0)
            continue;
        const input = result[index];
        result[index] = { ...input, projectPeers: [...(input.projectPeers ?? []), ...peers] };
    }
    const compilers = compilersOf(found.map(({ compiles }) => compiles));
    for (const [index, input] of result.entries()) {
        if (!isCSharp(input))
            continue;
        const others = compilers(input.absolutePath).filter((folder) => folder !== homes[index]);
        if (others.length > 0)
            result[index] = { ...input, alsoCompiledBy: others };
    }
    return result;
}
function isCSharp(input) {
    return languageForPath(input.displayPath)?.id === 'csharp';
}
function isProjectFile(input) {
    return input.absolutePath.toLowerCase().endsWith('.csproj');
}
/** The folders of the projects that compile a file: those listing it, and those compiling a folder above it whole. */
function compilersOf(projects) {
    const listing = new Map();
    const whole = new Set();
    for (const { folder, files } of projects) {
        if (files === 'folder')
            whole.add(folder);
        else
            for (const file of files)
                listing.set(file, [...(listing.get(file) ?? []), folder]);
    }
    return (file) => {
        const folders = [...(listing.get(file) ?? [])];
        for (let folder = dirname(file);; folder = dirname(folder)) {
            if (whole.has(folder))
                folders.push(folder);
            if (dirname(folder) === folder)
                return folders;
        }
    };
}
/** The C# files of the project in `folder` that are not among `given`, as disk inputs. */
export async function projectPeers(folder, given, options, finder = new ProjectFinder(options.cwd)) {
    const project = await finder.filesOf(folder);
    let files;
    if (project.files === 'folder') {
        const walked = (options.walkedFolders ?? []).some((walkedFolder) => isInside(folder, resolve(options.cwd, walkedFolder)));
        if (walked)
            return [];
        const discovery = await selectFiles([folder], options.cwd, options.ignore);
        files = discovery.files.filter((f) => languageForPath(f.absolutePath)?.id === 'csharp').map((f) => f.absolutePath);
    }
    else {
        const candidates = project.files.filter((file) => !given.has(file));
        const regular = await Promise.all(candidates.map(isRegularFile));
        files = candidates.filter((_file, index) => regular[index]);
    }
    return files
        .filter((file) => !given.has(file))
        .map((file) => ({ ...diskInput(file, toDisplayPath(file, options.cwd), options.cwd), projectRoot: folder }));
}
/** Largest project file read for its Compile items (a real one is a few KiB; a bigger one compiles its folder). */
const MAX_PROJECT_FILE_BYTES = 4 * 1024 * 1024;
/**
 * Finds project folders (each folder listed once) and reads what their project files compile:
 * never through a link below the deepest folder a project shares with `cwd`, never from a FIFO or
 * device, never past a size limit (a checkout may plant any of them).
 */
export class ProjectFinder {
    cwd;
    projectFiles = new Map();
    compiled = new Map();
    constructor(cwd) {
        this.cwd = cwd;
    }
    /** The nearest folder above `file` that holds a .csproj, or undefined. */
    async projectFolderOf(file) {
        for (let folder = dirname(file);; folder = dirname(folder)) {
            if ((await this.projectFilesIn(folder)).length > 0)
                return folder;
            if (dirname(folder) === folder)
                return undefined;
        }
    }
    /** The files the project in `folder` compiles (read once per folder). */
    filesOf(folder) {
        let files = this.compiled.get(folder);
        if (!files) {
            files = this.readFilesOf(folder);
            this.compiled.set(folder, files);
        }
        return files;
    }
    async readFilesOf(folder) {
        const files = new Set();
        for (const projectFile of await this.projectFilesIn(folder)) {
            const items = compileItems(projectFile, this.cwd);
            // No items (SDK style, or unreadable): the project compiles its folder.
            if (items === undefined || items.length === 0 || items.some((item) => /[*?]/.test(item)))
                return { folder, files: 'folder' };
            for (const item of items)
                files.add(resolve(folder, item.replace(/\\/g, '/')));
        }
        return { folder, files: [...files].filter((f) => f.toLowerCase().endsWith('.cs')).sort() };
    }
    projectFilesIn(folder) {
        let found = this.projectFiles.get(folder);
        if (!found) {
            found = readdir(folder, { withFileTypes: true }).then((entries) => entries
                .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.csproj'))
                .map((e) => resolve(folder, e.name))
                .sort(), () => []);
            this.projectFiles.set(folder, found);
        }
        return found;
    }
}
/**
 * The Include values of a project file's <Compile> items; undefined when it cannot be read. A scan
 * of the text (comments removed) rather than an XML parse: a project file is read for every project
 * of a run, and only these attributes matter.
 */
function compileItems(projectFile, cwd) {
    let text;
    try {
        const read = readFileBelow(cwd, projectFile, MAX_PROJECT_FILE_BYTES);
        if ('oversize' in read)
            return undefined;
        text = decodeSource(read.bytes).text;
    }
    catch {
        return undefined;
    }
    const items = [];
    const live = text.replace(/<!--[\s\S]*?-->/g, '');
    for (const match of live.matchAll(/<Compile\b[^>]*?\bInclude\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        const value = decodeEntities(match[1] ?? match[2] ?? '');
        items.push(...value
            .split(';')
            .map((item) => item.trim())
            .filter((item) => item !== ''));
    }
    return items;
}
function decodeEntities(text) {
    return text.replace(/&(amp|lt|gt|quot|apos);/g, (_m, name) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name]);
}
function isInside(folder, parent) {
    return folder === parent || folder.startsWith(parent.endsWith(sep) ? parent : `${parent}${sep}`);
}
async function isRegularFile(path) {
    try {
        // lstat: a linked file is never read (as everywhere in the tool).
        return (await lstat(path)).isFile();
    }
    catch {
        return false;
    }
}
