// Reads one key per answer from a terminal, without Enter, as git's interactive.singleKey does:
// the terminal is in raw mode only while a key is awaited, so an editor started between questions
// and the shell afterwards get it back as it was. Ctrl-D ends the input; Ctrl-C gives the terminal
// back and interrupts the process, as it would in line mode.

/** A terminal stream that can be put in raw mode. */
export interface RawModeInput extends NodeJS.ReadableStream {
  setRawMode(mode: boolean): unknown;
}

export class KeyReader {
  /** Keys that arrived together (typed ahead or pasted), handed out one per answer. */
  private pending: string[] = [];
  private ended = false;

  constructor(private readonly input: RawModeInput) {}

  /**
   * The next key (one character, or a whole escape sequence); undefined after Ctrl-D. `onReady`
   * runs once the terminal is in raw mode (it shows the question), so a key typed as soon as the
   * question is on screen is never echoed by the terminal or held back until Enter.
   */
  async next(onReady?: () => void): Promise<string | undefined> {
    if (this.pending.length === 0 && !this.ended) this.pending = splitKeys(await this.readChunk(onReady));
    else onReady?.();
    const key = this.pending.shift();
    if (key === undefined || key === '\u0004') {
      this.ended = true;
      return undefined;
    }
    if (key === '\u0003') {
      process.kill(process.pid, 'SIGINT');
      return new Promise<undefined>(() => undefined);
    }
    return key;
  }

  private readChunk(onReady: (() => void) | undefined): Promise<string> {
    return new Promise((resolvePromise) => {
      const done = (text: string) => {
        this.input.off('data', onData);
        this.input.off('end', onEnd);
        this.input.setRawMode(false);
        this.input.pause();
        resolvePromise(text);
      };
      const onData = (chunk: Buffer | string) => done(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
      const onEnd = () => done('\u0004');
      this.input.setRawMode(true);
      onReady?.();
      this.input.on('data', onData);
      this.input.once('end', onEnd);
      this.input.resume();
    });
  }

  close(): void {
    this.ended = true;
    this.input.pause();
  }
}

/** Keys in a chunk: escape sequences (arrows and the like) stay whole, other characters one each. */
function splitKeys(chunk: string): string[] {
  const keys: string[] = [];
  for (let index = 0; index < chunk.length;) {
    const escape = /^\u001b(\[[0-9;]*[A-Za-z~]|O[A-Za-z]|.)?/.exec(chunk.slice(index));
    const key = escape ? escape[0] : String.fromCodePoint(chunk.codePointAt(index)!);
    keys.push(key);
    index += key.length;
  }
  return keys;
}
