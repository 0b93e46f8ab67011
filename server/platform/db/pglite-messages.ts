// What the main thread and the PGlite worker say to each other. Wire-protocol bytes travel as
// ArrayBuffers handed over (transferred), never copied; each connection of the pg Pool is a number.

/** Where the worker opens PGlite: a directory, or 'memory'. */
export interface PgliteWorkerData {
  dataDir: string;
}

export type ToPgliteWorker =
  /** Bytes a pg client wrote, in order; may hold several messages or part of one. */
  | { type: 'data'; connection: number; bytes: ArrayBuffer }
  /** The client closed its end: forget the connection. */
  | { type: 'end'; connection: number }
  /** Close PGlite (flushing its files) and answer 'closed'. */
  | { type: 'close' };

export type FromPgliteWorker =
  | { type: 'ready' }
  /** PGlite's answer to one 'data' message (possibly empty): exactly one per 'data'. */
  | { type: 'data'; connection: number; bytes: ArrayBuffer }
  | { type: 'closed' };
