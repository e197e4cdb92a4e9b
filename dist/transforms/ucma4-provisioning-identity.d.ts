import type { SyntaxNode } from '../src/index.js';
import { type FileAnalysis } from './ucma4-provisioning-findings.js';
import { type AppSetting } from './ucma4-provisioning-project.js';
/** Where an application id comes from. */
export type IdSource = {
    readonly kind: 'literal';
    readonly value: string;
    readonly at: SyntaxNode;
} | {
    readonly kind: 'setting';
    readonly key: string;
    readonly setting: AppSetting;
} | {
    readonly kind: 'setting-missing';
    readonly key: string;
    readonly commented: AppSetting | undefined;
    readonly configs: readonly string[];
} | {
    readonly kind: 'console';
    readonly at: SyntaxNode;
} | {
    readonly kind: 'unknown';
    readonly at: SyntaxNode;
};
/** `urn:application:Foo` → `foo`, for comparing ids. */
export declare function normaliseApplicationId(id: string): string;
/** A value someone left to be filled in: `NameOfApplication`, `<app>`, `TODO`, the key's own name, empty. */
export declare function isPlaceholderId(value: string, key?: string): boolean;
/** Checks each ProvisionedApplicationPlatformSettings construction against the declared migration. */
export declare function checkApplicationIds(file: FileAnalysis): void;
/** The possible sources of an id expression's value at a site. */
export declare function idSources(file: FileAnalysis, expression: SyntaxNode, site: SyntaxNode, depth: number): IdSource[];
/** The value of a plain or verbatim string literal (escapes of the common kinds decoded). */
export declare function literalValue(node: SyntaxNode): string;
/** Words for where an id comes from: `"urn:application:x" (a literal)`, `the appSettings value "ApplicationID" (App.config:5)`, ... */
export declare function describeSources(sources: readonly IdSource[]): string;
