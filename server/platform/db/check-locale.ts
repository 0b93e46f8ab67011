import type pg from 'pg';
import { AppError } from '../errors.js';

/**
 * Chinese trigram matching (pg_trgm) only sees multibyte characters when the database's
 * LC_CTYPE is a UTF-8 locale; under "C" it silently matches nothing useful.
 */
export async function checkUtf8Locale(pool: pg.Pool): Promise<void> {
  const { rows } = await pool.query<{ encoding: string; ctype: string }>(
    `select getdatabaseencoding() as encoding, datctype as ctype
       from pg_database where datname = current_database()`,
  );
  const row = rows[0];
  const utf8 = (s: string) => /utf-?8/i.test(s);
  if (!row || !utf8(row.encoding) || !utf8(row.ctype)) {
    throw new AppError(
      'database_locale_unsupported',
      500,
      `The database uses encoding ${row?.encoding ?? '?'} and LC_CTYPE ${row?.ctype ?? '?'}; ` +
        'Cocreate needs UTF8 with a UTF-8 LC_CTYPE for Chinese search. Create the database with ' +
        "CREATE DATABASE cocreate ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0; " +
        '(or initdb --encoding=UTF8 --locale=C.UTF-8).',
    );
  }
}
