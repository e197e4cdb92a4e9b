// A small scripted LSP client for tests: spawns `ucma-codemod lsp`, frames JSON-RPC messages by hand
// (Content-Length headers, as the protocol specifies; independent of the server's library), and
// lets a test send requests and notifications, answer the server's requests, and wait for
// notifications by content. Nothing here waits for time: every wait is for a message or an exit.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { binPath } from './cli.js';

// Messages are checked by the tests that read them; the client passes them through untyped.
type Json = any;

interface Pending {
  resolve(value: Json): void;
  reject(error: Error): void;
}

interface Waiter {
  method: string;
  test(params: Json): boolean;
  resolve(params: Json): void;
}

const started = new Set<LspClient>();

/** Ends the servers of clients a failed test left running (by their own process id), so jest can exit. */
export function stopLeftoverServers(): void {
  for (const client of started) if (client.process.exitCode === null && client.process.signalCode === null) client.process.kill('SIGKILL');
  started.clear();
}

export class LspClient {
  readonly process: ChildProcessWithoutNullStreams;
  /** Every notification the server sent, in order. */
  readonly notifications: Array<{ method: string; params: Json }> = [];
  /** Every request the server sent, in order. */
  readonly serverRequests: Array<{ method: string; params: Json }> = [];
  stderr = '';
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private waiters: Waiter[] = [];
  private requestWaiters: Waiter[] = [];
  private readonly taken = new Set<number>();
  private readonly exited: Promise<number | null>;
  /** How the client answers the server's requests, by method (default: null). */
  readonly answers = new Map<string, (params: Json) => Json>();

  constructor(cwd: string, args: readonly string[] = []) {
    this.process = spawn(process.execPath, [binPath, 'lsp', ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    this.process.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.process.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString('utf8')));
    this.exited = new Promise((resolve) => this.process.on('exit', (code) => resolve(code)));
    started.add(this);
    void this.exited.then(() => {
      for (const pending of this.pending.values()) pending.reject(new Error(`the server exited; stderr: ${this.stderr}`));
      this.pending.clear();
    });
  }

  /** Sends a request and resolves with its result (rejects with the server's error). */
  request(method: string, params: Json): Promise<Json> {
    const id = this.nextId++;
    const answer = new Promise<Json>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.send({ jsonrpc: '2.0', id, method, params });
    return answer;
  }

  notify(method: string, params: Json): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** A mark in the stream of notifications: `waitFor(..., mark)` looks only at what comes after it. */
  mark(): number {
    return this.notifications.length;
  }

  /**
   * The first notification of `method` whose params pass `test`, among those received since `from`
   * (a mark; default: the start) and not taken by an earlier wait, or the next one to come.
   */
  waitFor(method: string, test: (params: Json) => boolean = () => true, from = 0): Promise<Json> {
    const index = this.notifications.findIndex((n, i) => i >= from && !this.taken.has(i) && n.method === method && test(n.params));
    if (index !== -1) {
      this.taken.add(index);
      return Promise.resolve(this.notifications[index]!.params);
    }
    return new Promise((resolve) => this.waiters.push({ method, test, resolve }));
  }

  /** The first request of `method` the server sent (already, or the next one). */
  waitForRequest(method: string): Promise<Json> {
    const found = this.serverRequests.find((r) => r.method === method);
    if (found) return Promise.resolve(found.params);
    return new Promise((resolve) => this.requestWaiters.push({ method, test: () => true, resolve }));
  }

  /** Resolves with the exit code once the process ends. */
  exit(): Promise<number | null> {
    return this.exited;
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.process.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd === -1) return;
      const header = this.buffer.subarray(0, headerEnd).toString('ascii');
      const length = Number(/Content-Length: (\d+)/i.exec(header)?.[1]);
      if (!Number.isFinite(length)) throw new Error(`bad header from the server: ${header}`);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body));
    }
  }

  private dispatch(message: Json): void {
    if (message.id !== undefined && message.method === undefined) {
      const pending = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) pending?.reject(new Error(`${message.error.code}: ${message.error.message}`));
      else pending?.resolve(message.result);
      return;
    }
    if (message.id !== undefined) {
      this.serverRequests.push({ method: message.method, params: message.params });
      for (const waiter of this.requestWaiters.filter((w) => w.method === message.method)) waiter.resolve(message.params);
      this.requestWaiters = this.requestWaiters.filter((w) => w.method !== message.method);
      const answer = this.answers.get(message.method);
      this.send({ jsonrpc: '2.0', id: message.id, result: answer ? answer(message.params) : null });
      return;
    }
    this.notifications.push({ method: message.method, params: message.params });
    const waiter = this.waiters.find((w) => w.method === message.method && w.test(message.params));
    if (waiter) {
      this.taken.add(this.notifications.length - 1);
      this.waiters = this.waiters.filter((w) => w !== waiter);
      waiter.resolve(message.params);
    }
  }
}

/** Applies LSP text edits (UTF-16 line/character positions) to a text, as an editor does: all at once, on the original. */
export function applyTextEdits(text: string, edits: ReadonlyArray<{ range: Json; newText: string }>): string {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') i++;
    if (text[i] === '\n' || text[i] === '\r') lineStarts.push(i + 1);
  }
  const offset = (position: { line: number; character: number }) => lineStarts[position.line]! + position.character;
  const sorted = edits
    .map((edit) => ({ start: offset(edit.range.start), end: offset(edit.range.end), text: edit.newText }))
    .sort((a, b) => a.start - b.start);
  let result = '';
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at) throw new Error('overlapping edits');
    result += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return result + text.slice(at);
}
