// How a language writes a suppression comment (`ucma-codemod-disable-next-line <ids> <sep> <reason>`):
// the comment node, the text inside its markers, and the separator before the reason. C# uses
// ESLint's `--`; XML cannot (the XML specification forbids `--` inside a comment, and MSBuild
// refuses to load such a project), so there the reason follows a colon.

/** The word that starts a suppression comment. */
export const SUPPRESSION_DIRECTIVE = 'ucma-codemod-disable-next-line';

/** One language's way of writing a suppression comment. */
export interface SuppressionSyntax {
  /** The tree-sitter node type of a comment. */
  readonly commentType: string;
  /** The text between the comment's markers when it is a one-line comment of an accepted form, else undefined. */
  body(commentText: string): string | undefined;
  /** What separates the names from the reason. */
  readonly separator: string;
  /** The comment as a person would write it, for messages. */
  example(names: string, reason: string): string;
  /** Text that breaks a comment of the language, and why, for the message about a directive that did not parse. */
  readonly forbidden?: { readonly text: string; readonly why: string };
}

/** `// ...` (not `///` documentation) or a one-line `/* ... *\/`. */
export const CSHARP_SUPPRESSION_SYNTAX: SuppressionSyntax = {
  commentType: 'comment',
  body(commentText) {
    if (/[\r\n]/.test(commentText)) return undefined;
    const match = /^(?:\/\/(?!\/)|\/\*)(.*?)(?:\*\/)?$/s.exec(commentText);
    return match?.[1];
  },
  separator: '--',
  example: (names, reason) => `// ${SUPPRESSION_DIRECTIVE} ${names} -- ${reason}`,
};

/** `<!-- ... -->` on one line. */
export const XML_SUPPRESSION_SYNTAX: SuppressionSyntax = {
  commentType: 'Comment',
  body(commentText) {
    if (/[\r\n]/.test(commentText)) return undefined;
    const match = /^<!--(.*)-->$/s.exec(commentText);
    return match?.[1];
  },
  separator: ':',
  example: (names, reason) => `<!-- ${SUPPRESSION_DIRECTIVE} ${names}: ${reason} -->`,
  forbidden: {
    text: '--',
    why: 'XML forbids "--" inside a comment, and MSBuild refuses to load a project that has one; in XML the reason follows a colon',
  },
};
