import type { SyntaxTree } from './languages/tree-sitter-core.js';
import { type NameScope, type TypeName } from './type-names.js';
/** `indexer` members are named `this[]`. */
export type DeclaredMemberKind = 'field' | 'property' | 'method' | 'event' | 'enum-member' | 'constructor' | 'indexer';
/** The name under which a type's indexers are listed among its members. */
export declare const INDEXER_NAME = "this[]";
/** A parameter as declared: its type when written (a lambda's may not be), and its modifier. */
export interface DeclaredParameter {
    readonly name: string;
    readonly type?: TypeName;
    readonly modifier?: 'out' | 'ref' | 'in' | 'params' | 'this';
    /** It has a default value, so a call may leave it out. */
    readonly optional?: boolean;
}
/** A project file (*.csproj, App.config, *.exe.config) as text. */
export interface ProjectFileText {
    /** Relative to the working directory, with forward slashes. */
    readonly path: string;
    readonly text: string;
}
/** A member as declared: its type (for a method, its return type) and where that type is looked up. */
export interface DeclaredMember {
    readonly name: string;
    readonly kind: DeclaredMemberKind;
    readonly type?: TypeName;
    readonly scope: NameScope;
    readonly path: string;
    /** Methods, constructors, indexers and delegates' Invoke: the parameters. */
    readonly parameters?: readonly DeclaredParameter[];
    /** A method's own type parameters. */
    readonly typeParameters?: readonly string[];
    readonly isStatic?: boolean;
    /** A method whose first parameter is `this T` (an extension method). */
    readonly isExtension?: boolean;
}
/** A written base type with the scope it is looked up in. */
export interface DeclaredBase {
    readonly type: TypeName;
    readonly scope: NameScope;
}
/** A type declared in the project (partial declarations merged). */
export interface DeclaredType {
    readonly fullName: string;
    readonly name: string;
    readonly kind: 'class' | 'struct' | 'interface' | 'record' | 'enum' | 'delegate';
    /** A `static class` (where extension methods live). */
    readonly isStatic?: boolean;
    readonly typeParameters: readonly string[];
    readonly bases: readonly DeclaredBase[];
    readonly members: ReadonlyMap<string, readonly DeclaredMember[]>;
    readonly paths: readonly string[];
}
/** `global using` directives of a file: they apply to every file of the project. */
export interface GlobalUsings {
    readonly usings: readonly string[];
    readonly aliases: ReadonlyArray<readonly [string, TypeName]>;
    readonly staticUsings: readonly TypeName[];
}
/** The declarations of one file, before merging. */
export interface FileDeclarations {
    readonly path: string;
    readonly types: readonly DeclaredType[];
    readonly namespaces: readonly string[];
    readonly globalUsings?: GlobalUsings;
    /**
     * The names written left of `+=` anywhere in the file's code, member bodies included (event
     * subscriptions such as `ProvisioningFailed`); see lexical-facts. Absent when not read.
     */
    readonly plusAssigned?: readonly string[];
}
/** Read-only facts about the declarations of every file of one project. */
export declare class ProjectIndex {
    readonly files: readonly FileDeclarations[];
    readonly root: string;
    readonly projectFiles: readonly ProjectFileText[];
    private readonly typesByName;
    private readonly namespaceNames;
    private readonly filePaths;
    private readonly extensions;
    /** The `global using` directives of all the project's files together. */
    readonly globalUsings: GlobalUsings;
    private readonly plusAssignedNames;
    /**
     * Merges the declarations of the files (partial types become one). `files` is kept as given:
     * it is plain data, so a worker thread can build the same index from it, and so are
     * `projectFiles`: the texts of the project's own *.csproj, App.config and *.exe.config (in the
     * project's folder), for facts such as its output type or its appSettings.
     */
    constructor(files: readonly FileDeclarations[], root?: string, projectFiles?: readonly ProjectFileText[]);
    /** The extension methods named `name` that the project declares, with the static classes that hold them. */
    extensionMethods(name: string): ReadonlyArray<{
        readonly owner: DeclaredType;
        readonly member: DeclaredMember;
    }>;
    /** The project type with this full name (`Ns.Outer.Inner`), or undefined. */
    type(fullName: string): DeclaredType | undefined;
    /** True when some file of the project declares this namespace (or a namespace inside it). */
    hasNamespace(name: string): boolean;
    /** True when the file was indexed. */
    hasFile(path: string): boolean;
    /**
     * True when some file of the project writes `<name> +=` in its code (`ProvisioningFailed +=`
     * subscribes to the event). Only files read with their facts count (see readDeclarations).
     */
    hasPlusAssigned(name: string): boolean;
    /** Every declared type, for tools and tests. */
    get types(): readonly DeclaredType[];
}
/**
 * The declarations of one file's text, read from its skeleton (member bodies blanked: a fraction
 * of the parsing work), or from the whole text when the skeleton cannot be made or does not parse
 * cleanly.
 */
export declare function readDeclarations(path: string, text: string): FileDeclarations;
/** The types and namespaces declared in one parsed file, and the facts its code shows (see FileDeclarations). */
export declare function collectDeclarations(path: string, tree: SyntaxTree): FileDeclarations;
