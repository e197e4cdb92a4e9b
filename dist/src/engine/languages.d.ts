import type { TextEdit } from './edits.js';
import { type SyntaxTree } from './parse-csharp.js';
import type { SourceText } from './source-text.js';
/** A language id, as transforms name it in `meta.languages`. */
export type LanguageId = 'csharp' | 'xml';
export declare const LANGUAGE_IDS: readonly LanguageId[];
/** What the engine needs to know about a language. */
export interface Language {
    readonly id: LanguageId;
    parse(text: string): SyntaxTree;
    /** Node types an edit is checked against: the smallest one enclosing it must parse. */
    readonly regionTypes: ReadonlySet<string>;
    /** Why an edit is unsafe below the level of the grammar, or undefined. */
    lexicalProblem(text: string, tree: SyntaxTree, edit: TextEdit): string | undefined;
    /** Why the file as a whole may not be edited, or undefined. */
    fileProblem(tree: SyntaxTree, source: Pick<SourceText, 'encoding'>): string | undefined;
}
/**
 * Which kind of XML file a path names, by its file name (case-insensitive, as on Windows):
 * `msbuild-project` for *.csproj, `app-config` for App.config and *.exe.config. web.config is not
 * read: a web application's runtime is set by IIS and <compilation targetFramework>, which the
 * UCMA documents do not cover, and UCMA applications are services and console or Windows programs.
 */
export declare function xmlFileKind(path: string): 'msbuild-project' | 'app-config' | undefined;
/** The language of a file the engine reads, or undefined for names it does not read. */
export declare function languageIdOfPath(path: string): LanguageId | undefined;
/** The language for `path`; any name the engine does not know is read as C#, as before XML existed. */
export declare function languageForPath(path: string): Language;
export declare function languageById(id: LanguageId): Language;
/** The languages a transform handles: `meta.languages`, or C# when it names none. */
export declare function languagesOf(meta: {
    readonly languages?: readonly LanguageId[];
}): readonly LanguageId[];
