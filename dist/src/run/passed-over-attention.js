// A file the run passes over (a symbolic link, over the size limit) cannot be judged. When a
// selected transform watches its name, or its bytes hold one of a transform's `requires` strings,
// "nothing to do" would be a guess: the file gets a warning that names it, so no command exits 0.
import { basename } from 'node:path';
import { transformsWithWorkIn } from '../engine/file-needs.js';
import { effectiveSeverity, isOff } from '../engine/severity.js';
/**
 * `file` (status `skipped`) with a warning per transform that would have had work in it, or
 * `file` itself. Only transforms of the file's language count.
 */
export async function withAttention(file, transforms, severities, probe) {
    if (file.status !== 'skipped')
        return file;
    const warnings = [];
    for (const { transform, why } of await transformsWithWorkIn(file.path, probe, transforms)) {
        const { meta } = transform;
        if (isOff(severities, meta.id))
            continue;
        const because = why === 'name'
            ? `${meta.id} looks at files named ${basename(file.path)}`
            : `it contains text that ${meta.id} looks for (${(meta.requires ?? []).map((needle) => `"${needle}"`).join(' or ')})`;
        warnings.push({
            origin: meta.id,
            severity: effectiveSeverity(severities, meta.id, undefined, 'warning'),
            message: `passed over (${file.reason ?? 'skipped'}), but ${because}: it may still need a change that this run could neither make nor check; look at it by hand or include it in the run`,
            start: { offset: 0, line: 1, column: 1 },
            end: { offset: 0, line: 1, column: 1 },
        });
    }
    return warnings.length === 0 ? file : { ...file, diagnostics: [...file.diagnostics, ...warnings] };
}
