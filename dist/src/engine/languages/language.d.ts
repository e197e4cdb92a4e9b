import type { TextEdit } from '../edits.js';
import type { FileDeclarations } from '../project-index.js';
import type { SourceText } from '../source-text.js';
import type { SuppressionSyntax } from './suppression-syntax.js';
import type { SyntaxErrorSite, SyntaxNode, SyntaxTree } from './tree-sitter-core.js';
/** A language id, as transforms name it in `meta.languages`. */
export type LanguageId = string;
/**
 * One kind of file a language reads, matched by its name alone, case-insensitively (UCMA code
 * comes from Windows, where App.config and APP.CONFIG are one file).
 */
export interface FileKind {
    /** Kebab-case id, unique across languages (`msbuild-project`). */
    readonly id: string;
    /** Plural noun phrase for messages and help (`MSBuild C# projects`). */
    readonly description: string;
    /** A name ending in one of these, with at least one character before it (`.csproj`). */
    readonly extensions?: readonly string[];
    /** Whole file names (`App.config`). */
    readonly fileNames?: readonly string[];
}
/** What the engine needs to know about a language. */
export interface Language {
    readonly id: LanguageId;
    /** Its name for people (`C#`). */
    readonly name: string;
    /** The files it reads; every list of file types the tool shows is made from these. */
    readonly fileKinds: readonly FileKind[];
    /** Parses text; with `editedTree` (told about the edits by tree.edit()) only what changed is re-parsed. */
    parse(text: string, editedTree?: SyntaxTree): SyntaxTree;
    /** Node types an edit is checked against: the smallest one enclosing it must parse. */
    readonly regionTypes: ReadonlySet<string>;
    /** The syntax errors under `node` that make code around an edit unreliable. */
    syntaxErrorsIn(node: SyntaxNode): SyntaxErrorSite[];
    /** Why an edit is unsafe below the level of the grammar, or undefined. */
    lexicalProblem(text: string, tree: SyntaxTree, edit: TextEdit): string | undefined;
    /** Why the file as a whole may not be edited, or undefined. */
    fileProblem(tree: SyntaxTree, source: Pick<SourceText, 'encoding'>): string | undefined;
    /**
     * For a language whose files are worthless when broken (XML: MSBuild refuses a malformed
     * project), why the document is broken: every such file is then parsed when a transform of the
     * language runs, whether or not one needs it, and a broken one is an error.
     */
    readonly documentProblem?: (tree: SyntaxTree) => {
        message: string;
        start: number;
        end: number;
    } | undefined;
    /**
     * How its files write a `ucma-codemod-disable-next-line` comment, when the engine reads them
     * there (the comment node, the markers, the separator before the reason); absent: none are read.
     */
    readonly suppressionComments?: SuppressionSyntax;
    /**
     * The enclosing member of a node in words that survive edits elsewhere (C#: namespaces, types
     * and member; XML: the elements around it): part of a finding's fingerprint (finding-anchor.ts).
     */
    memberPath(node: SyntaxNode): string;
    /** The declarations a project index holds, for languages whose files declare types. */
    readonly declarations?: (path: string, text: string) => FileDeclarations;
}
/** Whether `fileName` (no folders) is of `kind`. */
export declare function isOfKind(kind: FileKind, fileName: string): boolean;
