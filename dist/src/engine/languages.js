import { lexicalProblem } from './lexical-guard.js';
import { parseCSharp } from './parse-csharp.js';
import { parseXml } from './parse-xml.js';
import { xmlEncodingProblem } from './xml-prolog.js';
import { xmlLexicalProblem } from './xml-lexical-guard.js';
export const LANGUAGE_IDS = ['csharp', 'xml'];
const CSHARP = {
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
const XML = {
    id: 'xml',
    parse: parseXml,
    // The whole document: MSBuild and the .NET configuration system refuse to load an XML file that
    // is not well-formed anywhere, so no edit is made in one (and the tree around a broken sibling
    // may not mean what the transform assumed).
    regionTypes: new Set(['document']),
    lexicalProblem: xmlLexicalProblem,
    fileProblem: xmlEncodingProblem,
};
const LANGUAGES = { csharp: CSHARP, xml: XML };
/**
 * Which kind of XML file a path names, by its file name (case-insensitive, as on Windows):
 * `msbuild-project` for *.csproj, `app-config` for App.config and *.exe.config. web.config is not
 * read: a web application's runtime is set by IIS and <compilation targetFramework>, which the
 * UCMA documents do not cover, and UCMA applications are services and console or Windows programs.
 */
export function xmlFileKind(path) {
    const name = (path.split(/[\\/]/).pop() ?? '').toLowerCase();
    if (name.endsWith('.csproj'))
        return 'msbuild-project';
    if (name === 'app.config' || (name.endsWith('.exe.config') && name.length > '.exe.config'.length))
        return 'app-config';
    return undefined;
}
/** The language of a file the engine reads, or undefined for names it does not read. */
export function languageIdOfPath(path) {
    if (path.toLowerCase().endsWith('.cs'))
        return 'csharp';
    return xmlFileKind(path) === undefined ? undefined : 'xml';
}
/** The language for `path`; any name the engine does not know is read as C#, as before XML existed. */
export function languageForPath(path) {
    return LANGUAGES[languageIdOfPath(path) ?? 'csharp'];
}
export function languageById(id) {
    return LANGUAGES[id];
}
/** The languages a transform handles: `meta.languages`, or C# when it names none. */
export function languagesOf(meta) {
    return meta.languages ?? ['csharp'];
}
