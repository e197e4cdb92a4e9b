// The pre-pass for transforms that need project context: group the inputs by project (the nearest
// folder with a .csproj, else the run's root) and index each project's declarations once, when the
// run first reaches one of its files. Declarations are read by a FileDeclarer: in this thread, or
// in the worker threads, in parallel. Either way they come from a skeleton of each file (member
// bodies blanked), so the pre-pass costs a fraction of the main pass's parse.
import { readdir } from 'node:fs/promises';
import { dirname, posix, relative, sep } from 'node:path';
import { languageForPath } from '../engine/languages/index.js';
import { ProjectIndex } from '../engine/project-index.js';
import { mentions } from '../engine/byte-prefilter.js';
import { decodeBody, decodeSource, inspectBytes } from '../engine/source-text.js';
import { compareCodePoints } from '../inputs/discover-files.js';
import { projectFolderFiles } from '../inputs/project-companions.js';
import { noteParsedText } from './tree-memory.js';
import { noWorkWithoutProject } from './file-work.js';
/**
 * Prepares project context when some transform sets `meta.needsProject`; otherwise returns
 * undefined without reading anything. Only projects with at least one file that such a transform
 * will see (its `requires` matches) are ever parsed. Unreadable or undecodable files are left out
 * of the index: the main pass reports them.
 */
export async function indexProjects(inputs, transforms, maxBytes, declarer = declareInThisThread) {
    const needing = transforms.filter((t) => t.meta.needsProject);
    if (needing.length === 0)
        return undefined;
    // The index holds declarations: files of languages without them (XML) are neither indexed nor counted.
    // Peers (see SourceInput.projectPeers) are indexed like inputs but never processed.
    const known = new Set(inputs.map((input) => input.absolutePath));
    // Project files among the inputs are read from the run's bytes (the index, with --staged).
    const byPath = new Map(inputs.map((input) => [input.absolutePath, input]));
    // Projects other than its own whose index holds a file: they link it, or read it as a peer too.
    const alsoIn = new Map();
    const addProject = (path, project) => alsoIn.set(path, (alsoIn.get(path) ?? new Set()).add(project));
    for (const input of inputs)
        for (const project of input.alsoCompiledBy ?? [])
            addProject(input.absolutePath, project);
    const peers = [];
    for (const peer of inputs.flatMap((input) => input.projectPeers ?? [])) {
        if (!known.has(peer.absolutePath)) {
            known.add(peer.absolutePath);
            peers.push(peer);
        }
        else if (peer.projectRoot !== undefined)
            addProject(peer.absolutePath, peer.projectRoot);
    }
    const indexed = [...inputs, ...peers].filter((input) => languageForPath(input.displayPath)?.declarations !== undefined);
    // In path order, as a run over the whole project would index them.
    if (peers.length > 0)
        indexed.sort((a, b) => compareCodePoints(a.displayPath, b.displayPath));
    inputs = indexed;
    const folders = new ProjectFolders();
    const members = new Map();
    // Every project whose index holds the file: its own first.
    const projectsOf = new Map();
    // A project is indexed when one of its files passes a transform's `requires` and one (maybe
    // another) passes its `projectRequires`.
    const seen = new Map();
    // Inputs (not peers: they are not processed) whose bytes, read here, need no work without an index.
    const noWork = new Set();
    // Files read here that cannot declare any type an index of this run may hold: not read again for one.
    const anyIndex = typeFilterOf(needing);
    const declaresNone = new Set();
    let workAhead = false;
    const scan = async (input) => {
        const project = input.projectRoot ?? (await folders.projectOf(input.absolutePath));
        const projects = [project, ...[...(alsoIn.get(input.absolutePath) ?? [])].filter((other) => other !== project)];
        projectsOf.set(input, projects);
        const passes = projects.map((each) => {
            const both = seen.get(each) ?? { requires: new Set(), project: new Set() };
            seen.set(each, both);
            return both;
        });
        if (passes.every((both) => needing.every((t) => both.requires.has(t) && both.project.has(t))))
            return;
        // The bytes are searched, as the byte pre-filter does: nothing is decoded here.
        const inspected = await readInspected(input, maxBytes);
        if (inspected === undefined)
            return;
        if (!anyIndex.all && !mayDeclare(inspected, anyIndex))
            declaresNone.add(input);
        if (byPath.get(input.absolutePath) === input) {
            if (noWorkWithoutProject(input.displayPath, inspected, transforms))
                noWork.add(input);
            else if (!workAhead) {
                // The main pass will have work: threads that take a while to start can start meanwhile.
                workAhead = true;
                declarer.prepare?.();
            }
        }
        // What the projects already showed is not searched for again.
        for (const t of needing) {
            const lackRequires = passes.filter((both) => !both.requires.has(t));
            if (lackRequires.length > 0 && mentions(inspected, t.meta.requires))
                for (const both of lackRequires)
                    both.requires.add(t);
            const lackProject = passes.filter((both) => !both.project.has(t));
            if (lackProject.length > 0 && mentions(inspected, t.meta.projectRequires))
                for (const both of lackProject)
                    both.project.add(t);
        }
    };
    // A few reads at a time, so the scan does not wait on the disk file by file.
    for (let start = 0; start < inputs.length; start += SCAN_BATCH)
        await Promise.all(inputs.slice(start, start + SCAN_BATCH).map(scan));
    for (const input of inputs) {
        for (const project of projectsOf.get(input)) {
            const list = members.get(project);
            if (list)
                list.push(input);
            else
                members.set(project, [input]);
        }
    }
    // The projects some transform matters in, each with the type names its index must hold (all
    // types when one of those transforms names none).
    const wanted = new Map();
    for (const [project, both] of seen) {
        const matter = needing.filter((t) => both.requires.has(t) && both.project.has(t));
        if (matter.length > 0)
            wanted.set(project, typeFilterOf(matter));
    }
    // Texts are read again when a project is indexed, so they are never all held at once.
    return new LazyProjects(projectsOf, members, wanted, maxBytes, declarer, byPath, { noWork, declaresNone });
}
const ALL_TYPES = { all: true, key: '*' };
function typeFilterOf(transforms) {
    if (transforms.some((t) => t.meta.projectTypes === undefined))
        return ALL_TYPES;
    const names = [...new Set(transforms.flatMap((t) => t.meta.projectTypes.map((name) => name.replace(/^@/, ''))))].sort();
    return { all: false, names, declares: declaresAnyOf(names), key: names.join(',') };
}
/**
 * Text that can declare a type of one of `names`: `class|struct|interface|enum|record [class|struct]`
 * then the name (comments allowed between), or `delegate`, a return type and the name before `(`
 * or `<`. Each part starts with a different character, so nothing backtracks, and a delegate's
 * return type is looked at for 256 characters at most.
 */
function declaresAnyOf(names) {
    const name = String.raw `(?<![\p{L}\p{N}_])@?(?:${names.join('|')})(?![\p{L}\p{N}_])`;
    const keyword = (words) => String.raw `(?<![\p{L}\p{N}_@])(?:${words})(?![\p{L}\p{N}_])`;
    const space = String.raw `(?:\s|/\*(?:[^*]|\*(?!/))*\*/|//[^\n]*)+`;
    const type = `${keyword('class|struct|interface|enum|record')}(?:${space}${keyword('class|struct')})?${space}${name}`;
    const delegate = String.raw `${keyword('delegate')}[^;{}=]{1,256}?${name}\s*[<(]`;
    return new RegExp(`${type}|${delegate}`, 'u');
}
const SCAN_BATCH = 16;
/**
 * One file's declarations from its bytes, in whichever thread runs it (this one, or a worker);
 * undefined when the bytes do not decode (the main pass reports that).
 */
export function declarationsOfBytes(path, bytes, maxBytes = Infinity) {
    const declarations = languageForPath(path)?.declarations;
    if (declarations === undefined)
        return undefined;
    // Too big to parse within the memory budget: left out here, refused by the main pass.
    if (bytes.length > maxBytes)
        return undefined;
    let text;
    try {
        text = decodeSource(bytes).text;
    }
    catch {
        return undefined;
    }
    noteParsedText(text.length);
    return declarations(path, text);
}
const declareInThisThread = {
    declare: async (path, bytes) => declarationsOfBytes(path, bytes),
};
// Files of one project whose declarations are asked for at once (a worker pool spreads them).
const DECLARE_BATCH = 64;
class LazyProjects {
    projectsOf;
    members;
    wanted;
    maxBytes;
    declarer;
    inputsByPath;
    scanned;
    indexes = new Map();
    /** Declarations by filter and path: a file that several projects compile is parsed once. */
    declared = new Map();
    constructor(projectsOf, members, wanted, maxBytes, declarer, inputsByPath, scanned) {
        this.projectsOf = projectsOf;
        this.members = members;
        this.wanted = wanted;
        this.maxBytes = maxBytes;
        this.declarer = declarer;
        this.inputsByPath = inputsByPath;
        this.scanned = scanned;
    }
    settledBefore(input) {
        return this.scanned.noWork.has(input) && !this.wanted.has(this.ownProject(input));
    }
    async contextFor(input) {
        const project = this.ownProject(input);
        if (project === undefined || !this.wanted.has(project))
            return {};
        let building = this.indexes.get(project);
        if (!building) {
            building = this.build(project);
            this.indexes.set(project, building);
        }
        return { project: await building };
    }
    /**
     * The project a file is judged with: its own only. A file that other projects compile too is in
     * their indexes, but judging it with theirs would prove an edit in one compilation that another
     * breaks (a name each declares its own way, an alias, a partial class part).
     */
    ownProject(input) {
        return this.projectsOf.get(input)?.[0];
    }
    async build(project) {
        const files = [];
        const members = this.members.get(project) ?? [];
        const filter = this.wanted.get(project) ?? ALL_TYPES;
        for (let start = 0; start < members.length; start += DECLARE_BATCH) {
            const declared = await Promise.all(members.slice(start, start + DECLARE_BATCH).map((input) => this.declare(input, filter)));
            for (const file of declared)
                if (file !== undefined)
                    files.push(file);
        }
        return new ProjectIndex(files, project, await this.projectFiles(project, members));
    }
    /** The project folder's *.csproj, App.config and *.exe.config (none for the run's root). */
    async projectFiles(project, members) {
        // The folder as the run's paths spell it, from one of its files (one inside it, where there is one).
        const member = members.find((input) => input.absolutePath.startsWith(`${project}${sep}`)) ?? members[0];
        if (project === '' || member === undefined)
            return [];
        const up = relative(dirname(member.absolutePath), project).split(sep).join('/');
        const folder = posix.normalize(posix.join(posix.dirname(member.displayPath), up));
        const displayFolder = folder === '.' ? '' : `${folder.replace(/\/$/, '')}/`;
        return projectFolderFiles(project, displayFolder, this.inputsByPath, this.maxBytes);
    }
    declare(input, filter) {
        const key = `${filter.key}\0${input.absolutePath}`;
        let declaring = this.declared.get(key);
        if (!declaring) {
            declaring = this.declareOnce(input, filter);
            this.declared.set(key, declaring);
        }
        return declaring;
    }
    async declareOnce(input, filter) {
        if (!filter.all && this.scanned.declaresNone.has(input))
            return undefined;
        const bytes = await readBytes(input, this.maxBytes);
        if (bytes === undefined || !(filter.all || mayDeclare(bytes, filter)))
            return undefined;
        return this.declarer.declare(input.displayPath, bytes);
    }
}
/** Whether the file's text can declare one of the filter's types: its bytes are searched first, and only a file naming one is decoded. */
function mayDeclare(bytesOrInspected, filter) {
    try {
        const inspected = Buffer.isBuffer(bytesOrInspected) ? inspectBytes(bytesOrInspected) : bytesOrInspected;
        if (!mentions(inspected, filter.names))
            return false;
        return filter.declares.test(decodeBody(inspected));
    }
    catch {
        return false; // not text: the main pass reports it
    }
}
async function readBytes(input, maxBytes) {
    try {
        const read = await input.read(maxBytes);
        return 'oversize' in read ? undefined : read.bytes;
    }
    catch {
        return undefined;
    }
}
async function readInspected(input, maxBytes) {
    const bytes = await readBytes(input, maxBytes);
    if (bytes === undefined)
        return undefined;
    try {
        return inspectBytes(bytes);
    }
    catch {
        return undefined; // not text: the main pass reports it
    }
}
/** Finds the nearest folder holding a .csproj, reading each folder once. '' means the run's root. */
class ProjectFolders {
    hasProjectFile = new Map();
    async projectOf(file) {
        for (let folder = dirname(file);; folder = dirname(folder)) {
            if (await this.holdsProject(folder))
                return folder;
            if (dirname(folder) === folder)
                return '';
        }
    }
    holdsProject(folder) {
        let answer = this.hasProjectFile.get(folder);
        if (!answer) {
            answer = readdir(folder).then((names) => names.some((name) => name.toLowerCase().endsWith('.csproj')), () => false);
            this.hasProjectFile.set(folder, answer);
        }
        return answer;
    }
}
