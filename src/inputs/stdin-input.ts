// `--stdin-filepath P` (prettier's and ESLint's habit, for editors): one input whose bytes come from
// stdin and that is taken as the file at P: P gives its language, its display and patch path, and
// where its project is looked up on disk. The file at P itself is never read or written.
import { lstatSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { languageForPath } from '../engine/languages/index.js';
import { toDisplayPath } from './discover-files.js';
import type { IgnoreRules } from './ignore-rules.js';
import { selectFiles } from './select-files.js';
import { diskInput, type SourceInput } from './source-input.js';

/** Reads a stream to its end, bytes untouched. */
export async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
  return Buffer.concat(chunks);
}

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
export async function stdinInput(file: StdinFile): Promise<SourceInput> {
  const absolutePath = resolve(file.cwd, file.filePath);
  const displayPath = toDisplayPath(absolutePath, file.cwd);
  const mode = gitModeOf(absolutePath);
  const projectPeers =
    file.withProject && languageForPath(absolutePath)?.declarations !== undefined
      ? await projectFilesBeside(absolutePath, file.cwd, file.ignore)
      : [];
  return {
    absolutePath,
    displayPath,
    projectPeers,
    probe: async (needles) => needles.some((needle) => file.bytes.includes(Buffer.from(needle, 'utf8'))),
    read: async (maxBytes) => (file.bytes.length > maxBytes ? { oversize: file.bytes.length } : { bytes: file.bytes, mode }),
  };
}

/** The mode git records for the file at P (its execute bit), 100644 when there is none. */
function gitModeOf(absolutePath: string): string {
  try {
    const stats = lstatSync(absolutePath);
    return stats.isFile() && stats.mode & 0o100 ? '100755' : '100644';
  } catch {
    return '100644';
  }
}

/**
 * The other files of P's project as disk inputs: everything a run over the project folder (the
 * nearest folder above P with a .csproj) would process, P left out. None when P is in no project.
 */
async function projectFilesBeside(absolutePath: string, cwd: string, ignore: IgnoreRules | undefined): Promise<SourceInput[]> {
  const folder = projectFolderOf(absolutePath);
  if (folder === undefined) return [];
  const discovery = await selectFiles([folder], cwd, ignore);
  return discovery.files
    .filter((found) => found.absolutePath !== absolutePath)
    .map((found) => diskInput(found.absolutePath, found.displayPath));
}

function projectFolderOf(file: string): string | undefined {
  for (let folder = dirname(file); ; folder = dirname(folder)) {
    try {
      if (readdirSync(folder).some((name) => name.toLowerCase().endsWith('.csproj'))) return folder;
    } catch {
      // A folder that cannot be listed holds no project we can read.
    }
    if (dirname(folder) === folder) return undefined;
  }
}
