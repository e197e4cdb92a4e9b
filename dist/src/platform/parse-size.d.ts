/** The number of bytes, or undefined when `text` is not a size. */
export declare function parseByteSize(text: string): number | undefined;
