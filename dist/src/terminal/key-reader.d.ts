/** A terminal stream that can be put in raw mode. */
export interface RawModeInput extends NodeJS.ReadableStream {
    setRawMode(mode: boolean): unknown;
}
export declare class KeyReader {
    private readonly input;
    /** Keys that arrived together (typed ahead or pasted), handed out one per answer. */
    private pending;
    private ended;
    constructor(input: RawModeInput);
    /**
     * The next key (one character, or a whole escape sequence); undefined after Ctrl-D. `onReady`
     * runs once the terminal is in raw mode (it shows the question), so a key typed as soon as the
     * question is on screen is never echoed by the terminal or held back until Enter.
     */
    next(onReady?: () => void): Promise<string | undefined>;
    private readChunk;
    close(): void;
}
