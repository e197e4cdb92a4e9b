// What the CLI reads and writes: the real process in production, fakes or pipes in tests.
import { isClosedPipeError } from './closed-pipe.js';

export interface CliIo {
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean; fd?: number };
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

/** Writes text and returns `code`, for one-line command endings. */
export function writeAndReturn(stream: NodeJS.WritableStream, text: string, code: number): number {
  stream.write(text);
  return code;
}

/**
 * Writes bytes and waits until the stream took them, so a piped reader gets everything; resolves
 * 'closed' when the reader has gone (see closed-pipe), rejects on any other error.
 */
export function writeBytes(stream: NodeJS.WritableStream, bytes: Buffer): Promise<'written' | 'closed'> {
  if (bytes.length === 0) return Promise.resolve('written');
  return new Promise((resolvePromise, reject) => {
    stream.write(bytes, (thrown) => {
      if (!thrown) resolvePromise('written');
      else if (isClosedPipeError(thrown)) resolvePromise('closed');
      else reject(thrown);
    });
  });
}
