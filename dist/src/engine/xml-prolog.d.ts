import type { SyntaxTree } from './parse-csharp.js';
import type { SourceText } from './source-text.js';
/** The encoding named in the XML declaration, or undefined when the file has no declaration or no encoding in it. */
export declare function declaredXmlEncoding(tree: SyntaxTree): string | undefined;
/**
 * Why the file cannot be edited safely, or undefined. Files are edited only as UTF-8: a file with
 * no declaration is UTF-8 by the XML rules; a declaration of any other encoding (windows-1252,
 * utf-16, ...) is refused rather than guessed at, and so are bytes that contradict a UTF-8 declaration.
 */
export declare function xmlEncodingProblem(tree: SyntaxTree, source: Pick<SourceText, 'encoding'>): string | undefined;
