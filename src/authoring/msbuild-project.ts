// A read-only view of an MSBuild C# project (.csproj) for transforms: its PropertyGroups with the
// configuration they apply to, its properties and its assembly references, all with offsets.
import type { SyntaxNode } from '../engine/languages/tree-sitter-core.js';
import {
  attributeOf,
  childElements,
  elementName,
  elementTextValue,
  rootElement,
  type XmlAttribute,
  type XmlTextValue,
} from './xml-syntax.js';

/** Which builds a PropertyGroup applies to, read from its Condition. */
export type GroupScope =
  | { readonly kind: 'all' }
  /** `'$(Configuration)|$(Platform)' == 'Debug|AnyCPU'` and the like; a part the condition does not test is undefined. */
  | { readonly kind: 'configuration'; readonly configuration: string | undefined; readonly platform: string | undefined }
  /** Any other condition: not understood, so not assumed to apply or not to apply. */
  | { readonly kind: 'other'; readonly condition: string };

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
  readonly version: { readonly value: string; readonly start: number; readonly end: number } | undefined;
  readonly hintPath: { readonly element: SyntaxNode; readonly text: XmlTextValue | undefined } | undefined;
}

export interface MsbuildProject {
  readonly root: SyntaxNode;
  readonly propertyGroups: readonly PropertyGroup[];
  readonly references: readonly AssemblyReference[];
}

/** Reads the project from a parsed document; undefined when the root element is not `<Project>`. */
export function readMsbuildProject(documentNode: SyntaxNode): MsbuildProject | undefined {
  const root = rootElement(documentNode);
  if (!root || elementName(root) !== 'Project') return undefined;
  const propertyGroups: PropertyGroup[] = [];
  const references: AssemblyReference[] = [];
  for (const child of childElements(root)) {
    const name = elementName(child);
    if (name === 'PropertyGroup') propertyGroups.push(readPropertyGroup(child));
    else if (name === 'ItemGroup') {
      for (const item of childElements(child)) {
        const reference = elementName(item) === 'Reference' ? readReference(item) : undefined;
        if (reference) references.push(reference);
      }
    }
  }
  return { root, propertyGroups, references };
}

function readPropertyGroup(element: SyntaxNode): PropertyGroup {
  const condition = attributeOf(element, 'Condition')?.value;
  const properties = childElements(element).map((property) => ({
    name: elementName(property),
    element: property,
    text: elementTextValue(property),
    condition: attributeOf(property, 'Condition')?.value,
  }));
  return {
    element,
    scope: condition === undefined || condition.trim() === '' ? { kind: 'all' } : parseGroupCondition(condition),
    properties,
  };
}

/**
 * Understands the conditions Visual Studio writes on configuration PropertyGroups:
 * `'$(Configuration)|$(Platform)' == 'Debug|x86'`, `'$(Configuration)' == 'Release'`,
 * `'$(Platform)' == 'x64'`, with any spacing. MSBuild compares them case-insensitively.
 */
export function parseGroupCondition(condition: string): GroupScope {
  const other: GroupScope = { kind: 'other', condition };
  const parts = condition.split('==');
  if (parts.length !== 2) return other;
  const left = unquote(parts[0]!.trim());
  const right = unquote(parts[1]!.trim());
  if (left === undefined || right === undefined) return other;
  const names = left.split('|').map((name) => name.trim().toLowerCase());
  const values = right.split('|');
  if (names.length !== values.length) return other;
  let configuration: string | undefined;
  let platform: string | undefined;
  for (let i = 0; i < names.length; i++) {
    if (names[i] === '$(configuration)') configuration = values[i]!.trim();
    else if (names[i] === '$(platform)') platform = values[i]!.trim();
    else return other;
  }
  return { kind: 'configuration', configuration, platform };
}

function unquote(text: string): string | undefined {
  return text.length >= 2 && text.startsWith("'") && text.endsWith("'") && !text.slice(1, -1).includes("'") ? text.slice(1, -1) : undefined;
}

function readReference(element: SyntaxNode): AssemblyReference | undefined {
  const include = attributeOf(element, 'Include');
  if (!include) return undefined;
  const hint = childElements(element).find((child) => elementName(child) === 'HintPath');
  return {
    element,
    include,
    assemblyName: include.value.split(',')[0]!.trim(),
    version: versionPart(include),
    hintPath: hint ? { element: hint, text: elementTextValue(hint) } : undefined,
  };
}

/** The offsets of the value of `Version=` in an assembly identity attribute. */
function versionPart(include: XmlAttribute): AssemblyReference['version'] {
  // The raw text is used for offsets; identities hold no entity references in practice, and one
  // that does is treated as having no version part.
  if (include.raw !== include.value) return undefined;
  let offset = 0;
  for (const part of include.raw.split(',')) {
    const equals = part.indexOf('=');
    if (equals !== -1 && part.slice(0, equals).trim().toLowerCase() === 'version') {
      const valueText = part.slice(equals + 1);
      const leading = valueText.length - valueText.trimStart().length;
      const value = valueText.trim();
      const start = include.start + offset + equals + 1 + leading;
      return { value, start, end: start + value.length };
    }
    offset += part.length + 1;
  }
  return undefined;
}

/** The property's text value, compared case-insensitively by MSBuild for the values that matter here. */
export function propertyValue(property: MsbuildProperty | undefined): string | undefined {
  return property?.text?.value.trim();
}

/** The last property called `name` in the groups that apply to every build (unconditional groups, unconditioned or self-defaulting properties). */
export function globalProperty(project: MsbuildProject, name: string): MsbuildProperty | undefined {
  let found: MsbuildProperty | undefined;
  for (const group of project.propertyGroups) {
    if (group.scope.kind !== 'all') continue;
    for (const property of group.properties) if (property.name === name) found = property;
  }
  return found;
}
