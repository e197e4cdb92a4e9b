// The tree-sitter core every language shares: the parser class, the node and tree types, one
// parser per grammar, and the syntax-error search. Offsets in every tree are JavaScript string
// offsets into the parsed text. tree-sitter itself loads on the first parse or query: a run that
// parses nothing (`--version`, a check whose files no transform needs) never opens it.
import { createRequire } from 'node:module';
import type Parser from 'tree-sitter';

// One process can hold only one copy of tree-sitter's JavaScript: its native binding is shared
// (Node caches .node files), and a second copy reads the first copy's wrapped accessors, so that
// rootNode reads as undefined. Test runners that load modules afresh per file (jest) must give
// each test file its own process; see jest.config.js. (Node's require and an ES module import of
// the package share one module cache, so the public API's users and the CLI's bundle see one copy.)
const require = createRequire(import.meta.url);
let treeSitterModule: typeof Parser | undefined;

/** tree-sitter's parser class (with Query, Tree and the rest as its properties), loaded once. */
export function treeSitter(): typeof Parser {
  treeSitterModule ??= require('tree-sitter') as typeof Parser;
  return treeSitterModule;
}

export type SyntaxNode = Parser.SyntaxNode;
export type SyntaxTree = Parser.Tree;
export type GrammarLanguage = Parser.Language;

/**
 * A parse function for one grammar, with its own parser made on first use. With `editedTree` (an
 * old tree that tree.edit() has told about the changes) tree-sitter re-parses only what changed.
 */
export function grammarParser(grammar: () => GrammarLanguage): (text: string, editedTree?: SyntaxTree) => SyntaxTree {
  let parser: Parser | undefined;
  return (text, editedTree) => {
    if (!parser) {
      const TreeSitterParser = treeSitter();
      parser = new TreeSitterParser();
      parser.setLanguage(grammar());
    }
    return parser.parse(text, editedTree ?? null, { bufferSize: bufferSizeFor(text) });
  };
}

/** The buffer is raised for big files so tree-sitter reads them in few chunks. */
function bufferSizeFor(text: string): number {
  return Math.max(32 * 1024, Math.min(text.length + 1, 4 * 1024 * 1024));
}

/** A syntax error: an ERROR node (unexpected text) or a MISSING node (an inserted token). */
export interface SyntaxErrorSite {
  readonly kind: 'unexpected' | 'missing';
  readonly start: number;
  readonly end: number;
  /** For MISSING: the token tree-sitter expected; for ERROR: the first text that did not fit. */
  readonly detail: string;
}

/**
 * Every ERROR and MISSING node under `node`, in document order. `hasError` is the truth: a file
 * that ends in a preprocessor directive without a newline has `hasError` set by a MISSING token
 * that a search for ERROR nodes never sees. `ignore` leaves out the error nodes it returns true for.
 */
export function findSyntaxErrors(node: SyntaxNode, ignore?: (errorNode: SyntaxNode) => boolean): SyntaxErrorSite[] {
  const sites: SyntaxErrorSite[] = [];
  const visit = (current: SyntaxNode): void => {
    if ((current.isMissing || current.type === 'ERROR') && ignore?.(current)) return;
    if (current.isMissing) {
      sites.push({ kind: 'missing', start: current.startIndex, end: current.endIndex, detail: current.type });
      return;
    }
    if (current.type === 'ERROR') {
      // Errors nested in an ERROR node are reported once, by the outer node.
      sites.push({ kind: 'unexpected', start: current.startIndex, end: current.endIndex, detail: firstLine(current.text) });
      return;
    }
    // Only walk into subtrees that contain an error; the flag is cached on every node.
    for (const child of current.children) {
      if (child.hasError) visit(child);
    }
  };
  if (node.hasError) visit(node);
  return sites;
}

/** Describes a syntax error for a person, e.g. `missing ";"` or `unexpected "foo ="`. */
export function describeSyntaxError(site: SyntaxErrorSite): string {
  if (site.kind === 'missing') return `missing ${JSON.stringify(site.detail)}`;
  const snippet = site.detail.length > 40 ? `${site.detail.slice(0, 40)}...` : site.detail;
  return snippet.trim() === '' ? 'unexpected end of code' : `unexpected ${JSON.stringify(snippet)}`;
}

function firstLine(text: string): string {
  const end = text.search(/[\r\n]/);
  return end === -1 ? text : text.slice(0, end);
}

/** True when `offset` falls between the halves of a surrogate pair or between CR and LF: no edit may start or end there. */
export function splitsCharacterPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) || (before === 13 && after === 10);
}
