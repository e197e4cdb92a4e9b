/** Sent instead of a file when the run is over: the worker closes its port and ends on its own. */
export declare const CLOSE_REQUEST = "close";
/** Progress values besides a transform's index. */
export declare const ENGINE_AT_WORK = -1;
export declare const LOADING = -2;
