/** A short, user-facing description of a file-system error. */
export declare function describeFsError(thrown: unknown): string;
