// The PGlite worker thread: PGlite runs here, so the main thread's event loop (HTTP, timers)
// keeps turning while PostgreSQL works. It speaks PostgreSQL's wire protocol with the pg clients
// of the main thread (see pglite-thread.ts) and answers every 'data' message with exactly one
// 'data' message (possibly empty), in order.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { FromPgliteWorker, PgliteWorkerData, ToPgliteWorker } from './pglite-messages.js';
import { ClientInputReader, simpleQuery, transactionStatusAfter, type TransactionStatus } from './pglite-wire.js';

if (!parentPort) throw new Error('pglite-worker runs as a worker thread');
const port = parentPort;
const { dataDir } = workerData as PgliteWorkerData;
const send = (message: FromPgliteWorker, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

// A failure to open (a damaged data directory, say) ends the thread with this error, which the
// main thread receives as the worker's 'error' event.
const lite = await PGlite.create(dataDir, { extensions: { pg_trgm } }).catch((err: unknown) => {
  throw err instanceof Error ? err : new Error(String(err));
});

const connections = new Map<number, ClientInputReader>();
/** PGlite is one backend: the transaction a connection leaves open is still open for the next. */
let status: TransactionStatus = 'I';
let sessions = 0;

/** Runs protocol bytes through PGlite; its output is copied out of WebAssembly memory, unparsed. */
async function run(bytes: Uint8Array): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await lite.execProtocolRawStream(bytes, { onRawData: (chunk) => chunks.push(chunk.slice()) });
  const output = concat(chunks);
  status = transactionStatusAfter(output, status);
  return output;
}

/** One buffer of its own (offset 0, its whole length), fit to hand over to the main thread. */
function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1 && chunks[0]!.byteLength === chunks[0]!.buffer.byteLength) return chunks[0]!;
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}

/**
 * A pool replaces a connection it dropped (an error, an idle timeout) with a new one, which must
 * start as a new session would: no transaction, prepared statement or setting of the old one.
 */
async function startSession(): Promise<void> {
  if (sessions++ === 0) return;
  if (status !== 'I') await run(simpleQuery('rollback'));
  await run(simpleQuery('discard all'));
}

async function answer(connection: number, reader: ClientInputReader): Promise<Uint8Array[]> {
  const output: Uint8Array[] = [];
  for (let input = reader.next(); input; input = reader.next()) {
    if (input.kind === 'startup') {
      await startSession();
      output.push(await run(input.bytes));
    } else if (input.kind === 'messages') {
      output.push(await run(input.bytes));
    } else {
      // Terminate, or a cancel request (PGlite cannot be interrupted): the connection is done.
      connections.delete(connection);
      break;
    }
  }
  return output;
}

async function handle(message: ToPgliteWorker): Promise<void> {
  switch (message.type) {
    case 'data': {
      let reader = connections.get(message.connection);
      if (!reader) connections.set(message.connection, (reader = new ClientInputReader()));
      reader.push(new Uint8Array(message.bytes));
      const bytes = concat(await answer(message.connection, reader)).buffer as ArrayBuffer;
      send({ type: 'data', connection: message.connection, bytes }, [bytes]);
      return;
    }
    case 'end':
      connections.delete(message.connection);
      return;
    case 'close':
      await lite.close();
      send({ type: 'closed' });
      port.close();
      return;
  }
}

// One message at a time, in arrival order: PGlite is a single backend.
let queue = Promise.resolve();
port.on('message', (message: ToPgliteWorker) => {
  queue = queue
    .then(() => handle(message))
    .catch((err: unknown) => {
      // PGlite answers SQL errors in the protocol; a throw means the backend itself broke.
      // Crash the thread so the main thread fails every connection instead of waiting forever.
      setImmediate(() => {
        throw err;
      });
    });
});
send({ type: 'ready' });
