/** One static import or re-export specifier: where its text sits in the file, and what it says. */
export interface ImportSpecifier {
    readonly start: number;
    readonly end: number;
    readonly specifier: string;
}
/** A JavaScript file of the transform with its static import specifiers, in file order. */
export interface JavaScriptFile {
    readonly path: string;
    readonly text: string;
    readonly imports: readonly ImportSpecifier[];
}
/**
 * The entry file and every local JavaScript file it imports (relative specifiers, transitively),
 * or undefined when the graph needs the TypeScript-based loader.
 */
export declare function javascriptTransformFiles(entry: string): Promise<JavaScriptFile[] | undefined>;
