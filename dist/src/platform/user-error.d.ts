export interface UserErrorFields {
    /** What is wrong, in words, without the path. */
    readonly reason: string;
    /** The file or directory the problem is about, shown before the reason. */
    readonly path?: string;
    /** What to do next, printed on its own line. */
    readonly hint?: string;
    /** Lines of detail printed below the error (e.g. type errors of a transform file). */
    readonly details?: readonly string[];
    /** The process exit status; 2 unless said otherwise. */
    readonly exitCode?: number;
}
export declare class UserError extends Error {
    readonly reason: string;
    readonly path: string | undefined;
    readonly hint: string | undefined;
    readonly details: readonly string[];
    readonly exitCode: number;
    constructor(fields: UserErrorFields);
}
/** The text the CLI prints for a user error: `ucma-codemod: <path> <reason>`, details, hint. */
export declare function formatUserError(error: UserError): string;
