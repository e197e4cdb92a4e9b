// The table of languages the engine reads: every question about a file's type (is it read? which
// parser? which guards? which transforms see it?) and every list of file types the user sees
// (help, messages, the fix hint, the hook definitions; see file-patterns.ts) is answered here.
import { csharp } from './csharp/index.js';
import { isOfKind, type FileKind, type Language, type LanguageId } from './language.js';
import { xml } from './xml/index.js';

export type { FileKind, Language, LanguageId } from './language.js';

const LANGUAGES: Language[] = [csharp, xml];

/** The language of transforms that name none in `meta.languages`: the tool began with C# only. */
const DEFAULT_TRANSFORM_LANGUAGE: LanguageId = csharp.id;

/** Every language, in the order of the table. */
export function allLanguages(): readonly Language[] {
  return LANGUAGES;
}

/**
 * Adds a language to the table for this process (a test's throwaway language, say). Its id and
 * file kinds must be new. Worker threads load the table afresh, so they do not see it.
 */
export function registerLanguage(language: Language): () => void {
  if (LANGUAGES.some((known) => known.id === language.id)) throw new Error(`a language with id "${language.id}" is already registered`);
  const kinds = new Set(LANGUAGES.flatMap((known) => known.fileKinds.map((kind) => kind.id)));
  const taken = language.fileKinds.find((kind) => kinds.has(kind.id));
  if (taken) throw new Error(`a file kind with id "${taken.id}" is already registered`);
  LANGUAGES.push(language);
  return () => {
    const at = LANGUAGES.indexOf(language);
    if (at !== -1) LANGUAGES.splice(at, 1);
  };
}

/** The language and file kind of `path` (by its file name), or undefined for files the engine does not read. */
function fileTypeOfPath(path: string): { readonly language: Language; readonly kind: FileKind } | undefined {
  const name = path.split(/[\\/]/).pop() ?? '';
  for (const language of LANGUAGES) {
    const kind = language.fileKinds.find((candidate) => isOfKind(candidate, name));
    if (kind) return { language, kind };
  }
  return undefined;
}

/** The language of `path`, or undefined for files the engine does not read. */
export function languageForPath(path: string): Language | undefined {
  return fileTypeOfPath(path)?.language;
}

/** The language of `path`; throws for a file type the engine does not read. */
export function languageForPathOrThrow(path: string): Language {
  const language = languageForPath(path);
  if (language === undefined) throw new Error(`${path} is not a file type ucma-codemod reads`);
  return language;
}

/** Whether the engine reads files named like `path`. */
export function isReadFile(path: string): boolean {
  return fileTypeOfPath(path) !== undefined;
}

/** The languages a transform handles: `meta.languages`, or the default when it names none. */
export function languagesOf(meta: { readonly languages?: readonly LanguageId[] }): readonly LanguageId[] {
  return meta.languages ?? [DEFAULT_TRANSFORM_LANGUAGE];
}
