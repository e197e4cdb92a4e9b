// The files a run processes: discover-files for plain paths, glob arguments expanded (quoted globs
// such as 'src/**/*.cs', for shells that do not expand `**`), then ignore rules applied to what was
// found by walking folders or globs. A file named explicitly is processed even when ignored, as a
// folder named explicitly is walked even when it is called bin or obj.
import { existsSync, lstatSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { compareCodePoints, discoverFiles, toDisplayPath, type Discovery, type FoundFile } from './discover-files.js';
import { globToRegExp, type IgnoreRules } from './ignore-rules.js';

const GLOB_CHARACTERS = /[*?[]/;

/** True for an argument that is a glob rather than a path on disk. */
function isGlobArgument(argument: string, cwd: string): boolean {
  return GLOB_CHARACTERS.test(argument) && !existsSync(resolve(cwd, argument));
}

function isDirectory(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

export async function selectFiles(paths: readonly string[], cwd: string, ignore: IgnoreRules | undefined): Promise<Discovery> {
  const plain = paths.filter((path) => !isGlobArgument(path, cwd));
  const globs = paths.filter((path) => isGlobArgument(path, cwd));
  const explicitFiles = new Set((plain.length > 0 || globs.length > 0 ? plain : ['.']).map((path) => resolve(cwd, path)));
  const discoveries: Discovery[] = [];
  if (plain.length > 0 || globs.length === 0) discoveries.push(await discoverFiles(plain, cwd));
  const errors = [];
  for (const glob of globs) {
    const normalized = glob.replace(/\\/g, '/').replace(/^\.\//, '');
    const segments = normalized.split('/');
    const firstGlob = segments.findIndex((segment) => GLOB_CHARACTERS.test(segment));
    const base = segments.slice(0, firstGlob).join('/') || '.';
    const found = await discoverFiles([base], cwd);
    const pattern = globToRegExp(resolve(cwd, normalized).replace(/\\/g, '/'), true);
    const files = found.files.filter((file) => pattern.test(file.absolutePath.replace(/\\/g, '/')));
    if (files.length === 0) errors.push({ displayPath: glob, reason: 'no file to process matches this pattern' });
    discoveries.push({ files, skipped: found.skipped, errors: found.errors });
  }
  const byPath = new Map<string, FoundFile>();
  for (const discovery of discoveries) for (const file of discovery.files) byPath.set(file.absolutePath, file);
  const files = [...byPath.values()]
    .filter((file) => explicitFiles.has(file.absolutePath) || !ignore?.ignores(file.absolutePath))
    .sort((a, b) => compareCodePoints(a.displayPath, b.displayPath));
  // A folder that holds no file to process at all is almost always a typo or the wrong folder: say so
  // (exit 2) rather than report "0 files" and pass.
  for (const given of plain.length > 0 ? plain : globs.length > 0 ? [] : ['.']) {
    const folder = resolve(cwd, given);
    const display = toDisplayPath(folder, cwd);
    const alreadyReported = discoveries.some((d) => [...d.skipped, ...d.errors].some((passed) => passed.displayPath === display));
    if (
      !alreadyReported &&
      explicitFiles.has(folder) &&
      isDirectory(folder) &&
      !files.some((file) => file.absolutePath.startsWith(folder.endsWith(sep) ? folder : `${folder}${sep}`))
    ) {
      errors.push({
        displayPath: display,
        reason: 'no file to process in this folder (bin/, obj/, node_modules/, git-ignored and ignored files are left out)',
      });
    }
  }
  return {
    files,
    skipped: discoveries.flatMap((d) => d.skipped),
    errors: [...discoveries.flatMap((d) => d.errors), ...errors],
  };
}
