// Side-by-side diffs of git-style patches as HTML, made by diff2html from the same patch text that
// `git apply` takes. The markup needs diff2html's stylesheet (inlined by the report) and no script.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
// diff2html (and its template engine) is loaded on the first diff: every other command, a
// pre-commit check included, pays nothing for it.
const require = createRequire(import.meta.url);
let diff2html;
// diff2html's file header carries a "Viewed" checkbox that only its browser script uses: left out.
const FILE_PATH_TEMPLATE = '<span class="d2h-file-name-wrapper">{{>fileIcon}}<span class="d2h-file-name">{{fileDiffName}}</span>{{>fileTag}}</span>';
/** One file's patch as a side-by-side diff (diff2html escapes every line and name it writes). */
export function sideBySideDiff(patch) {
    diff2html ??= require('diff2html').html;
    const html = diff2html(patch, {
        outputFormat: 'side-by-side',
        drawFileList: false,
        matching: 'lines',
        diffStyle: 'word',
        rawTemplates: { 'generic-file-path': FILE_PATH_TEMPLATE },
    });
    // The templates leave lines of blanks between tags (never inside a code line, which is one line of markup).
    return html.replace(/\n[ \t]+(?=\n)/g, '\n');
}
let stylesheet;
/** diff2html's own stylesheet, for inlining. */
export function diffStylesheet() {
    stylesheet ??= readFileSync(require.resolve('diff2html/bundles/css/diff2html.min.css'), 'utf8');
    return stylesheet;
}
