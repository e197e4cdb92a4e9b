/** The word that starts a suppression comment. */
export declare const SUPPRESSION_DIRECTIVE = "ucma-codemod-disable-next-line";
/** One language's way of writing a suppression comment. */
export interface SuppressionSyntax {
    /** The tree-sitter node type of a comment. */
    readonly commentType: string;
    /** The text between the comment's markers when it is a one-line comment of an accepted form, else undefined. */
    body(commentText: string): string | undefined;
    /** What separates the names from the reason. */
    readonly separator: string;
    /** The comment as a person would write it (for messages, and the line an editor inserts with an empty reason). */
    example(names: string, reason: string): string;
    /** Text that breaks a comment of the language, and why, for the message about a directive that did not parse. */
    readonly forbidden?: {
        readonly text: string;
        readonly why: string;
    };
}
