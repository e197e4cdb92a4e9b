import { findSyntaxErrors } from '../tree-sitter-core.js';
import { XML_DIALECTS } from './dialects.js';
import { xmlElementPath } from './element-path.js';
import { xmlLexicalProblem } from './lexical-guard.js';
import { parseXml } from './parse.js';
import { xmlEncodingProblem } from './prolog.js';
import { xmlDocumentProblem } from './well-formed.js';
import { xmlSuppressionSyntax } from './suppression-syntax.js';
export const xml = {
    id: 'xml',
    name: 'XML',
    fileKinds: XML_DIALECTS,
    parse: parseXml,
    // The whole document: MSBuild and the .NET configuration system refuse to load an XML file that
    // is not well-formed anywhere, so no edit is made in one (and the tree around a broken sibling
    // may not mean what the transform assumed).
    regionTypes: new Set(['document']),
    syntaxErrorsIn: (node) => findSyntaxErrors(node),
    lexicalProblem: xmlLexicalProblem,
    fileProblem: xmlEncodingProblem,
    documentProblem: xmlDocumentProblem,
    suppressionComments: xmlSuppressionSyntax,
    memberPath: xmlElementPath,
};
