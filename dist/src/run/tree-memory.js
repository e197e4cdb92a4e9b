// Keeps the memory of parsed trees bounded. node-tree-sitter frees a tree's native memory only
// when V8 collects its small JavaScript wrapper (and the event loop then runs the finalizer);
// V8 does not know the native size, so without help thousands of dead trees pile up (hundreds of
// MiB on a large tree of files). A young-generation collection after every 64 Ki units of parsed
// text frees them (the binding has no tree.delete(); see docs/performance.md): it costs a fraction
// of a millisecond, and dead trees then hold a few MiB per thread instead of tens (every MiB of
// text let them hold about 25 MiB).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
/** Text parsed since the last collection, in UTF-16 units. */
let parsedSinceCollection = 0;
const COLLECT_EVERY = 64 * 1024;
let collect = null;
function collector() {
    if (collect === null) {
        try {
            // --expose-gc at run time puts `gc` into contexts created afterwards; the main context keeps
            // no new global.
            setFlagsFromString('--expose-gc');
            collect = runInNewContext('gc');
        }
        catch {
            collect = undefined;
        }
    }
    return collect;
}
/** A collection ran, and its finalizers wait for the event loop. */
let finalizersWaiting = false;
/** Counts `length` units of parsed text and collects dead trees' wrappers when enough piled up. */
export function noteParsedText(length) {
    parsedSinceCollection += length;
    if (parsedSinceCollection < COLLECT_EVERY)
        return;
    parsedSinceCollection = 0;
    collector()?.({ type: 'minor' });
    finalizersWaiting = true;
}
/**
 * After a collection, lets the event loop turn so the trees' finalizers run. Needed where the
 * work goes on in promise callbacks only (microtasks never let finalizers run); a worker thread
 * turns its loop between messages anyway.
 */
export async function letFinalizersRun() {
    if (!finalizersWaiting)
        return;
    finalizersWaiting = false;
    await new Promise((resolve) => setImmediate(resolve));
}
