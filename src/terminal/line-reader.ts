// Reads answers one line at a time from a terminal or a pipe; undefined once the input ends.
import { createInterface } from 'node:readline';

export class LineReader {
  private readonly lines: AsyncIterator<string>;
  private ended = false;

  constructor(input: NodeJS.ReadableStream) {
    this.lines = createInterface({ input, crlfDelay: Infinity, terminal: false })[Symbol.asyncIterator]();
  }

  async next(): Promise<string | undefined> {
    if (this.ended) return undefined;
    const { value, done } = await this.lines.next();
    if (done) {
      this.ended = true;
      return undefined;
    }
    return value;
  }

  close(): void {
    void this.lines.return?.();
  }
}
