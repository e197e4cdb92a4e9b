export declare class LineReader {
    private readonly input;
    private readline;
    private lines;
    private ended;
    constructor(input: NodeJS.ReadableStream);
    next(): Promise<string | undefined>;
    close(): void;
}
