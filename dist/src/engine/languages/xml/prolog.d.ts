import type { SyntaxTree } from '../tree-sitter-core.js';
import type { SourceText } from '../../source-text.js';
/**
 * Why the file cannot be edited safely, or undefined. Files are edited only as UTF-8: a file with
 * no declaration is UTF-8 by the XML rules; a declaration of any other encoding (windows-1252,
 * utf-16, ...) is refused rather than guessed at, and so are bytes that contradict a UTF-8 declaration.
 */
export declare function xmlEncodingProblem(tree: SyntaxTree, source: Pick<SourceText, 'encoding'>): string | undefined;
