// The contract of an output format, in the manner of ESLint's formatters: a name, the commands it
// serves, and a pure function from the run's result to bytes. Formats never change a result.
import type { Transform } from '../engine/transform.js';
import type { MigrationTarget } from '../platform/migration-target.js';
import type { RunCommand } from '../run/exit-code.js';
import type { FileResult, RunResult } from '../run/run-result.js';

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
  /** The declared migration target of the run (ucma-codemod.config.json "migration", --option migration.*), when known. */
  readonly migration?: MigrationTarget | undefined;
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
  /** A program reads it: the CLI shows no progress bar beside it. */
  readonly machineReadable: boolean;
  /** Its parts can be written one file each (`--output-dir`). */
  readonly splitsIntoFiles: boolean;
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

/** One unnamed part, for formats that make a single stream. */
export function singlePart(bytes: Buffer, fileName: string): OutputPart[] {
  return bytes.length === 0 ? [] : [{ fileName, bytes }];
}
