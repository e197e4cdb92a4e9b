// Whether an XML file (a project or application configuration file) is well-formed: MSBuild and the
// .NET configuration system refuse a file that is not, so a run that found nothing to change in one
// would be a false all-clear. Truncated files, text that is not XML at all, and nesting deeper than
// the parser follows all parse only with errors.
import { describeSyntaxError, findSyntaxErrors, type SyntaxNode, type SyntaxTree } from '../tree-sitter-core.js';

/**
 * The grammar asks for whitespace before the `]` that ends a DOCTYPE's internal subset, which XML
 * does not: that missing whitespace is no error.
 */
function grammarQuirk(node: SyntaxNode): boolean {
  return node.isMissing && node.type === '_S' && node.parent?.type === 'doctypedecl';
}

/** About how deep tree-sitter's XML grammar follows nested elements (measured: 500 levels parse with an error). */
const MAX_XML_DEPTH = 500;

/** Where and why the document is not well-formed XML, or undefined when it parses cleanly. */
export function xmlDocumentProblem(tree: SyntaxTree): { message: string; start: number; end: number } | undefined {
  const root = tree.rootNode;
  if (!root.hasError) return undefined;
  const refusal = 'MSBuild and .NET refuse to load such a file, so it cannot be checked or changed. Fix it, then run again';
  // A document that is an error as a whole holds the first real error among its parts; with none
  // there, its elements never close (a file cut short, or nesting deeper than the parser follows),
  // and the place to look is its end.
  const opensElements = root.type === 'ERROR' && root.children.some((child) => child.type === 'STag');
  const site = (
    opensElements ? root.children.flatMap((child) => findSyntaxErrors(child, grammarQuirk)) : findSyntaxErrors(root, grammarQuirk)
  )[0];
  if (site === undefined && root.type !== 'ERROR') return undefined;
  if (site === undefined) {
    return {
      message: `not well-formed XML (its elements do not all close: the file may be cut short, or nest deeper than about ${MAX_XML_DEPTH} levels); ${refusal}`,
      start: root.endIndex,
      end: root.endIndex,
    };
  }
  return { message: `not well-formed XML (${describeSyntaxError(site)}); ${refusal}`, start: site.start, end: site.start };
}
