// `--format msbuild`: MSBuild's canonical diagnostic lines (`file(line,col,line,col): warning CODE:
// message`), which MSBuild's Exec task turns into build warnings and errors, so findings land in
// Visual Studio's Error List with no extension. Each finding carries its stable code (finding-codes)
// and its configured severity (a rule set to `error` is a build error; `off` rules are not run).
import { findingCode } from '../engine/finding-codes.js';
import { severityOfEdit } from '../run/run-result.js';
import { singlePart, titleOf } from './output-format.js';
/** One line per needed change, diagnostic and file problem, in the order of the result. */
export function buildMsbuildLines(result, context) {
    const lines = [];
    const codeOf = (owner, rule) => findingCode(owner, rule, context.transformsById.get(owner));
    for (const file of result.files) {
        for (const edit of file.edits) {
            // The transform's words for the change when it gives them (they name the member and its replacement).
            const what = edit.message ?? ruleTitle(context, edit.transform, edit.rule) ?? titleOf(context, edit.transform);
            // A needed change has its rule's configured severity: `error` fails the build, `info` stays build output.
            const severity = severityOfEdit(edit);
            const text = file.written
                ? `changed: ${what}`
                : `${severity === 'info' ? 'can change' : 'needs change'}: ${what} (run: ucma-codemod apply)`;
            lines.push(line(file.path, edit.start, edit.end, file.written ? 'info' : severity, codeOf(edit.transform, edit.rule), text));
        }
        for (const d of file.diagnostics)
            lines.push(line(file.path, d.start, d.end, d.severity, codeOf(d.origin, d.rule), d.message));
        if (file.reason !== undefined)
            lines.push(line(file.path, undefined, undefined, file.status === 'failed' ? 'error' : 'info', codeOf('engine', undefined), file.reason));
    }
    return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
function ruleTitle(context, transform, rule) {
    if (rule === undefined)
        return undefined;
    return context.transformsById.get(transform)?.meta.rules?.find((r) => r.id === rule)?.title;
}
/**
 * `path(l1,c1,l2,c2): category CODE: text`; a file-wide problem has no place. MSBuild reads one line
 * at a time, so line breaks in a message become spaces. Its grammar has no quoting: a path with a
 * colon followed by a space would be cut there (Windows forbids colons in file names).
 */
function line(path, start, end, category, code, text) {
    const place = start && end ? `(${start.line},${start.column},${end.line},${end.column})` : '';
    return `${path}${place}: ${category} ${code}: ${text.replace(/\s*[\r\n]+\s*/g, ' ')}`;
}
export const msbuildFormat = {
    name: 'msbuild',
    summary: "MSBuild's canonical lines (file(line,col,line,col): warning CODE: message) for Visual Studio's Error List",
    commands: ['diff', 'check', 'apply'],
    machineReadable: true,
    splitsIntoFiles: false,
    build: (result, context) => singlePart(Buffer.from(buildMsbuildLines(result, context), 'utf8'), 'msbuild.txt'),
};
