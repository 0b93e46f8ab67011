import { Worker } from 'node:worker_threads';
import type { FromPgliteWorker, PgliteWorkerData, ToPgliteWorker } from './pglite-messages.js';
import { PgliteStream, type PgliteLink } from './pglite-stream.js';

/** PGlite running in a worker thread, reached through streams that pg's Client takes for sockets. */
export interface PgliteThread {
  /** A new connection, for pg's `stream` option. */
  connect(): PgliteStream;
  /** Closes PGlite (its files are written out) and ends the thread. */
  close(): Promise<void>;
  /** The thread itself (tests stop it to see a crash reported). */
  readonly worker: Worker;
}

/**
 * The worker's script. Built (dist/), it is the compiled .js beside this file. From the
 * TypeScript sources (tsx, vitest) it is the .ts file, loaded through tsx's API: neither the test
 * runner's nor tsx's own loader reaches into a worker thread, and on Node 20 neither does
 * `--import tsx` in the worker's execArgv.
 */
function workerScript(): { script: string | URL; eval: boolean } {
  if (!import.meta.url.endsWith('.ts')) return { script: new URL('./pglite-worker.js', import.meta.url), eval: false };
  const tsx = import.meta.resolve('tsx/esm/api');
  const worker = new URL('./pglite-worker.ts', import.meta.url).href;
  const load = `import(${JSON.stringify(tsx)}).then((tsx) => tsx.tsImport(${JSON.stringify(worker)}, ${JSON.stringify(worker)}))`;
  return { script: load, eval: true };
}

/**
 * Starts PGlite in a worker thread on `dataDir` (a directory, or 'memory://') with pg_trgm, and
 * resolves once it is ready. If PGlite cannot open the directory, rejects with an error that says
 * which one and why (the thread has ended by then).
 */
export function startPgliteThread(dataDir: string): Promise<PgliteThread> {
  const { script, eval: isSource } = workerScript();
  const workerData: PgliteWorkerData = { dataDir };
  const worker = new Worker(script, { workerData, eval: isSource });
  return new Promise((resolve, reject) => {
    const onMessage = (message: FromPgliteWorker) => {
      if (message.type !== 'ready') return;
      settle();
      resolve(new ThreadHost(worker));
    };
    const onError = (err: Error) => {
      settle();
      reject(new Error(`Cannot open the embedded database (PGlite) in ${dataDir}: ${err.message}`, { cause: err }));
    };
    const onExit = (code: number) =>
      onError(new Error(`its thread stopped with exit code ${code} before it was ready`));
    const settle = () => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    };
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
  });
}

class ThreadHost implements PgliteThread, PgliteLink {
  readonly #streams = new Map<number, PgliteStream>();
  #nextConnection = 1;
  /** 'data' messages the worker has not answered yet: while there are any, the thread keeps the process alive. */
  #unanswered = 0;
  #failure: Error | undefined;
  #closing: Promise<void> | undefined;
  #closeRequested = false;
  /** PGlite answered 'closed': the thread's exit that follows is no failure. */
  #closed = false;

  constructor(readonly worker: Worker) {
    worker.unref();
    worker.on('message', (message: FromPgliteWorker) => {
      if (message.type === 'closed') this.#closed = true;
      if (message.type !== 'data') return;
      this.#unanswered--;
      this.#holdProcess();
      this.#streams.get(message.connection)?.receive(message.bytes);
    });
    worker.on('error', (err) =>
      this.#fail(new Error(`The embedded database (PGlite) failed: ${err.message}`, { cause: err })),
    );
    worker.on('exit', (code) => {
      if (!this.#closed)
        this.#fail(new Error(`The embedded database (PGlite) stopped: its thread exited with code ${code}`));
    });
  }

  connect(): PgliteStream {
    const stream = new PgliteStream(this, this.#nextConnection++);
    const failure =
      this.#failure ?? (this.#closeRequested ? new Error('The embedded database (PGlite) is closed') : undefined);
    if (failure) process.nextTick(() => stream.destroy(failure));
    else this.#streams.set(stream.connection, stream);
    return stream;
  }

  send(connection: number, bytes: ArrayBuffer): void {
    if (this.#failure) return;
    this.#unanswered++;
    this.#holdProcess();
    this.#post({ type: 'data', connection, bytes }, [bytes]);
  }

  end(connection: number): void {
    this.#streams.delete(connection);
    if (!this.#failure) this.#post({ type: 'end', connection });
  }

  forget(connection: number): void {
    if (this.#streams.delete(connection) && !this.#failure) this.#post({ type: 'end', connection });
  }

  close(): Promise<void> {
    if (!this.#closing) {
      this.#closeRequested = true;
      this.#closing = this.#close();
    }
    return this.#closing;
  }

  async #close(): Promise<void> {
    if (this.#failure) return;
    this.#holdProcess();
    const closed = new Promise<void>((resolve, reject) => {
      this.worker.on('message', (message: FromPgliteWorker) => {
        if (message.type === 'closed') resolve();
      });
      this.worker.once('exit', () => (this.#closed ? resolve() : reject(this.#failure)));
    });
    this.#post({ type: 'close' });
    await closed;
    await this.worker.terminate();
  }

  /**
   * Like a socket with a request on it, the thread keeps the process alive while the worker owes
   * an answer or is closing, and not while the database is idle.
   */
  #holdProcess(): void {
    if (this.#unanswered > 0 || this.#closeRequested) this.worker.ref();
    else this.worker.unref();
  }

  #post(message: ToPgliteWorker, transfer: ArrayBuffer[] = []): void {
    this.worker.postMessage(message, transfer);
  }

  /** The thread is gone: every connection fails with the reason, and so does every new one. */
  #fail(error: Error): void {
    if (this.#failure) return;
    this.#failure = error;
    for (const stream of this.#streams.values()) stream.destroy(error);
    this.#streams.clear();
  }
}
