// The contract of an output format, in the manner of ESLint's formatters: a name, the commands it
// serves, and a pure function from the run's result to bytes. Formats never change a result.
import type { Severity, Transform } from '../engine/transform.js';
import type { SeverityPolicy } from '../engine/severity.js';
import type { MigrationTarget } from '../platform/migration-target.js';
import type { RunCommand } from '../run/exit-code.js';
import type { FileResult, RunResult } from '../run/run-result.js';
import type { MigrationPlan } from '../migration/migration-plan.js';
import type { ProjectSurvey } from '../migration/project-survey.js';

/** How the run was asked for, for report headers: the paths, the flags that change the run, the config file. */
export interface Invocation {
  readonly paths: readonly string[];
  /** The flags given on the command line that change what the run does, as typed. */
  readonly flags: readonly string[];
  /** The config file, relative to the working directory, and the settings it gave; undefined when there is none. */
  readonly config?: { readonly path: string; readonly settings: Readonly<Record<string, unknown>> } | undefined;
}

/** What `report` and `plan` add to a run: each project as the migration sees it, and the plan. */
export interface MigrationFacts {
  readonly projects: readonly ProjectSurvey[];
  readonly plan: MigrationPlan;
}

/** Everything a format may need besides the result; the same object for every format. */
export interface ReportContext {
  readonly command: RunCommand;
  readonly toolVersion: string;
  /** The transforms of the run, in run order. */
  readonly transforms: readonly Transform[];
  readonly transformsById: ReadonlyMap<string, Transform>;
  /** The working directory paths are relative to. */
  readonly cwd: string;
  /** The report's date (SOURCE_DATE_EPOCH when set). */
  readonly date: Date;
  /** The exit status the run ends with. */
  readonly exitCode: number;
  /** The user's git identity, "Name <email>", for formats that make commits; undefined when unknown. */
  readonly author?: string | undefined;
  /** How the run was asked for (report and plan). */
  readonly invocation?: Invocation | undefined;
  /**
   * The declared migration target of the run (ucma-codemod.config.json "migration", --option
   * migration.*): what the provisioning rules were judged against and what the plan starts from.
   */
  readonly migrationTarget?: MigrationTarget | undefined;
  /** The projects and the plan (report and plan), built from the same migration target. */
  readonly migration?: MigrationFacts | undefined;
  /** The run's per-rule severities (the config file), for formats that describe rules (SARIF). */
  readonly severities?: SeverityPolicy | undefined;
  /** The mildest severity that formats for people (annotations) show (`--diagnostic-level`); default: all. */
  readonly diagnosticLevel?: Severity | undefined;
}

/** A piece of output: joined for stdout or `-o`, or one file each with `--output-dir`. */
export interface OutputPart {
  readonly fileName: string;
  readonly bytes: Buffer;
}

export interface OutputFormat {
  readonly name: string;
  /** One line for `--help`. */
  readonly summary: string;
  readonly commands: readonly RunCommand[];
  /** The commands whose stdout carries this format when none is asked for. */
  readonly defaultFor?: readonly RunCommand[];
  /** A program reads it: the CLI shows no progress bar beside it. */
  readonly machineReadable: boolean;
  /** Its parts can be written one file each (`--output-dir`). */
  readonly splitsIntoFiles: boolean;
  /**
   * It names files as a patch does (diff, mbox, stat): only paths below the current directory, so
   * a run whose paths leave it is refused. Formats without it take any path (default false).
   */
  readonly namesPathsInPatch?: boolean;
  /** The whole output from the whole result. */
  build(result: RunResult, context: ReportContext): readonly OutputPart[];
  /**
   * The same bytes piece by piece, for formats that need no totals: `file` for each file record
   * as soon as its turn comes (in result order), then `end`. The concatenation equals `build`'s.
   * A streamed file's `change` is dropped after `file`, so `end` must not need it.
   */
  readonly stream?: OutputStream;
}

export interface OutputStream {
  file(file: FileResult, context: StreamContext): Buffer;
  end?(result: RunResult, context: ReportContext): Buffer;
}

/** What a format knows while files are still coming: everything but the exit status. */
export type StreamContext = Omit<ReportContext, 'exitCode'>;

/** Builds the context shared by every format. */
export function reportContext(fields: Omit<ReportContext, 'transformsById'>): ReportContext {
  return { ...fields, transformsById: new Map(fields.transforms.map((t) => [t.meta.id, t])) };
}

/** The context of streamed parts, before the exit status is known. */
export function streamContext(fields: Omit<StreamContext, 'transformsById'>): StreamContext {
  return { ...fields, transformsById: new Map(fields.transforms.map((t) => [t.meta.id, t])) };
}

/** The title of a transform by id, or the id when it is not one of the run's (the engine). */
export function titleOf(context: ReportContext, id: string): string {
  return context.transformsById.get(id)?.meta.title ?? id;
}

/** How a finding is named in reports: `transform`, or `transform/rule` for a transform made of rules. */
export function findingId(item: { readonly rule?: string } & ({ readonly origin: string } | { readonly transform: string })): string {
  const owner = 'origin' in item ? item.origin : item.transform;
  return item.rule === undefined ? owner : `${owner}/${item.rule}`;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

/** True when `severity` is at or above `level` (undefined: every severity is shown). */
export function isShownAt(severity: Severity, level: Severity | undefined): boolean {
  return SEVERITY_RANK[severity] >= SEVERITY_RANK[level ?? 'info'];
}

/** One unnamed part, for formats that make a single stream. */
export function singlePart(bytes: Buffer, fileName: string): OutputPart[] {
  return bytes.length === 0 ? [] : [{ fileName, bytes }];
}
