/** Counts `length` units of parsed text and collects dead trees' wrappers when enough piled up. */
export declare function noteParsedText(length: number): void;
/**
 * After a collection, lets the event loop turn so the trees' finalizers run. Needed where the
 * work goes on in promise callbacks only (microtasks never let finalizers run); a worker thread
 * turns its loop between messages anyway.
 */
export declare function letFinalizersRun(): Promise<void>;
