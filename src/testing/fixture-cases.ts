// Reads a transform's fixture folder: <case>.input.<ext>, optional <case>.output.<ext> and
// <case>.diagnostics.txt, where <ext> is cs, csproj or exe.config (any extension the engine reads).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Severity } from '../engine/transform.js';

/** An expected diagnostic: severity, 1-based line, optional column and message fragment. */
export interface ExpectedDiagnostic {
  readonly severity: Severity;
  readonly line: number;
  readonly column?: number;
  readonly messageIncludes?: string;
}

/** One fixture case. `expected` equals `input` when the case has no output file. */
export interface FixtureCase {
  readonly name: string;
  /** The extension after `.input.`: `cs`, `csproj`, `exe.config`; the case runs as `<name>.<extension>`. */
  readonly extension: string;
  readonly inputPath: string;
  readonly input: Buffer;
  readonly expected: Buffer;
  readonly expectsChange: boolean;
  /** Undefined: the case must report no errors or warnings (info is allowed). */
  readonly diagnostics: ExpectedDiagnostic[] | undefined;
  /** `<case>.beside.csproj`, when present: the project file the transform sees beside a config file. */
  readonly projectBeside: Buffer | undefined;
}

// "<case>.input.<extension>"; the last ".input." splits, so case names may hold dots.
const INPUT_FILE = /^(.+)\.input\.([A-Za-z0-9.]+)$/;

/** Every case in `directory`, sorted by name. Throws when the folder has no cases. */
export function readFixtureCases(directory: string): FixtureCase[] {
  const found = readdirSync(directory)
    .map((file) => INPUT_FILE.exec(file))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ name: match[1]!, extension: match[2]! }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (found.length === 0) throw new Error(`no *.input.<extension> fixtures in ${directory}`);
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
export function parseExpectedDiagnostics(text: string, source = 'diagnostics'): ExpectedDiagnostic[] {
  const result: ExpectedDiagnostic[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const match = /^(error|warning|info)\s+(\d+)(?::(\d+))?(?:\s+(.*))?$/.exec(line);
    if (!match) throw new Error(`${source}:${index + 1}: expected "<severity> <line>[:<column>] [message fragment]", got "${line}"`);
    result.push({
      severity: match[1] as Severity,
      line: Number(match[2]),
      ...(match[3] === undefined ? {} : { column: Number(match[3]) }),
      ...(match[4] === undefined ? {} : { messageIncludes: match[4] }),
    });
  });
  return result;
}
