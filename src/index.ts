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
export type { SyntaxNode, SyntaxTree, SyntaxErrorSite } from './engine/languages/tree-sitter-core.js';
export { parseCSharp, csharpLanguage } from './engine/languages/csharp/parse.js';
export { replace, insertBefore, insertAfter, remove, diagnostic, error, warning, info } from './authoring/edit-builders.js';
export type { Target } from './authoring/edit-builders.js';
export {
  nodeText,
  findAll,
  findIdentifiers,
  findDeclarationsNamed,
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
export { describeSyntaxError } from './engine/languages/tree-sitter-core.js';
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
export { constantPreprocessorCondition, isInDisabledPreprocessorBranch } from './engine/languages/csharp/preprocessor.js';
export { findLiveSyntaxErrors as liveSyntaxErrorsIn } from './engine/languages/csharp/live-syntax-errors.js';
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
// The provisioning pack: UCMA types with their start-up members, the .NET types it follows, the migration target.
export { PLATFORM_PROVISIONING_MEMBERS } from './authoring/ucma-types.js';
export { provisioningTypes } from './authoring/provisioning-types.js';
export {
  DEFAULT_TARGET_SERVER,
  MIGRATION_FIELDS,
  MIGRATION_SOURCES,
  TARGET_SERVERS,
  describeMigrationTarget,
  isMigrationDeclared,
  migrationOptionKey,
  migrationTargetOf,
} from './authoring/migration-target.js';
export type { MigrationField, MigrationSource, MigrationTarget, TargetServer } from './authoring/migration-target.js';
export type { LineColumn } from './engine/line-index.js';
// XML (MSBuild projects, App.config): the parser, element helpers and a project view.
export { parseXml, xmlLanguage } from './engine/languages/xml/parse.js';
export { xmlFileKind } from './engine/languages/xml/dialects.js';
export type { LanguageId } from './engine/languages/language.js';
export type { ProjectFileText } from './engine/transform.js';
export {
  attributeOf,
  childElements,
  childElementsNamed,
  descendantElements,
  elementAttributes,
  elementName,
  elementTextValue,
  expandXmlReferences,
  appendChildElement,
  indentationAt,
  rootElement,
} from './authoring/xml-syntax.js';
export type { XmlAttribute, XmlTextValue } from './authoring/xml-syntax.js';
export { globalProperty, parseGroupCondition, propertyValue, readMsbuildProject } from './authoring/msbuild-project.js';
export type { AssemblyReference, GroupScope, MsbuildProject, MsbuildProperty, PropertyGroup } from './authoring/msbuild-project.js';
export {
  compareAssemblyVersions,
  hintPathNamesUcma,
  isBelowFramework45,
  isUcmaAssemblyName,
  parseFrameworkVersion,
  readUcmaProject,
  referencesUcma,
  UCMA4_REQUIREMENTS,
  UCMA4_RUNTIME,
} from './authoring/ucma-project.js';
