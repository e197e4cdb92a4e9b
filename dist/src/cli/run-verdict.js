// Two habits from ESLint on top of the exit rule and the stderr report:
// --max-warnings N: up to N warnings (changes to make by hand) do not by themselves make the run
// exit 1; more do. Without it every warning counts (as ESLint's --max-warnings 0).
// -q/--quiet: stderr shows only errors (failed files, error diagnostics), no warnings, infos,
// summary or hint.
import { formatDiagnostic } from '../output/text-report.js';
import { exitCodeFor, ExitCode } from '../run/exit-code.js';
import { totalsOf } from '../run/run-result.js';
export function exitCodeWithWarningLimit(result, command, maxWarnings) {
    const code = exitCodeFor(result, command);
    if (maxWarnings === undefined || code === ExitCode.Error)
        return code;
    if (totalsOf(result).warnings > maxWarnings)
        return ExitCode.ChangeNeeded;
    // The same rule with the warnings left out.
    const withoutWarnings = {
        ...result,
        files: result.files.map((file) => ({ ...file, diagnostics: file.diagnostics.filter((d) => d.severity !== 'warning') })),
    };
    return exitCodeFor(withoutWarnings, command);
}
/** The errors-only stderr report of -q (empty when there are none). */
export function formatQuietReport(result, palette) {
    const lines = [];
    for (const file of result.files) {
        if (file.status === 'failed' && file.reason !== undefined)
            lines.push(`${palette.bold(file.path)}: ${palette.red('error')}: ${file.reason}`);
        for (const diagnostic of file.diagnostics)
            if (diagnostic.severity === 'error')
                lines.push(formatDiagnostic(file.path, diagnostic, palette));
    }
    return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
