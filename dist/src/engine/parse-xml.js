// Parses XML (MSBuild projects, App.config) with the tree-sitter XML grammar, through the same
// tree-sitter core as C#, so XML trees have the same node API and the same string offsets.
import XmlGrammars from '@tree-sitter-grammars/tree-sitter-xml/bindings/node/index.js';
import { TreeSitter } from './parse-csharp.js';
/** The tree-sitter language object for XML, for queries. */
export const xmlLanguage = XmlGrammars.xml;
let sharedParser;
/** Parses XML text; offsets are JavaScript string offsets into `text`, as for C#. */
export function parseXml(text) {
    if (!sharedParser) {
        sharedParser = new TreeSitter();
        sharedParser.setLanguage(xmlLanguage);
    }
    const bufferSize = Math.max(32 * 1024, Math.min(text.length + 1, 4 * 1024 * 1024));
    return sharedParser.parse(text, null, { bufferSize });
}
