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
  TransformRule,
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
export { positionAt } from './engine/line-index.js';
export { ProjectIndex, collectDeclarations } from './engine/project-index.js';
export type { DeclaredBase, DeclaredMember, DeclaredMemberKind, DeclaredType, FileDeclarations } from './engine/project-index.js';
export { nameScopeAt, typeNameOf, parseDottedName, dottedName } from './engine/type-names.js';
export type { NameScope, ScopeLevel, TypeName, TypeNamePart } from './engine/type-names.js';
export { TypeResolver, createTypeResolver } from './authoring/type-resolver.js';
export type { FoundMember, Meaning, ResolvedType } from './authoring/type-resolver.js';
export { KnownTypeTable } from './authoring/known-types.js';
export type { KnownMember, KnownType } from './authoring/known-types.js';
export { ucmaTypes, UCMA_TYPES } from './authoring/ucma-types.js';
export type { LineColumn } from './engine/line-index.js';
