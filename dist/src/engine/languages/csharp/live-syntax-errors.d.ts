import { type SyntaxErrorSite, type SyntaxNode } from '../tree-sitter-core.js';
/** findSyntaxErrors(node) without the ERROR and MISSING nodes inside a disabled `#if`/`#elif`/`#else` branch. */
export declare function findLiveSyntaxErrors(node: SyntaxNode): SyntaxErrorSite[];
