import type { SyntaxNode } from '../engine/languages/tree-sitter-core.js';
import { type XmlAttribute, type XmlTextValue } from './xml-syntax.js';
/** Which builds a PropertyGroup applies to, read from its Condition. */
export type GroupScope = {
    readonly kind: 'all';
}
/** `'$(Configuration)|$(Platform)' == 'Debug|AnyCPU'` and the like; a part the condition does not test is undefined. */
 | {
    readonly kind: 'configuration';
    readonly configuration: string | undefined;
    readonly platform: string | undefined;
}
/** Any other condition: not understood, so not assumed to apply or not to apply. */
 | {
    readonly kind: 'other';
    readonly condition: string;
};
/** A property element inside a PropertyGroup. */
export interface MsbuildProperty {
    readonly name: string;
    readonly element: SyntaxNode;
    /** Undefined when the element holds more than text (nested elements, comments, CDATA). */
    readonly text: XmlTextValue | undefined;
    /** The property's own Condition attribute, if any. */
    readonly condition: string | undefined;
}
export interface PropertyGroup {
    readonly element: SyntaxNode;
    readonly scope: GroupScope;
    readonly properties: readonly MsbuildProperty[];
}
/** A `<Reference Include="...">` item. */
export interface AssemblyReference {
    readonly element: SyntaxNode;
    readonly include: XmlAttribute;
    /** The simple name (before the first comma), trimmed. */
    readonly assemblyName: string;
    /** The Version= part of the Include, with its offsets, when it has one. */
    readonly version: {
        readonly value: string;
        readonly start: number;
        readonly end: number;
    } | undefined;
    readonly hintPath: {
        readonly element: SyntaxNode;
        readonly text: XmlTextValue | undefined;
    } | undefined;
}
export interface MsbuildProject {
    readonly root: SyntaxNode;
    readonly propertyGroups: readonly PropertyGroup[];
    readonly references: readonly AssemblyReference[];
}
/** Reads the project from a parsed document; undefined when the root element is not `<Project>`. */
export declare function readMsbuildProject(documentNode: SyntaxNode): MsbuildProject | undefined;
/**
 * Understands the conditions Visual Studio writes on configuration PropertyGroups:
 * `'$(Configuration)|$(Platform)' == 'Debug|x86'`, `'$(Configuration)' == 'Release'`,
 * `'$(Platform)' == 'x64'`, with any spacing. MSBuild compares them case-insensitively.
 */
export declare function parseGroupCondition(condition: string): GroupScope;
/** The property's text value, compared case-insensitively by MSBuild for the values that matter here. */
export declare function propertyValue(property: MsbuildProperty | undefined): string | undefined;
/** The last property called `name` in the groups that apply to every build (unconditional groups, unconditioned or self-defaulting properties). */
export declare function globalProperty(project: MsbuildProject, name: string): MsbuildProperty | undefined;
