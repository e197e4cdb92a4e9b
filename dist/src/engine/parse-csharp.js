// Parses C# with tree-sitter and finds syntax errors, including hidden MISSING tokens.
import Parser from 'tree-sitter';
import CSharp from 'tree-sitter-c-sharp/bindings/node/index.js';
// One process can hold only one copy of tree-sitter's JavaScript: its native binding is shared
// (Node caches .node files), and a second copy reads the first copy's wrapped accessors, so that
// rootNode reads as undefined. Test runners that load modules afresh per file (jest) must give
// each test file its own process; see jest.config.js.
export { Parser as TreeSitter };
/** The tree-sitter language object for C#, for queries. */
export const csharpLanguage = CSharp;
let sharedParser;
function getParser() {
    if (!sharedParser) {
        sharedParser = new Parser();
        sharedParser.setLanguage(csharpLanguage);
    }
    return sharedParser;
}
/**
 * Parses C# text. Offsets in the tree (`startIndex`, `endIndex`) are JavaScript string offsets
 * into `text`. The buffer size is raised for big files so tree-sitter reads them in few chunks.
 */
export function parseCSharp(text) {
    return getParser().parse(text, null, { bufferSize: bufferSizeFor(text) });
}
/** Parses `text` reusing `editedTree`, an old tree that tree.edit() has told about the changes. */
export function reparseCSharp(text, editedTree) {
    return getParser().parse(text, editedTree, { bufferSize: bufferSizeFor(text) });
}
function bufferSizeFor(text) {
    return Math.max(32 * 1024, Math.min(text.length + 1, 4 * 1024 * 1024));
}
/** Node types of comments, string literals and character literals: text, not code. */
export const COMMENT_AND_STRING_TYPES = new Set([
    'comment',
    'string_literal',
    'verbatim_string_literal',
    'raw_string_literal',
    'interpolated_string_expression',
    'character_literal',
]);
/**
 * Every ERROR and MISSING node under `node`, in document order. `hasError` is the truth: a file
 * that ends in a preprocessor directive without a newline has `hasError` set by a MISSING token
 * that a search for ERROR nodes never sees. `ignore` leaves out the error nodes it returns true for.
 */
export function findSyntaxErrors(node, ignore) {
    const sites = [];
    const visit = (current) => {
        if ((current.isMissing || current.type === 'ERROR') && ignore?.(current))
            return;
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
            if (child.hasError)
                visit(child);
        }
    };
    if (node.hasError)
        visit(node);
    return sites;
}
/** Describes a syntax error for a person, e.g. `missing ";"` or `unexpected "foo ="`. */
export function describeSyntaxError(site) {
    if (site.kind === 'missing')
        return `missing ${JSON.stringify(site.detail)}`;
    const snippet = site.detail.length > 40 ? `${site.detail.slice(0, 40)}...` : site.detail;
    return snippet.trim() === '' ? 'unexpected end of code' : `unexpected ${JSON.stringify(snippet)}`;
}
function firstLine(text) {
    const end = text.search(/[\r\n]/);
    return end === -1 ? text : text.slice(0, end);
}
