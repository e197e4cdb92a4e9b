import type { GrammarLanguage } from '../tree-sitter-core.js';
/** The tree-sitter language object for XML, loaded once. */
export declare function xmlGrammar(): GrammarLanguage;
