import { v7 } from 'uuid';

/** A new UUIDv7: time-ordered, so inserts stay local in B-tree indexes. */
export const newId = (): string => v7();
