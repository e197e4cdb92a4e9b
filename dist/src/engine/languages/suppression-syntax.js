// What every language's suppression comment shares: the directive word, and the shape of a
// language's way of writing one (`ucma-codemod-disable-next-line <ids> <separator> <reason>`
// inside its comment markers). Each language folder that reads them gives its own (csharp/,
// xml/); the engine (suppressions.ts) and the editor's "suppress" action read it from the table.
/** The word that starts a suppression comment. */
export const SUPPRESSION_DIRECTIVE = 'ucma-codemod-disable-next-line';
