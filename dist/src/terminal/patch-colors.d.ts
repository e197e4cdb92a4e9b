/** `patch` (one or more whole file patches) with colour codes around each line's text. */
export declare function colorPatch(patch: Buffer): Buffer;
