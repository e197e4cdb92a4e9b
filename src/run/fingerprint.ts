// A finding's fingerprint: its identity across runs, for the baseline (`check --baseline`) and for
// SARIF's partialFingerprints. The engine anchors a finding in its file (rule, enclosing member,
// normalised node text, occurrence index: see engine/finding-anchor); here the project-relative
// path joins it. Edits elsewhere and moved lines leave a fingerprint alone; a renamed file, another
// member or other text gives a new one, so a fixed finding swapped for a new one shows as both.
import { relative, resolve, sep } from 'node:path';
import { digestOf, type FindingAnchor } from '../engine/finding-anchor.js';
import { flat } from '../engine/finding-anchor.js';
import type { FindingFingerprint } from './run-result.js';

/** Where fingerprints' paths are relative to, and the folder display paths are relative to. */
export interface FingerprintRoot {
  /** The project's root: the config file's folder, else the git work tree's top, else the working directory. */
  readonly root: string;
  readonly cwd: string;
}

/** The path of a file (as displayed, relative to `cwd`) relative to the project root, with forward slashes. */
export function projectPathOf(displayPath: string, where: FingerprintRoot | undefined): string {
  if (where === undefined) return displayPath;
  return relative(where.root, resolve(where.cwd, displayPath)).split(sep).join('/');
}

/**
 * The fingerprint of a finding in the file at `projectPath`. Without an anchor (a file the run
 * passed over, so never parsed), the normalised message stands in for the node text.
 */
export function fingerprintOf(
  projectPath: string,
  finding: {
    readonly origin: string;
    readonly rule?: string | undefined;
    readonly message: string;
    readonly anchor?: FindingAnchor | undefined;
  },
): FindingFingerprint {
  const anchor = finding.anchor ?? {
    member: '',
    snippet: flat(finding.message).slice(0, 80),
    digest: digestOf([finding.origin, finding.rule ?? '', '', flat(finding.message), '0']),
  };
  return { hash: digestOf([projectPath, anchor.digest]), path: projectPath, member: anchor.member, snippet: anchor.snippet };
}
