// The public authoring API of ucma-codemod: everything a transform (built-in or a user's) may use.
export { defineTransform, rootOf } from './engine/transform.js';
export type {
  Diagnostic,
  Severity,
  SourceDocument,
  TextRange,
  Transform,
  TransformContext,
  TransformMeta,
  TransformResult,
} from './engine/transform.js';
export type { TextEdit } from './engine/edits.js';
export type { SyntaxNode, SyntaxTree, SyntaxErrorSite } from './engine/parse-csharp.js';
export { parseCSharp, csharpLanguage } from './engine/parse-csharp.js';
export { replace, insertBefore, insertAfter, remove, diagnostic, error, warning, info } from './authoring/edit-builders.js';
export type { Target } from './authoring/edit-builders.js';
export {
  nodeText,
  findAll,
  findFirst,
  findAncestor,
  ancestors,
  compileQuery,
  query,
  isInsideCommentOrString,
  hasSyntaxError,
  syntaxErrorsIn,
  namedChildrenWithoutComments,
  isSameNode,
} from './authoring/tree-helpers.js';
export { describeSyntaxError } from './engine/parse-csharp.js';
export {
  unwrapParentheses,
  operatorOf,
  flattenBinary,
  memberAccessParts,
  invocationParts,
  compactText,
  isStringType,
  isStringComparisonType,
  declarationName,
  hasUsingNamespace,
  enclosingLoop,
} from './authoring/csharp-syntax.js';
export type { ArgumentParts } from './authoring/csharp-syntax.js';
export { constantPreprocessorCondition, isInDisabledPreprocessorBranch } from './engine/preprocessor.js';
export { findLiveSyntaxErrors as liveSyntaxErrorsIn } from './engine/live-syntax-errors.js';
export { positionAt } from './engine/line-index.js';
export type { LineColumn } from './engine/line-index.js';
