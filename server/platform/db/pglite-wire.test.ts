import { serialize } from 'pg-protocol';
import { describe, expect, it } from 'vitest';
import { ClientInputReader, simpleQuery, transactionStatusAfter } from './pglite-wire.js';

const startup = serialize.startup({ user: 'postgres', database: 'postgres' });
const query = serialize.query('select 1');
const parse = serialize.parse({ text: 'select $1::int' });
const sync = serialize.sync();
const terminate = serialize.end();

const bytes = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

describe('ClientInputReader', () => {
  it('hands out the startup packet, then whole messages together, however the bytes were cut', () => {
    const all = bytes(startup, parse, sync, query);
    for (let cut = 1; cut < all.length; cut++) {
      const reader = new ClientInputReader();
      const inputs = [];
      for (const piece of [all.subarray(0, cut), all.subarray(cut)]) {
        reader.push(piece);
        for (let input = reader.next(); input; input = reader.next()) inputs.push(input);
      }
      const kinds = inputs.map((i) => i.kind);
      expect(kinds[0]).toBe('startup');
      expect(Buffer.from(inputs[0]!.kind === 'startup' ? inputs[0]!.bytes : [])).toEqual(startup);
      const messages = inputs.flatMap((i) => (i.kind === 'messages' ? [Buffer.from(i.bytes)] : []));
      expect(Buffer.concat(messages)).toEqual(Buffer.concat([parse, sync, query]));
      expect(kinds.length).toBeLessThanOrEqual(4);
    }
  });

  it('stops at Terminate, which PGlite must never see', () => {
    const reader = new ClientInputReader();
    reader.push(bytes(startup, query, terminate));
    expect(reader.next()?.kind).toBe('startup');
    const messages = reader.next();
    expect(messages?.kind === 'messages' && Buffer.from(messages.bytes)).toEqual(query);
    expect(reader.next()).toEqual({ kind: 'terminate' });
    expect(reader.next()).toBeUndefined();
  });

  it('tells a cancel request from a startup packet', () => {
    const reader = new ClientInputReader();
    reader.push(new Uint8Array(serialize.cancel(1, 2)));
    expect(reader.next()).toEqual({ kind: 'cancel' });
  });
});

describe('transactionStatusAfter', () => {
  const ready = (status: string) => Buffer.from([0x5a, 0, 0, 0, 5, status.charCodeAt(0)]);
  const commandComplete = Buffer.concat([Buffer.from([0x43, 0, 0, 0, 11]), Buffer.from('BEGIN\0\0')]);

  it('reads the last ReadyForQuery, and keeps the status when there is none', () => {
    expect(transactionStatusAfter(bytes(commandComplete, ready('T')), 'I')).toBe('T');
    expect(transactionStatusAfter(bytes(ready('T'), commandComplete, ready('E')), 'I')).toBe('E');
    expect(transactionStatusAfter(bytes(commandComplete), 'T')).toBe('T');
  });
});

describe('simpleQuery', () => {
  it('writes the same Query message as pg', () => {
    expect(Buffer.from(simpleQuery('rollback'))).toEqual(serialize.query('rollback'));
  });
});
