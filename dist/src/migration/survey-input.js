// Gathers what the project survey reads from a dry run: each project and configuration file as it
// is on disk and as the run's edits would leave it, and the C# files that may show provisioning.
import { decodeSource } from '../engine/source-text.js';
import { readFileBelow } from '../platform/no-follow.js';
import { xmlFileKind } from '../engine/languages/xml/dialects.js';
// Only C# files that name one of these are parsed for the survey.
const CODE_NEEDLES = ['MSFT_SIP', 'ProvisionedApplicationPlatformSettings', 'TrustedApplicationPool', 'TrustedService'];
/**
 * Reads the survey's texts for the files of a run (files that were skipped or failed are left out).
 * A file read again (the run kept no change of it) is read as the run read it: never through a link
 * below the deepest folder it shares with `cwd`, never from a special file, never over `maxBytes`.
 */
export async function gatherSurveyInput(result, cwd, maxBytes) {
    const projectFiles = [];
    const configFiles = [];
    const csharpFiles = [];
    for (const file of result.files) {
        if (file.status === 'skipped' || file.status === 'failed')
            continue;
        const kind = xmlFileKind(file.path);
        const isCSharp = file.path.toLowerCase().endsWith('.cs');
        if (!kind && !isCSharp)
            continue;
        const text = textOf(file, cwd, maxBytes);
        if (text === undefined)
            continue;
        if (kind === 'msbuild-project')
            projectFiles.push(text);
        else if (kind === 'app-config')
            configFiles.push(text);
        else if (CODE_NEEDLES.some((needle) => text.before.includes(needle)))
            csharpFiles.push(text);
    }
    const files = result.files.map((file) => ({
        path: file.path,
        open: file.status === 'failed' ||
            (file.edits.length > 0 && !file.written) ||
            file.declined.length > 0 ||
            file.diagnostics.some((d) => d.severity !== 'info'),
    }));
    return { projectFiles, configFiles, csharpFiles, files };
}
/** The file's text before the run's edits, and after; undefined when it cannot be read now. */
function textOf(file, cwd, maxBytes) {
    if (file.change)
        return { path: file.path, before: file.change.source.text, after: file.change.newText };
    if (file.absolutePath === undefined)
        return undefined;
    try {
        const read = readFileBelow(cwd, file.absolutePath, maxBytes);
        if ('oversize' in read)
            return undefined;
        const text = decodeSource(read.bytes).text;
        return { path: file.path, before: text, after: text };
    }
    catch {
        return undefined;
    }
}
