// Reads the encoding an XML file declares in its prolog (<?xml ... encoding="..."?>) from the
// parse tree, and refuses files whose bytes we would have to re-encode to edit.
import type { SyntaxTree } from '../tree-sitter-core.js';
import type { SourceText } from '../../source-text.js';

/** Names of UTF-8 that XML files carry (compared case-insensitively). */
const UTF8_NAMES = new Set(['utf-8', 'utf8']);

/** The encoding named in the XML declaration, or undefined when the file has no declaration or no encoding in it. */
function declaredXmlEncoding(tree: SyntaxTree): string | undefined {
  const prolog = tree.rootNode.children.find((child) => child.type === 'prolog');
  const declaration = prolog?.children.find((child) => child.type === 'XMLDecl');
  return declaration?.children.find((child) => child.type === 'EncName')?.text;
}

/**
 * Why the file cannot be edited safely, or undefined. Files are edited only as UTF-8: a file with
 * no declaration is UTF-8 by the XML rules; a declaration of any other encoding (windows-1252,
 * utf-16, ...) is refused rather than guessed at, and so are bytes that contradict a UTF-8 declaration.
 */
export function xmlEncodingProblem(tree: SyntaxTree, source: Pick<SourceText, 'encoding'>): string | undefined {
  const declared = declaredXmlEncoding(tree);
  if (declared !== undefined && !UTF8_NAMES.has(declared.toLowerCase())) {
    return (
      `the XML declaration says encoding="${declared}"; ucma-codemod edits XML files only in UTF-8 and will not guess ` +
      'how to re-encode this one. Save it as UTF-8 (and change the declaration to encoding="utf-8"), then run again'
    );
  }
  if (source.encoding !== 'utf-8') {
    return `the file is not valid UTF-8, which its XML declaration ${declared === undefined ? '(absent, so UTF-8 by the XML rules)' : `(encoding="${declared}")`} requires; fix its bytes, then run again`;
  }
  return undefined;
}
