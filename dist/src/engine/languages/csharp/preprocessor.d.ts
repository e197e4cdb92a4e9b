import type { SyntaxNode } from '../tree-sitter-core.js';
/**
 * The value of a preprocessor condition built only from `true`, `false`, `!`, `&&`, `||`, `==`,
 * `!=` and parentheses; undefined as soon as it depends on a symbol (`DEBUG`, `LEGACY_SDK`), whose
 * value only the build knows.
 */
export declare function constantPreprocessorCondition(node: SyntaxNode): boolean | undefined;
/**
 * True when `node` sits in a branch of `#if`/`#elif`/`#else` that can never be compiled: its own
 * condition is constantly false, or an earlier branch of the same chain is constantly true.
 * Branches that depend on a symbol count as live (they may be compiled).
 */
export declare function isInDisabledPreprocessorBranch(node: SyntaxNode): boolean;
