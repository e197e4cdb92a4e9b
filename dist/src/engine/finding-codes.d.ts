import type { Transform } from './transform.js';
/** The code of the engine's own findings: a file it could not read, decode or change safely; a malformed suppression. */
export declare const ENGINE_CODE = "UCMA0001";
/** The prefix of derived codes; built-in codes never use it. */
export declare const DERIVED_CODE_PREFIX = "UCMX";
/** True for a well-formed code: letters then digits (MSBuild allows no spaces or colons in a code). */
export declare function isFindingCode(value: unknown): value is string;
/**
 * The code of a finding of `owner` (a transform id, or `engine`) and its optional `rule`: the
 * rule's code, else (no rule) the transform's code, else a code derived from `owner/rule` or
 * `owner`. `transform` is the owner's transform when the run has it.
 */
export declare function findingCode(owner: string, rule: string | undefined, transform: Transform | undefined): string;
/**
 * `UCMX` and five digits from a hash of the id: the same id always gets the same code. Two ids can
 * share one (1 in 100000 for a pair); give `meta.code` to choose a code of your own.
 */
export declare function derivedCode(id: string): string;
