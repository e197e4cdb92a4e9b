// Loads the tree-sitter XML grammar (the package's CommonJS binding) on first use: a run that
// reads no project or config file never opens the native module.
import { createRequire } from 'node:module';
import type { GrammarLanguage } from '../tree-sitter-core.js';

const require = createRequire(import.meta.url);
let grammar: GrammarLanguage | undefined;

/** The tree-sitter language object for XML, loaded once. */
export function xmlGrammar(): GrammarLanguage {
  grammar ??= (require('@tree-sitter-grammars/tree-sitter-xml/bindings/node/index.js') as { xml: GrammarLanguage }).xml;
  return grammar;
}
