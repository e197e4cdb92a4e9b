// The C# language: *.cs files, parsed by tree-sitter-c-sharp, guarded per declaration, with
// suppression comments (`// ... -- reason`), member paths for fingerprints and the declarations a
// project index holds.
import { readDeclarations } from '../../project-index.js';
import { lexicalProblem } from './lexical-guard.js';
import { findLiveSyntaxErrors } from './live-syntax-errors.js';
import { csharpMemberPath } from './member-path.js';
import { parseCSharp, reparseCSharp } from './parse.js';
import { csharpSuppressionSyntax } from './suppression-syntax.js';
export const csharp = {
    id: 'csharp',
    name: 'C#',
    fileKinds: [{ id: 'csharp-source', description: 'C# source files', extensions: ['.cs'] }],
    parse: (text, editedTree) => (editedTree ? reparseCSharp(text, editedTree) : parseCSharp(text)),
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
    // Text under #if false need not be C#: its errors do not make the code around an edit unreliable.
    syntaxErrorsIn: findLiveSyntaxErrors,
    lexicalProblem,
    fileProblem: () => undefined,
    suppressionComments: csharpSuppressionSyntax,
    memberPath: csharpMemberPath,
    declarations: readDeclarations,
};
