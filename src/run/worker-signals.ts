// The plain values the worker pool and its threads exchange besides messages: the request that
// closes a worker, and what the progress slot holds when no transform runs. Kept apart from the
// worker's module so that the pool (and the CLI's bundle) does not load the worker's code.

/** Sent instead of a file when the run is over: the worker closes its port and ends on its own. */
export const CLOSE_REQUEST = 'close';

/** Progress values besides a transform's index. */
export const ENGINE_AT_WORK = -1;
export const LOADING = -2;
