// Reads a transform's fixture folder: <case>.input.cs, optional <case>.output.cs and <case>.diagnostics.txt.
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
  readonly inputPath: string;
  readonly input: Buffer;
  readonly expected: Buffer;
  readonly expectsChange: boolean;
  /** Undefined: the case must report no errors or warnings (info is allowed). */
  readonly diagnostics: ExpectedDiagnostic[] | undefined;
}

const INPUT_SUFFIX = '.input.cs';

/** Every case in `directory`, sorted by name. Throws when the folder has no cases. */
export function readFixtureCases(directory: string): FixtureCase[] {
  const names = readdirSync(directory)
    .filter((file) => file.endsWith(INPUT_SUFFIX))
    .map((file) => file.slice(0, -INPUT_SUFFIX.length))
    .sort();
  if (names.length === 0) throw new Error(`no *${INPUT_SUFFIX} fixtures in ${directory}`);
  return names.map((name) => {
    const inputPath = join(directory, `${name}${INPUT_SUFFIX}`);
    const outputPath = join(directory, `${name}.output.cs`);
    const diagnosticsPath = join(directory, `${name}.diagnostics.txt`);
    const input = readFileSync(inputPath);
    const expectsChange = existsSync(outputPath);
    return {
      name,
      inputPath,
      input,
      expected: expectsChange ? readFileSync(outputPath) : input,
      expectsChange,
      diagnostics: existsSync(diagnosticsPath) ? parseExpectedDiagnostics(readFileSync(diagnosticsPath, 'utf8'), diagnosticsPath) : undefined,
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
