// One rule for "which transforms does this file need", asked of a file's bytes (the byte
// pre-filter, before anything is decoded), of its text (transformSource) or, for a file the run
// passed over, of a probe that streams its bytes. A transform needs a file of one of its
// languages that holds one of its `requires` strings and, unless the file's project is indexed,
// one of its `projectRequires` strings; a file whose language reads suppression comments and that
// holds one is judged even when no transform needs it; a file of a language with a document check
// (XML) is parsed whole whenever a transform of its language runs, so a broken one is an error.
import { languageForPath, languagesOf } from './languages/index.js';
import { SUPPRESSION_DIRECTIVE } from './languages/suppression-syntax.js';
import type { Transform, TransformMeta } from './transform.js';

/** Answers whether the file holds a string, as a search of its decoded text would. */
export type ContainsText = (needle: string) => boolean;

/** What the engine must do with a file. */
export interface FileNeeds {
  /** The transforms that must see it, in the given order. */
  readonly transforms: readonly Transform[];
  /** It may hold a suppression comment, which is judged even when no transform runs. */
  readonly suppressions: boolean;
  /** It is parsed whole although no transform may need it: its language checks documents (Language.documentProblem) and a transform of it runs. */
  readonly wholeDocument: boolean;
}

/** The transforms `path` needs, and whether it may hold a suppression comment. */
export function fileNeeds(path: string, contains: ContainsText, transforms: readonly Transform[], hasProject: boolean): FileNeeds {
  const language = languageForPath(path);
  if (language === undefined) return { transforms: [], suppressions: false, wholeDocument: false };
  return {
    transforms: transforms.filter(
      (transform) =>
        languagesOf(transform.meta).includes(language.id) &&
        needleGroups(transform.meta, hasProject).every((group) => group.some((needle) => contains(needle))),
    ),
    suppressions: language.suppressionComments !== undefined && contains(SUPPRESSION_DIRECTIVE),
    wholeDocument: language.documentProblem !== undefined && transforms.some((t) => languagesOf(t.meta).includes(language.id)),
  };
}

/** Whether the file must be decoded and parsed at all. */
export function needsParsing(needs: FileNeeds): boolean {
  return needs.transforms.length > 0 || needs.suppressions || needs.wholeDocument;
}

/**
 * The transforms of `path`'s language that may have had work in a file the run passed over (a
 * link, over the size limit): those that watch its name, and those whose `requires` strings the
 * probe finds. `projectRequires` is not asked (the file's project was never read), and a
 * transform without `requires` reads every file, so its bytes cannot say this one matters.
 */
export async function transformsWithWorkIn(
  path: string,
  probe: ((needles: readonly string[]) => Promise<boolean>) | undefined,
  transforms: readonly Transform[],
): Promise<{ readonly transform: Transform; readonly why: 'name' | 'text' }[]> {
  const language = languageForPath(path);
  if (language === undefined) return [];
  const name = (path.split(/[\\/]/).pop() ?? '').toLowerCase();
  const found: { transform: Transform; why: 'name' | 'text' }[] = [];
  for (const transform of transforms) {
    const { meta } = transform;
    if (!languagesOf(meta).includes(language.id)) continue;
    if (meta.watchFileNames?.some((watched) => watched.toLowerCase() === name)) found.push({ transform, why: 'name' });
    else if (probe && meta.requires && meta.requires.length > 0 && (await probe(meta.requires))) found.push({ transform, why: 'text' });
  }
  return found;
}

/** Each group must be found (one of its strings); projectRequires first: one needle, and where it is missing the many of `requires` are not searched. */
function needleGroups(meta: TransformMeta, hasProject: boolean): (readonly string[])[] {
  const groups: (readonly string[])[] = [];
  if (!hasProject && meta.projectRequires !== undefined) groups.push(meta.projectRequires);
  if (meta.requires !== undefined) groups.push(meta.requires);
  return groups;
}
