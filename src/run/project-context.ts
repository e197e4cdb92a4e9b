// The pre-pass for transforms that need project context: index the declarations of every input,
// grouped by project (the nearest folder with a .csproj, else the run's root), once per run.
import { readdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseCSharp } from '../engine/parse-csharp.js';
import { collectDeclarations, ProjectIndex, type FileDeclarations } from '../engine/project-index.js';
import { decodeSource } from '../engine/source-text.js';
import type { Transform } from '../engine/transform.js';
import type { SourceInput } from '../inputs/source-input.js';

/** The project index of an input, or undefined when it has none. */
export type ProjectLookup = (input: SourceInput) => ProjectIndex | undefined;

/**
 * Indexes the inputs' projects when some transform sets `meta.needsProject`; otherwise returns
 * undefined without reading anything. Unreadable or undecodable files are left out here: the
 * main pass reports them.
 */
export async function indexProjects(inputs: readonly SourceInput[], transforms: readonly Transform[], maxBytes: number): Promise<ProjectLookup | undefined> {
  if (!transforms.some((t) => t.meta.needsProject)) return undefined;
  const folders = new ProjectFolders();
  const byProject = new Map<string, FileDeclarations[]>();
  const projectOf = new Map<SourceInput, string>();
  for (const input of inputs) {
    const project = await folders.projectOf(input.absolutePath);
    projectOf.set(input, project);
    const declarations = await readDeclarations(input, maxBytes);
    if (!declarations) continue;
    const list = byProject.get(project) ?? [];
    list.push(declarations);
    byProject.set(project, list);
  }
  const indexes = new Map<string, ProjectIndex>();
  for (const [project, files] of byProject) indexes.set(project, new ProjectIndex(files, project));
  return (input) => indexes.get(projectOf.get(input) ?? '');
}

async function readDeclarations(input: SourceInput, maxBytes: number): Promise<FileDeclarations | undefined> {
  try {
    const read = await input.read(maxBytes);
    if ('oversize' in read) return undefined;
    const { text } = decodeSource(read.bytes);
    return collectDeclarations(input.displayPath, parseCSharp(text));
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
