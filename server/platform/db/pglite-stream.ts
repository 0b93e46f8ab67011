import { Duplex } from 'node:stream';

/** Where a connection's bytes go: the thread that runs PGlite. */
export interface PgliteLink {
  send(connection: number, bytes: ArrayBuffer): void;
  end(connection: number): void;
  forget(connection: number): void;
}

/**
 * One pg client's connection to the PGlite worker, in place of a TCP socket (pg's `stream`
 * option): what the client writes goes to the worker, what the worker answers is read back.
 * The writes of one turn of the event loop (a query's Parse, Bind, Describe, Execute, Sync) go
 * as one message, in a buffer handed over to the worker rather than copied.
 */
export class PgliteStream extends Duplex {
  #pending: Buffer[] = [];

  constructor(
    private readonly link: PgliteLink,
    readonly connection: number,
  ) {
    super();
  }

  // What pg's Connection calls on a socket.
  connect(): this {
    process.nextTick(() => this.emit('connect'));
    return this;
  }
  setNoDelay(): this {
    return this;
  }
  setKeepAlive(): this {
    return this;
  }
  ref(): this {
    return this;
  }
  unref(): this {
    return this;
  }

  /** The worker's answer. */
  receive(bytes: ArrayBuffer): void {
    if (bytes.byteLength > 0) this.push(Buffer.from(bytes));
  }

  override _read(): void {
    // Answers are pushed as the worker sends them.
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.#pending.push(chunk);
    if (this.#pending.length === 1) queueMicrotask(() => this.#flush());
    callback();
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.#flush();
    this.link.end(this.connection);
    this.push(null);
    callback();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.#pending = [];
    this.link.forget(this.connection);
    callback(error);
  }

  #flush(): void {
    if (this.#pending.length === 0 || this.destroyed) return;
    const chunks = this.#pending;
    this.#pending = [];
    // A buffer of its own: small Buffers share Node's pool, which must not be handed away.
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    this.link.send(this.connection, bytes.buffer);
  }
}
