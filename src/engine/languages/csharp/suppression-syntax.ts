// How C# writes a suppression comment: `// ucma-codemod-disable-next-line <ids> -- <reason>`
// (ESLint's form), or the same inside a one-line `/* ... */`.
import { SUPPRESSION_DIRECTIVE, type SuppressionSyntax } from '../suppression-syntax.js';

/** `// ...` (not `///` documentation) or a one-line `/* ... *\/`. */
export const csharpSuppressionSyntax: SuppressionSyntax = {
  commentType: 'comment',
  body(commentText) {
    if (/[\r\n]/.test(commentText)) return undefined;
    const match = /^(?:\/\/(?!\/)|\/\*)(.*?)(?:\*\/)?$/s.exec(commentText);
    return match?.[1];
  },
  separator: '--',
  example: (names, reason) => `// ${SUPPRESSION_DIRECTIVE} ${names} -- ${reason}`,
};
