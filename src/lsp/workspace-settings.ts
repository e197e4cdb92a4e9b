// What the server runs in a workspace: the transforms, options and severities of the project's configuration,
// as the command line would choose them there. The CLI supplies the loader (it owns the config and
// -t rules); the server asks again when the configuration file changes.
import type { IgnoreRules } from '../inputs/ignore-rules.js';
import type { SeverityPolicy } from '../engine/severity.js';
import type { Transform } from '../engine/transform.js';

export interface WorkspaceSettings {
  readonly transforms: readonly Transform[];
  readonly transformOptions: Readonly<Record<string, string>>;
  readonly maxFileSize: number;
  readonly ignore: IgnoreRules | undefined;
  /** Every transform id a suppression comment may name without being called unknown (the built-ins, as for the CLI). */
  readonly knownTransformIds: readonly string[];
  /** The configuration's per-rule severities (`off` rules are already left out of `transforms`). */
  readonly severities?: SeverityPolicy | undefined;
}

/** Reads the settings for a workspace folder; throws a UserError for a broken configuration. */
export type WorkspaceSettingsLoader = (root: string) => Promise<WorkspaceSettings>;
