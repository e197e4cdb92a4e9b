import type { SyntaxNode } from '../engine/languages/tree-sitter-core.js';
/** An attribute: its name and its value as written (between the quotes), with the value's range. */
export interface XmlAttribute {
    readonly name: string;
    /** The raw value, entities not expanded. */
    readonly raw: string;
    /** The value with the predefined entities and character references expanded. */
    readonly value: string;
    /** Offsets of the value inside the quotes. */
    readonly start: number;
    readonly end: number;
    readonly node: SyntaxNode;
}
/** The element's name as written, prefix included (`Reference`, `asmv1:assembly`). */
export declare function elementName(element: SyntaxNode): string;
/** The element's attributes, in document order. */
export declare function elementAttributes(element: SyntaxNode): XmlAttribute[];
/** The attribute called `name` (compared exactly, as XML does), or undefined. */
export declare function attributeOf(element: SyntaxNode, name: string): XmlAttribute | undefined;
/** The elements directly inside `element`. */
export declare function childElements(element: SyntaxNode): SyntaxNode[];
/** Every element in the subtree of `node` (itself included), in document order. */
export declare function descendantElements(node: SyntaxNode): SyntaxNode[];
/** The root element of an XML document tree, or undefined when it has none. */
export declare function rootElement(documentNode: SyntaxNode): SyntaxNode | undefined;
/** An element's text value: the range between its tags and the text there, entities expanded. */
export interface XmlTextValue {
    readonly raw: string;
    readonly value: string;
    readonly start: number;
    readonly end: number;
}
/**
 * The text of an element that holds only character data, entity references and CDATA sections,
 * such as `<TargetFrameworkVersion>v3.5</TargetFrameworkVersion>` or
 * `<TargetFrameworkVersion><![CDATA[v3.5]]></TargetFrameworkVersion>` (the same value to MSBuild);
 * undefined when it holds elements or comments, or is an empty-element tag. `raw` is the text as
 * written (offsets are into it), `value` what it means: predefined entities and character
 * references expanded, CDATA taken as written, other entity references left as written.
 */
export declare function elementTextValue(element: SyntaxNode): XmlTextValue | undefined;
/** The child elements of `element` named `name` (exactly). */
export declare function childElementsNamed(element: SyntaxNode, name: string): SyntaxNode[];
/** Expands the five predefined entities and character references; other references are kept as written. */
export declare function expandXmlReferences(raw: string): string;
/** The whitespace that starts the line `offset` is on (the indentation of the element there). */
export declare function indentationAt(text: string, offset: number): string;
/**
 * An insertion that adds `markup` (one element) as the last child of `parent`, on its own line,
 * indented like the parent's last child element (or one step deeper than the parent when it has
 * none). The line break is written as "\n"; the engine turns it into the file's own.
 */
export declare function appendChildElement(text: string, parent: SyntaxNode, markup: string): {
    start: number;
    end: number;
    text: string;
} | undefined;
