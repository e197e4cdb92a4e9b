// Two independent SARIF 2.1.0 checks for tests: the JSON schema that Microsoft ships with its SARIF
// SDK (checked with ajv), and Microsoft's own validator (`sarif-multitool validate`) with its SARIF
// and GitHub rule sets (`--rule-kind "Gh;Sarif"`: what GitHub code scanning requires), run once
// for many files.
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { makeTempDir } from './cli.js';
import { repoRoot } from './paths.js';

// Both packages are CommonJS; from an ES module their default import is `module.exports`, which
// carries the real export as `.default`.
const Ajv2020 = Ajv2020Module.default;
const addFormats = addFormatsModule.default;

/** Microsoft's SARIF 2.1.0 schema (JSON Schema 2020-12), as shipped in the validator's package. */
export const sarifSchemaPath = join(repoRoot, 'node_modules', '@microsoft', 'sarif-multitool-linux', 'sarif-2.1.0.json');
// The native validator itself: the package's .bin wrapper runs it through a shell, which would
// split the rule kinds "Gh;Sarif" at the semicolon.
const multitoolPath = createRequire(join(repoRoot, 'package.json'))('@microsoft/sarif-multitool') as string;

let compiled: ReturnType<InstanceType<typeof Ajv2020>['compile']> | undefined;

/** Schema errors of a SARIF log ("/runs/0/results/0: must have required property 'message'"); empty when valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  if (!compiled) {
    const schema = JSON.parse(readFileSync(sarifSchemaPath, 'utf8')) as object;
    // strict: false because the schema uses annotations ajv's strict mode does not know.
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    compiled = ajv.compile(schema);
  }
  if (compiled(log)) return [];
  return (compiled.errors ?? []).map((error) => `${error.instancePath || '/'}: ${error.message ?? error.keyword}`);
}

interface ValidatorResult {
  ruleId?: string;
  ruleIndex?: number;
  level?: string;
  message?: { text?: string; id?: string; arguments?: string[] };
  locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string } } }>;
}

interface ValidatorLog {
  runs: Array<{
    tool: { driver: { rules?: Array<{ id: string; defaultConfiguration?: { level?: string } }> } };
    results?: ValidatorResult[];
  }>;
}

/**
 * Error-level findings of Microsoft's SARIF validator with the GitHub rules, per file ("GH2012
 * runs[0].tool.driver.rules[3] ..."); a file with none maps to []. One run of the validator for
 * all the files (it takes seconds to start). It exits 0 even when it finds problems, so its
 * findings are read from the SARIF log it writes.
 */
export function sarifValidatorErrorsOf(files: readonly string[]): Map<string, string[]> {
  const out = join(makeTempDir('ucma-codemod-sarif-'), 'validation.sarif');
  const run = spawnSync(multitoolPath, ['validate', '--rule-kind', 'Gh;Sarif', ...files, '--output', out, '--log', 'ForceOverwrite'], {
    encoding: 'utf8',
  });
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`sarif-multitool validate exited ${run.status}: ${run.stdout}${run.stderr}`);
  // The validator may write a UTF-8 byte order mark.
  const log = JSON.parse(readFileSync(out, 'utf8').replace(/^\uFEFF/, '')) as ValidatorLog;
  const errors = new Map(files.map((file) => [resolve(file), [] as string[]]));
  for (const run of log.runs) {
    const rules = run.tool.driver.rules ?? [];
    for (const result of run.results ?? []) {
      const rule = result.ruleIndex !== undefined ? rules[result.ruleIndex] : rules.find((r) => r.id === result.ruleId);
      // SARIF: a result without a level takes its rule's default level, else "warning".
      const level = result.level ?? rule?.defaultConfiguration?.level ?? 'warning';
      if (level !== 'error') continue;
      const message = result.message?.text ?? [result.message?.id, ...(result.message?.arguments ?? [])].join(' ');
      const uri = result.locations?.[0]?.physicalLocation?.artifactLocation?.uri;
      const file = files.map((f) => resolve(f)).find((f) => uri === pathToFileURL(f).href || uri === f) ?? files[0]!;
      errors.get(resolve(file))?.push(`${result.ruleId ?? '?'} ${message}`);
    }
  }
  return new Map(files.map((file) => [file, errors.get(resolve(file))!]));
}

/** The validator's error-level findings for one file (see sarifValidatorErrorsOf). */
export function sarifValidatorErrors(file: string): string[] {
  return sarifValidatorErrorsOf([file]).get(file)!;
}

/** Writes `log` (an object or the tool's raw output) to a temp file and runs both checks. */
export function sarifProblems(log: object | Buffer | string): { schema: string[]; validator: string[] } {
  const text = typeof log === 'object' && !Buffer.isBuffer(log) ? JSON.stringify(log, null, 2) : log.toString();
  const file = join(makeTempDir('ucma-codemod-sarif-'), 'log.sarif');
  writeFileSync(file, text);
  return { schema: sarifSchemaErrors(JSON.parse(text)), validator: sarifValidatorErrors(file) };
}
