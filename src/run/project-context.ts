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
 * undefined without reading anything. Only projects with at least one file that such a transform
 * will see (its `requires` matches) are parsed. Unreadable or undecodable files are left out here:
 * the main pass reports them.
 */
export async function indexProjects(inputs: readonly SourceInput[], transforms: readonly Transform[], maxBytes: number): Promise<ProjectLookup | undefined> {
  const needing = transforms.filter((t) => t.meta.needsProject);
  if (needing.length === 0) return undefined;
  const folders = new ProjectFolders();
  const projectOf = new Map<SourceInput, string>();
  const wanted = new Set<string>();
  for (const input of inputs) {
    const project = await folders.projectOf(input.absolutePath);
    projectOf.set(input, project);
    if (wanted.has(project)) continue;
    const text = await readText(input, maxBytes);
    if (text !== undefined && needing.some((t) => t.meta.requires === undefined || t.meta.requires.some((needle) => text.includes(needle)))) wanted.add(project);
  }
  const byProject = new Map<string, FileDeclarations[]>();
  for (const input of inputs) {
    const project = projectOf.get(input)!;
    if (!wanted.has(project)) continue;
    const text = await readText(input, maxBytes);
    if (text === undefined) continue;
    const list = byProject.get(project) ?? [];
    list.push(collectDeclarations(input.displayPath, parseCSharp(text)));
    byProject.set(project, list);
  }
  const indexes = new Map<string, ProjectIndex>();
  for (const [project, files] of byProject) indexes.set(project, new ProjectIndex(files, project));
  return (input) => indexes.get(projectOf.get(input) ?? '');
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
