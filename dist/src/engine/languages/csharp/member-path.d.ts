import type { SyntaxNode } from '../tree-sitter-core.js';
/** The C# path of `node`: its containers' names and its member (with parameter types), dot-separated; `` at file level. */
export declare function csharpMemberPath(node: SyntaxNode): string;
