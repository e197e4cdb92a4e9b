// The pre-pass for transforms that need project context: group the inputs by project (the nearest
// folder with a .csproj, else the run's root) and index each project's declarations once, when the
// run first reaches one of its files. The trees parsed for the index are handed to the main pass,
// so each file is parsed once, and only one project's trees wait in memory at a time (inputs come
// in path order, so a project's files are together).
import { readdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseCSharp, type SyntaxTree } from '../engine/parse-csharp.js';
import { collectDeclarations, ProjectIndex, type FileDeclarations } from '../engine/project-index.js';
import { decodeSource } from '../engine/source-text.js';
import type { Transform } from '../engine/transform.js';
import type { FileContext } from '../engine/transform-source.js';
import type { SourceInput } from '../inputs/source-input.js';

/** Project context for each input of a run. */
export interface ProjectContexts {
  /** The input's project index (built on first use) and the tree parsed for it, if any. */
  contextFor(input: SourceInput): Promise<FileContext>;
}

/**
 * Prepares project context when some transform sets `meta.needsProject`; otherwise returns
 * undefined without reading anything. Only projects with at least one file that such a transform
 * will see (its `requires` matches) are ever parsed. Unreadable or undecodable files are left out
 * of the index: the main pass reports them.
 */
export async function indexProjects(inputs: readonly SourceInput[], transforms: readonly Transform[], maxBytes: number): Promise<ProjectContexts | undefined> {
  const needing = transforms.filter((t) => t.meta.needsProject);
  if (needing.length === 0) return undefined;
  const folders = new ProjectFolders();
  const members = new Map<string, SourceInput[]>();
  const projectOf = new Map<SourceInput, string>();
  const wanted = new Set<string>();
  for (const input of inputs) {
    const project = await folders.projectOf(input.absolutePath);
    projectOf.set(input, project);
    members.set(project, [...(members.get(project) ?? []), input]);
    if (wanted.has(project)) continue;
    const text = await readText(input, maxBytes);
    if (text !== undefined && needing.some((t) => t.meta.requires === undefined || t.meta.requires.some((needle) => text.includes(needle)))) wanted.add(project);
  }
  // Texts are read again when a project is indexed, so they are never all held at once.
  return new LazyProjects(projectOf, members, wanted, maxBytes);
}

class LazyProjects implements ProjectContexts {
  private readonly indexes = new Map<string, Promise<ProjectIndex>>();
  private readonly trees = new Map<SourceInput, { text: string; tree: SyntaxTree }>();

  constructor(
    private readonly projectOf: ReadonlyMap<SourceInput, string>,
    private readonly members: ReadonlyMap<string, readonly SourceInput[]>,
    private readonly wanted: ReadonlySet<string>,
    private readonly maxBytes: number,
  ) {}

  async contextFor(input: SourceInput): Promise<FileContext> {
    const project = this.projectOf.get(input);
    if (project === undefined || !this.wanted.has(project)) return {};
    let building = this.indexes.get(project);
    if (!building) {
      building = this.build(project);
      this.indexes.set(project, building);
    }
    const index = await building;
    const parsed = this.trees.get(input);
    this.trees.delete(input);
    return parsed ? { project: index, parsed } : { project: index };
  }

  private async build(project: string): Promise<ProjectIndex> {
    const files: FileDeclarations[] = [];
    for (const input of this.members.get(project) ?? []) {
      const text = await readText(input, this.maxBytes);
      if (text === undefined) continue;
      const tree = parseCSharp(text);
      this.trees.set(input, { text, tree });
      files.push(collectDeclarations(input.displayPath, tree));
    }
    return new ProjectIndex(files, project);
  }
}

async function readText(input: SourceInput, maxBytes: number): Promise<string | undefined> {
  try {
    const read = await input.read(maxBytes);
    return 'oversize' in read ? undefined : decodeSource(read.bytes).text;
  } catch {
    return undefined;
  }
}

/** Finds the nearest folder holding a .csproj, reading each folder once. '' means the run's root. */
class ProjectFolders {
  private readonly hasProjectFile = new Map<string, Promise<boolean>>();

  async projectOf(file: string): Promise<string> {
    for (let folder = dirname(file); ; folder = dirname(folder)) {
      if (await this.holdsProject(folder)) return folder;
      if (dirname(folder) === folder) return '';
    }
  }

  private holdsProject(folder: string): Promise<boolean> {
    let answer = this.hasProjectFile.get(folder);
    if (!answer) {
      answer = readdir(folder).then(
        (names) => names.some((name) => name.toLowerCase().endsWith('.csproj')),
        () => false,
      );
      this.hasProjectFile.set(folder, answer);
    }
    return answer;
  }
}
