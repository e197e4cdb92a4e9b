import { type Language, type LanguageId } from './language.js';
export type { FileKind, Language, LanguageId } from './language.js';
/** Every language, in the order of the table. */
export declare function allLanguages(): readonly Language[];
/**
 * Adds a language to the table for this process (a test's throwaway language, say). Its id and
 * file kinds must be new. Worker threads load the table afresh, so they do not see it.
 */
export declare function registerLanguage(language: Language): () => void;
/** The language of `path`, or undefined for files the engine does not read. */
export declare function languageForPath(path: string): Language | undefined;
/** The language of `path`; throws for a file type the engine does not read. */
export declare function languageForPathOrThrow(path: string): Language;
/** Whether the engine reads files named like `path`. */
export declare function isReadFile(path: string): boolean;
/** The languages a transform handles: `meta.languages`, or the default when it names none. */
export declare function languagesOf(meta: {
    readonly languages?: readonly LanguageId[];
}): readonly LanguageId[];
