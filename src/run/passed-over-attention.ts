// A file the run passes over (a symbolic link, over the size limit) cannot be judged. When a
// selected transform watches its name, or its bytes hold one of a transform's `requires` strings,
// "nothing to do" would be a guess: the file gets a warning that names it, so no command exits 0.
import { basename } from 'node:path';
import { languageIdOfPath, languagesOf } from '../engine/languages.js';
import type { Transform } from '../engine/transform.js';
import { effectiveSeverity, isOff, type SeverityPolicy } from '../engine/severity.js';
import type { ContentProbe } from '../inputs/source-input.js';
import type { FileResult, ReportedDiagnostic } from './run-result.js';

/**
 * `file` (status `skipped`) with a warning per transform that would have had work in it, or
 * `file` itself. Only transforms of the file's language count.
 */
export async function withAttention(
  file: FileResult,
  transforms: readonly Transform[],
  severities?: SeverityPolicy,
  probe?: ContentProbe,
): Promise<FileResult> {
  if (file.status !== 'skipped') return file;
  const language = languageIdOfPath(file.path) ?? 'csharp';
  const name = basename(file.path).toLowerCase();
  const warnings: ReportedDiagnostic[] = [];
  for (const transform of transforms) {
    const { meta } = transform;
    if (!languagesOf(meta).includes(language) || isOff(severities, meta.id)) continue;
    let why: string | undefined;
    if (meta.watchFileNames?.some((watched) => watched.toLowerCase() === name)) {
      why = `${meta.id} looks at files named ${basename(file.path)}`;
    } else if (probe && meta.requires && meta.requires.length > 0 && (await probe(meta.requires))) {
      why = `it contains text that ${meta.id} looks for (${meta.requires.map((needle) => `"${needle}"`).join(' or ')})`;
    }
    if (why === undefined) continue;
    warnings.push({
      origin: meta.id,
      severity: effectiveSeverity(severities, meta.id, undefined, 'warning'),
      message: `passed over (${file.reason ?? 'skipped'}), but ${why}: it may still need a change that this run could neither make nor check; look at it by hand or include it in the run`,
      start: { offset: 0, line: 1, column: 1 },
      end: { offset: 0, line: 1, column: 1 },
    });
  }
  return warnings.length === 0 ? file : { ...file, diagnostics: [...file.diagnostics, ...warnings] };
}
