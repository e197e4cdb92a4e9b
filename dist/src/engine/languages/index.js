// The table of languages the engine reads: every question about a file's type (is it read? which
// parser? which guards? which transforms see it?) and every list of file types the user sees
// (help, messages, the fix hint, the hook definitions; see file-patterns.ts) is answered here.
import { csharp } from './csharp/index.js';
import { isOfKind } from './language.js';
import { xml } from './xml/index.js';
const LANGUAGES = [csharp, xml];
/** The language of transforms that name none in `meta.languages`: the tool began with C# only. */
const DEFAULT_TRANSFORM_LANGUAGE = csharp.id;
/** Every language, in the order of the table. */
export function allLanguages() {
    return LANGUAGES;
}
/**
 * Adds a language to the table for this process (a test's throwaway language, say). Its id and
 * file kinds must be new. Worker threads load the table afresh, so they do not see it.
 */
export function registerLanguage(language) {
    if (LANGUAGES.some((known) => known.id === language.id))
        throw new Error(`a language with id "${language.id}" is already registered`);
    const kinds = new Set(LANGUAGES.flatMap((known) => known.fileKinds.map((kind) => kind.id)));
    const taken = language.fileKinds.find((kind) => kinds.has(kind.id));
    if (taken)
        throw new Error(`a file kind with id "${taken.id}" is already registered`);
    LANGUAGES.push(language);
    return () => {
        const at = LANGUAGES.indexOf(language);
        if (at !== -1)
            LANGUAGES.splice(at, 1);
    };
}
/** The language and file kind of `path` (by its file name), or undefined for files the engine does not read. */
function fileTypeOfPath(path) {
    const name = path.split(/[\\/]/).pop() ?? '';
    for (const language of LANGUAGES) {
        const kind = language.fileKinds.find((candidate) => isOfKind(candidate, name));
        if (kind)
            return { language, kind };
    }
    return undefined;
}
/** The language of `path`, or undefined for files the engine does not read. */
export function languageForPath(path) {
    return fileTypeOfPath(path)?.language;
}
/** The language of `path`; throws for a file type the engine does not read. */
export function languageForPathOrThrow(path) {
    const language = languageForPath(path);
    if (language === undefined)
        throw new Error(`${path} is not a file type ucma-codemod reads`);
    return language;
}
/** Whether the engine reads files named like `path`. */
export function isReadFile(path) {
    return fileTypeOfPath(path) !== undefined;
}
/** The languages a transform handles: `meta.languages`, or the default when it names none. */
export function languagesOf(meta) {
    return meta.languages ?? [DEFAULT_TRANSFORM_LANGUAGE];
}
