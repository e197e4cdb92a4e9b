// Syntax errors that matter: those outside code that is never compiled. Text under `#if false`
// need not even be C#, so its ERROR nodes say nothing about the code around an edit.
import { findSyntaxErrors, type SyntaxErrorSite, type SyntaxNode } from '../tree-sitter-core.js';
import { isInDisabledPreprocessorBranch } from './preprocessor.js';

/** findSyntaxErrors(node) without the ERROR and MISSING nodes inside a disabled `#if`/`#elif`/`#else` branch. */
export function findLiveSyntaxErrors(node: SyntaxNode): SyntaxErrorSite[] {
  return findSyntaxErrors(node, isInDisabledPreprocessorBranch);
}
