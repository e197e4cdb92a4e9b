/** The code of the engine's own findings: a file it could not read, decode or change safely; a malformed suppression. */
export const ENGINE_CODE = 'UCMA0001';
/** The prefix of derived codes; built-in codes never use it. */
export const DERIVED_CODE_PREFIX = 'UCMX';
const CODE_PATTERN = /^[A-Za-z]{1,8}[0-9]{1,8}$/;
/** True for a well-formed code: letters then digits (MSBuild allows no spaces or colons in a code). */
export function isFindingCode(value) {
    return typeof value === 'string' && CODE_PATTERN.test(value);
}
/**
 * The code of a finding of `owner` (a transform id, or `engine`) and its optional `rule`: the
 * rule's code, else (no rule) the transform's code, else a code derived from `owner/rule` or
 * `owner`. `transform` is the owner's transform when the run has it.
 */
export function findingCode(owner, rule, transform) {
    if (owner === 'engine')
        return ENGINE_CODE;
    const meta = transform?.meta.id === owner ? transform.meta : undefined;
    if (rule !== undefined) {
        const declared = meta?.rules?.find((r) => r.id === rule)?.code;
        return declared ?? derivedCode(`${owner}/${rule}`);
    }
    return meta?.code ?? derivedCode(owner);
}
/**
 * `UCMX` and five digits from a hash of the id: the same id always gets the same code. Two ids can
 * share one (1 in 100000 for a pair); give `meta.code` to choose a code of your own.
 */
export function derivedCode(id) {
    // FNV-1a, 32 bits.
    let hash = 0x811c9dc5;
    for (let i = 0; i < id.length; i++) {
        hash ^= id.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return `${DERIVED_CODE_PREFIX}${String(hash % 100000).padStart(5, '0')}`;
}
