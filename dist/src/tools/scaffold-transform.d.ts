export interface ScaffoldResult {
    /** `repository`: inside ucma-codemod itself; `project`: a user's project. */
    readonly mode: 'repository' | 'project';
    /** Created or edited files, relative to the project root, with forward slashes. */
    readonly created: string[];
    readonly registered: string | undefined;
}
/** True when `root` is this repository (its transforms/ registry is there). */
export declare function isToolRepository(root: string): boolean;
/** Creates the files for transform `id` under `root`; refuses an invalid or existing id before writing anything. */
export declare function scaffoldTransform(id: string, root: string): Promise<ScaffoldResult>;
