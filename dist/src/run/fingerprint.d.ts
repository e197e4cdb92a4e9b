import { type FindingAnchor } from '../engine/finding-anchor.js';
import type { FindingFingerprint } from './run-result.js';
/** Where fingerprints' paths are relative to, and the folder display paths are relative to. */
export interface FingerprintRoot {
    /** The project's root: the config file's folder, else the git work tree's top, else the working directory. */
    readonly root: string;
    readonly cwd: string;
}
/** The path of a file (as displayed, relative to `cwd`) relative to the project root, with forward slashes. */
export declare function projectPathOf(displayPath: string, where: FingerprintRoot | undefined): string;
/**
 * The fingerprint of a finding in the file at `projectPath`. Without an anchor (a file the run
 * passed over, so never parsed), the normalised message stands in for the node text.
 */
export declare function fingerprintOf(projectPath: string, finding: {
    readonly origin: string;
    readonly rule?: string | undefined;
    readonly message: string;
    readonly anchor?: FindingAnchor | undefined;
}): FindingFingerprint;
