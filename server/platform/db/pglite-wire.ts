// Just enough of PostgreSQL's wire protocol for the PGlite worker: cutting what a client writes
// into whole messages (PGlite must be handed whole ones), and reading the transaction status
// from the ReadyForQuery messages PGlite answers with.

/** A piece of client input the worker acts on. */
export type ClientInput =
  /** The first packet of a connection (no type byte): PGlite answers with its greeting. */
  | { kind: 'startup'; bytes: Uint8Array }
  /** A request to cancel a running query; PGlite runs one query at a time and cannot be interrupted. */
  | { kind: 'cancel' }
  /** One or more whole messages, in order. */
  | { kind: 'messages'; bytes: Uint8Array }
  /** Terminate ('X'): the client is leaving. PGlite must never see it (it would stop the backend). */
  | { kind: 'terminate' };

const TERMINATE = 0x58; // 'X'
const READY_FOR_QUERY = 0x5a; // 'Z'
const CANCEL_REQUEST_CODE = 80877102;

/** Idle, in a transaction, or in a failed transaction: the byte ReadyForQuery carries. */
export type TransactionStatus = 'I' | 'T' | 'E';

function int32(bytes: Uint8Array, at: number): number {
  return new DataView(bytes.buffer, bytes.byteOffset + at, 4).getInt32(0);
}

/** Collects one connection's input and hands out whole messages. */
export class ClientInputReader {
  #pending: Uint8Array = new Uint8Array(0);
  #started = false;

  push(bytes: Uint8Array): void {
    if (this.#pending.length === 0) {
      this.#pending = bytes;
      return;
    }
    const joined = new Uint8Array(this.#pending.length + bytes.length);
    joined.set(this.#pending);
    joined.set(bytes, this.#pending.length);
    this.#pending = joined;
  }

  /** The next input to act on, or undefined until more bytes arrive. */
  next(): ClientInput | undefined {
    const pending = this.#pending;
    if (!this.#started) {
      if (pending.length < 8) return undefined;
      const length = int32(pending, 0);
      if (pending.length < length) return undefined;
      this.#pending = pending.subarray(length);
      if (int32(pending, 4) === CANCEL_REQUEST_CODE) return { kind: 'cancel' };
      this.#started = true;
      return { kind: 'startup', bytes: pending.subarray(0, length) };
    }
    if (pending.length > 0 && pending[0] === TERMINATE) {
      this.#pending = new Uint8Array(0);
      return { kind: 'terminate' };
    }
    // As many whole messages as have arrived, up to a Terminate.
    let end = 0;
    while (end + 5 <= pending.length && pending[end] !== TERMINATE) {
      const next = end + 1 + int32(pending, end + 1);
      if (next > pending.length) break;
      end = next;
    }
    if (end === 0) return undefined;
    this.#pending = pending.subarray(end);
    return { kind: 'messages', bytes: pending.subarray(0, end) };
  }
}

/** The status of the last ReadyForQuery in a server's output, or `current` when there is none. */
export function transactionStatusAfter(output: Uint8Array, current: TransactionStatus): TransactionStatus {
  let status = current;
  for (let at = 0; at + 5 <= output.length; at += 1 + int32(output, at + 1)) {
    if (output[at] === READY_FOR_QUERY && at + 5 < output.length) {
      status = String.fromCharCode(output[at + 5]!) as TransactionStatus;
    }
  }
  return status;
}

/** A simple-protocol Query message ('Q') for `text`. */
export function simpleQuery(text: string): Uint8Array {
  const body = new TextEncoder().encode(`${text}\0`);
  const message = new Uint8Array(5 + body.length);
  message[0] = 0x51; // 'Q'
  new DataView(message.buffer).setInt32(1, 4 + body.length);
  message.set(body, 5);
  return message;
}
