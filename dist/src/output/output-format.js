/** Builds the context shared by every format. */
export function reportContext(fields) {
    return { ...fields, transformsById: new Map(fields.transforms.map((t) => [t.meta.id, t])) };
}
/** The context of streamed parts, before the exit status is known. */
export function streamContext(fields) {
    return { ...fields, transformsById: new Map(fields.transforms.map((t) => [t.meta.id, t])) };
}
/** The title of a transform by id, or the id when it is not one of the run's (the engine). */
export function titleOf(context, id) {
    return context.transformsById.get(id)?.meta.title ?? id;
}
/** How a finding is named in reports: `transform`, or `transform/rule` for a transform made of rules. */
export function findingId(item) {
    const owner = 'origin' in item ? item.origin : item.transform;
    return item.rule === undefined ? owner : `${owner}/${item.rule}`;
}
const SEVERITY_RANK = { info: 0, warning: 1, error: 2 };
/** True when `severity` is at or above `level` (undefined: every severity is shown). */
export function isShownAt(severity, level) {
    return SEVERITY_RANK[severity] >= SEVERITY_RANK[level ?? 'info'];
}
/** One unnamed part, for formats that make a single stream. */
export function singlePart(bytes, fileName) {
    return bytes.length === 0 ? [] : [{ fileName, bytes }];
}
