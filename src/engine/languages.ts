// The languages the engine reads, chosen by file name: C# for *.cs, XML for MSBuild C# projects
// (*.csproj) and application configuration files (App.config, <program>.exe.config). Each
// language brings its parser, the nodes its region guard checks, its lexical guard and any
// check of the file as a whole (XML: the encoding its prolog declares).
import type { TextEdit } from './edits.js';
import { lexicalProblem } from './lexical-guard.js';
import { parseCSharp, type SyntaxTree } from './parse-csharp.js';
import { parseXml } from './parse-xml.js';
import type { SourceText } from './source-text.js';
import { xmlEncodingProblem } from './xml-prolog.js';
import { xmlLexicalProblem } from './xml-lexical-guard.js';
import { xmlDocumentProblem } from './xml-well-formed.js';

/** A language id, as transforms name it in `meta.languages`. */
export type LanguageId = 'csharp' | 'xml';

export const LANGUAGE_IDS: readonly LanguageId[] = ['csharp', 'xml'];

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
  /**
   * For a language whose files are worthless when broken (XML: MSBuild refuses a malformed
   * project), why the document is broken: every such file is then parsed when a transform of the
   * language runs, whether or not one needs it, and a broken one is an error.
   */
  readonly documentProblem?: (tree: SyntaxTree) => { message: string; start: number; end: number } | undefined;
}

const CSHARP: Language = {
  id: 'csharp',
  parse: parseCSharp,
  regionTypes: new Set([
    'method_declaration',
    'constructor_declaration',
    'destructor_declaration',
    'property_declaration',
    'indexer_declaration',
    'event_declaration',
    'event_field_declaration',
    'field_declaration',
    'operator_declaration',
    'conversion_operator_declaration',
    'delegate_declaration',
    'enum_declaration',
    'class_declaration',
    'struct_declaration',
    'interface_declaration',
    'record_declaration',
    'namespace_declaration',
    'file_scoped_namespace_declaration',
    'using_directive',
    'compilation_unit',
  ]),
  lexicalProblem,
  fileProblem: () => undefined,
};

const XML: Language = {
  id: 'xml',
  parse: parseXml,
  // The whole document: MSBuild and the .NET configuration system refuse to load an XML file that
  // is not well-formed anywhere, so no edit is made in one (and the tree around a broken sibling
  // may not mean what the transform assumed).
  regionTypes: new Set(['document']),
  lexicalProblem: xmlLexicalProblem,
  fileProblem: xmlEncodingProblem,
  documentProblem: xmlDocumentProblem,
};

const LANGUAGES: Readonly<Record<LanguageId, Language>> = { csharp: CSHARP, xml: XML };

/**
 * Which kind of XML file a path names, by its file name (case-insensitive, as on Windows):
 * `msbuild-project` for *.csproj, `app-config` for App.config and *.exe.config. web.config is not
 * read: a web application's runtime is set by IIS and <compilation targetFramework>, which the
 * UCMA documents do not cover, and UCMA applications are services and console or Windows programs.
 */
export function xmlFileKind(path: string): 'msbuild-project' | 'app-config' | undefined {
  const name = (path.split(/[\\/]/).pop() ?? '').toLowerCase();
  if (name.endsWith('.csproj')) return 'msbuild-project';
  if (name === 'app.config' || (name.endsWith('.exe.config') && name.length > '.exe.config'.length)) return 'app-config';
  return undefined;
}

/** The language of a file the engine reads, or undefined for names it does not read. */
export function languageIdOfPath(path: string): LanguageId | undefined {
  if (path.toLowerCase().endsWith('.cs')) return 'csharp';
  return xmlFileKind(path) === undefined ? undefined : 'xml';
}

/** The language for `path`; any name the engine does not know is read as C#, as before XML existed. */
export function languageForPath(path: string): Language {
  return LANGUAGES[languageIdOfPath(path) ?? 'csharp'];
}

export function languageById(id: LanguageId): Language {
  return LANGUAGES[id];
}

/** The languages a transform handles: `meta.languages`, or C# when it names none. */
export function languagesOf(meta: { readonly languages?: readonly LanguageId[] }): readonly LanguageId[] {
  return meta.languages ?? ['csharp'];
}

/** True when files of `language` are parsed whole in a run of `transforms`: it has a document check and one of them reads it. */
export function checksWholeDocument(
  language: Language,
  transforms: readonly { readonly meta: { readonly languages?: readonly LanguageId[] } }[],
): boolean {
  return language.documentProblem !== undefined && transforms.some((t) => languagesOf(t.meta).includes(language.id));
}
