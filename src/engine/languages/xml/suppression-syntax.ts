// How XML (MSBuild projects, configuration files) writes a suppression comment:
// `<!-- ucma-codemod-disable-next-line <ids>: <reason> -->`. ESLint's `--` cannot be used: the XML
// specification forbids `--` inside a comment, and MSBuild refuses to load such a project, so the
// reason follows a colon (and the `--` form is reported with how to write it).
import { SUPPRESSION_DIRECTIVE, type SuppressionSyntax } from '../suppression-syntax.js';

/** `<!-- ... -->` on one line. */
export const xmlSuppressionSyntax: SuppressionSyntax = {
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
