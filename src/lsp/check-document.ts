// Checks one editor buffer the way `check --stdin-filepath P` does: the text is taken as the file
// at P (its language, its project's other files on disk as peers, the project file beside an
// App.config) and goes through the same input and run, so the editor shows the CLI's findings.
import { stdinInput } from '../inputs/stdin-input.js';
import { runCodemod } from '../run/run-codemod.js';
import type { FileResult } from '../run/run-result.js';
import type { WorkspaceSettings } from './workspace-settings.js';

/**
 * The run's record of the buffer `text` taken as the file at `absolutePath`, paths shown relative
 * to `root`. The text is encoded as UTF-8 without a BOM: editors hand over text with the BOM
 * removed, and UTF-8 gives back exactly that text, so every offset is an offset into it.
 */
export async function checkDocument(text: string, absolutePath: string, root: string, settings: WorkspaceSettings): Promise<FileResult> {
  const bytes = Buffer.from(text, 'utf8');
  const withProject = settings.transforms.some((transform) => transform.meta.needsProject);
  const input = await stdinInput({ bytes, filePath: absolutePath, cwd: root, withProject, ignore: settings.ignore });
  const result = await runCodemod({
    inputs: [input],
    transforms: settings.transforms,
    transformOptions: settings.transformOptions,
    maxFileSize: settings.maxFileSize,
    knownTransformIds: settings.knownTransformIds,
    // As the CLI: a rule set to `error` is an Error in the editor, one set to `off` is not run.
    ...(settings.severities === undefined ? {} : { severities: settings.severities }),
    write: false,
    // The editor's product is edits, not a patch: a file outside the workspace folder is still checked.
    patches: false,
  });
  const [file] = result.files;
  if (file === undefined) throw new Error(`the run returned no record for ${absolutePath}`);
  return file;
}
