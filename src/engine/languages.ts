// The languages the engine reads, chosen by file name: C# for *.cs, XML for MSBuild C# projects
// (*.csproj) and application configuration files (App.config, <program>.exe.config). Each
// language brings its parser, the nodes its region guard checks, its lexical guard and any
// check of the file as a whole (XML: the encoding its prolog declares).
import type { TextEdit } from './edits.js';
import { lexicalProblem } from './lexical-guard.js';
import { parseCSharp, type SyntaxNode, type SyntaxTree } from './parse-csharp.js';
import { csharpMemberPath, xmlElementPath } from './member-path.js';
import { parseXml } from './parse-xml.js';
import type { SourceText } from './source-text.js';
import { CSHARP_SUPPRESSION_SYNTAX, XML_SUPPRESSION_SYNTAX, type SuppressionSyntax } from './suppression-syntax.js';
import { xmlEncodingProblem } from './xml-prolog.js';
import { xmlLexicalProblem } from './xml-lexical-guard.js';

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
  /** How a suppression comment is written in the language. */
  readonly suppressionSyntax: SuppressionSyntax;
  /** The enclosing member of a node, for fingerprints (see member-path.ts). */
  memberPath(node: SyntaxNode): string;
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
  suppressionSyntax: CSHARP_SUPPRESSION_SYNTAX,
  memberPath: csharpMemberPath,
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
  suppressionSyntax: XML_SUPPRESSION_SYNTAX,
  memberPath: xmlElementPath,
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
