function rangeOf(target) {
    if ('startIndex' in target)
        return { start: target.startIndex, end: target.endIndex };
    return { start: target.start, end: target.end };
}
/** Replaces the node's text (or the range) with `text`. */
export function replace(target, text) {
    const { start, end } = rangeOf(target);
    return { start, end, text };
}
/** Inserts `text` just before the node (or at the range's start). */
export function insertBefore(target, text) {
    const { start } = rangeOf(target);
    return { start, end: start, text };
}
/** Inserts `text` just after the node (or at the range's end). */
export function insertAfter(target, text) {
    const { end } = rangeOf(target);
    return { start: end, end, text };
}
/** Removes the node's text (or the range). Surrounding whitespace is left alone. */
export function remove(target) {
    const { start, end } = rangeOf(target);
    return { start, end, text: '' };
}
/** A diagnostic of any severity at the node or range. */
export function diagnostic(severity, target, message) {
    return { severity, message, range: rangeOf(target) };
}
/** The transform could not handle this place: the file fails. */
export function error(target, message) {
    return diagnostic('error', target, message);
}
/** A person must make a change here by hand. */
export function warning(target, message) {
    return diagnostic('warning', target, message);
}
/** For information only. */
export function info(target, message) {
    return diagnostic('info', target, message);
}
