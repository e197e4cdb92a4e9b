// Reads a transform's fixture folder: <case>.input.<ext>, optional <case>.output.<ext> and
// <case>.diagnostics.txt, where <ext> is cs, csproj or exe.config (any extension the engine reads).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// "<case>.input.<extension>"; the last ".input." splits, so case names may hold dots.
const INPUT_FILE = /^(.+)\.input\.([A-Za-z0-9.]+)$/;
/** Every case in `directory`, sorted by name. Throws when the folder has no cases. */
export function readFixtureCases(directory) {
    const found = readdirSync(directory)
        .map((file) => INPUT_FILE.exec(file))
        .filter((match) => match !== null)
        .map((match) => ({ name: match[1], extension: match[2] }))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (found.length === 0)
        throw new Error(`no *.input.<extension> fixtures in ${directory}`);
    return found.map(({ name, extension }) => {
        const inputPath = join(directory, `${name}.input.${extension}`);
        const outputPath = join(directory, `${name}.output.${extension}`);
        const diagnosticsPath = join(directory, `${name}.diagnostics.txt`);
        const besidePath = join(directory, `${name}.beside.csproj`);
        const input = readFileSync(inputPath);
        const expectsChange = existsSync(outputPath);
        return {
            name,
            extension,
            projectBeside: existsSync(besidePath) ? readFileSync(besidePath) : undefined,
            inputPath,
            input,
            expected: expectsChange ? readFileSync(outputPath) : input,
            expectsChange,
            diagnostics: existsSync(diagnosticsPath)
                ? parseExpectedDiagnostics(readFileSync(diagnosticsPath, 'utf8'), diagnosticsPath)
                : undefined,
        };
    });
}
/**
 * One diagnostic per line: `<severity> <line>[:<column>] [message fragment]`, e.g.
 * `warning 14:17 not a simple variable`. Blank lines and lines starting with # are ignored.
 */
export function parseExpectedDiagnostics(text, source = 'diagnostics') {
    const result = [];
    text.split(/\r?\n/).forEach((raw, index) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        const match = /^(error|warning|info)\s+(\d+)(?::(\d+))?(?:\s+(.*))?$/.exec(line);
        if (!match)
            throw new Error(`${source}:${index + 1}: expected "<severity> <line>[:<column>] [message fragment]", got "${line}"`);
        result.push({
            severity: match[1],
            line: Number(match[2]),
            ...(match[3] === undefined ? {} : { column: Number(match[3]) }),
            ...(match[4] === undefined ? {} : { messageIncludes: match[4] }),
        });
    });
    return result;
}
