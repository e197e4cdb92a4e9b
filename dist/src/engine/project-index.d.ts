import type { SyntaxTree } from './languages/tree-sitter-core.js';
import { type NameScope, type TypeName } from './type-names.js';
export type DeclaredMemberKind = 'field' | 'property' | 'method' | 'event' | 'enum-member' | 'constructor';
/** A member as declared: its type (for a method, its return type) and where that type is looked up. */
export interface DeclaredMember {
    readonly name: string;
    readonly kind: DeclaredMemberKind;
    readonly type?: TypeName;
    readonly scope: NameScope;
    readonly path: string;
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
    readonly kind: 'class' | 'struct' | 'interface' | 'record' | 'enum';
    readonly typeParameters: readonly string[];
    readonly bases: readonly DeclaredBase[];
    readonly members: ReadonlyMap<string, readonly DeclaredMember[]>;
    readonly paths: readonly string[];
}
/** The declarations of one file, before merging. */
export interface FileDeclarations {
    readonly path: string;
    readonly types: readonly DeclaredType[];
    readonly namespaces: readonly string[];
}
/** Read-only facts about the declarations of every file of one project. */
export declare class ProjectIndex {
    readonly files: readonly FileDeclarations[];
    readonly root: string;
    private readonly typesByName;
    private readonly namespaceNames;
    private readonly filePaths;
    /**
     * Merges the declarations of the files (partial types become one). `files` is kept as given:
     * it is plain data, so a worker thread can build the same index from it.
     */
    constructor(files: readonly FileDeclarations[], root?: string);
    /** The project type with this full name (`Ns.Outer.Inner`), or undefined. */
    type(fullName: string): DeclaredType | undefined;
    /** True when some file of the project declares this namespace (or a namespace inside it). */
    hasNamespace(name: string): boolean;
    /** True when the file was indexed. */
    hasFile(path: string): boolean;
    /** Every declared type, for tools and tests. */
    get types(): readonly DeclaredType[];
}
/**
 * The declarations of one file's text, read from its skeleton (member bodies blanked: a fraction
 * of the parsing work), or from the whole text when the skeleton cannot be made or does not parse
 * cleanly.
 */
export declare function readDeclarations(path: string, text: string): FileDeclarations;
/** The types and namespaces declared in one parsed file. */
export declare function collectDeclarations(path: string, tree: SyntaxTree): FileDeclarations;
