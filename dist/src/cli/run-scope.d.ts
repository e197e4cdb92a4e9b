import type { FingerprintRoot } from '../run/fingerprint.js';
import type { CliOptions } from './parse-args.js';
/**
 * The project root: the config file's folder, else the top of the git work tree, else the working
 * directory. The same files get the same fingerprints whichever folder the tool runs from.
 */
export declare function fingerprintRootFor(options: Pick<CliOptions, 'configPath'>, cwd: string): Promise<FingerprintRoot>;
/** The folders the run walks: the named ones, or the working directory when none is named; none for --staged or stdin. */
export declare function walkedFolders(options: Pick<CliOptions, 'paths' | 'staged' | 'stdinFilepath'>, cwd: string): string[];
