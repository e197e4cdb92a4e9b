// Loads the tree-sitter-c-sharp grammar through CommonJS: node-gyp-build on the package's root,
// which is what the package's own ES-module binding does, without that binding's top-level await
// (a CommonJS bundle such as the CLI's cannot require a module that awaits). Loaded on first use,
// so that a run that parses no C# (`--version`, a project file alone) never opens the native module.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { GrammarLanguage } from '../tree-sitter-core.js';

const require = createRequire(import.meta.url);
let grammar: GrammarLanguage | undefined;

/** The tree-sitter language object for C#, loaded once. */
export function csharpGrammar(): GrammarLanguage {
  if (grammar) return grammar;
  const root = dirname(require.resolve('tree-sitter-c-sharp/package.json'));
  // node-gyp-build as the grammar package resolves it (its own dependency, wherever npm put it).
  const nodeGypBuild = createRequire(join(root, 'package.json'))('node-gyp-build') as (root: string) => GrammarLanguage;
  const binding = nodeGypBuild(root);
  // As the package's binding does: the node types give tree-sitter's node classes their field
  // getters (`node.nameNode`), which a user's transform may use.
  try {
    binding.nodeTypeInfo ??= require(join(root, 'src', 'node-types.json')) as GrammarLanguage['nodeTypeInfo'];
  } catch {
    // The package's binding goes on without them too.
  }
  grammar = binding;
  return grammar;
}
