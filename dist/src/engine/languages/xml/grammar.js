// Loads the tree-sitter XML grammar (the package's CommonJS binding) on first use: a run that
// reads no project or config file never opens the native module.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
let grammar;
/** The tree-sitter language object for XML, loaded once. */
export function xmlGrammar() {
    grammar ??= require('@tree-sitter-grammars/tree-sitter-xml/bindings/node/index.js').xml;
    return grammar;
}
