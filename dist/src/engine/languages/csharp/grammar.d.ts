import type { GrammarLanguage } from '../tree-sitter-core.js';
/** The tree-sitter language object for C#, loaded once. */
export declare function csharpGrammar(): GrammarLanguage;
