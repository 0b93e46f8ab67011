import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test-support/db.js';
import type { Database } from '../db/index.js';
import { buildTsQuery, matchesSearch, searchRank, trigramSimilarity } from './search-sql.js';
import { searchTokens } from './tokenise.js';

// A plain table, not a temporary one: on PostgreSQL the test pool has several connections and a
// temporary table is visible to one only. The whole test database is dropped by close().
// A type alias, not an interface: withTables needs an index-signature-compatible record.
type ProbeTable = {
  text_search_probe: { id: number; body: string; search_tokens: string };
};

const rows = [
  { id: 1, body: '洗衣机脱水时噪音很大，希望改进' },
  { id: 2, body: '希望冰箱能有更安静的模式' },
  { id: 3, body: 'ＡＰＰ登录总是失败' },
  { id: 4, body: 'The battery drains too fast after the update' },
  { id: 5, body: "I can't log in to the app since yesterday" },
  { id: 6, body: '空调制冷效果差，夏天根本不凉快' },
  { id: 7, body: '冰箱噪音大，晚上噪音吵得睡不着' },
  { id: 8, body: '更新后App闪退' },
];

let handle: TestDatabase;
let db: Kysely<Database & ProbeTable>;

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db.withTables<ProbeTable>();
  await sql`create table text_search_probe (
    id int primary key,
    body text not null,
    search_tokens text not null
  )`.execute(db);
  await sql`create index text_search_probe_tokens_idx on text_search_probe
    using gin (to_tsvector('simple', search_tokens))`.execute(db);
  await db
    .insertInto('text_search_probe')
    .values(rows.map((row) => ({ ...row, search_tokens: searchTokens(row.body) })))
    .execute();
});

afterAll(async () => {
  await handle?.close();
});

async function search(query: string): Promise<number[]> {
  const found = await db
    .selectFrom('text_search_probe')
    .select('id')
    .where(matchesSearch('search_tokens', query))
    .orderBy('id')
    .execute();
  return found.map((row) => row.id);
}

describe('matchesSearch', () => {
  it('finds Chinese text by a word of it', async () => {
    expect(await search('噪音')).toEqual([1, 7]);
    expect(await search('冰箱')).toEqual([2, 7]);
  });

  it('finds Chinese text by partial or re-segmented wording', async () => {
    expect(await search('安静模式')).toEqual([2]);
    expect(await search('洗衣机')).toEqual([1]);
    expect(await search('脱水噪音')).toEqual([1]);
    expect(await search('制冷效果')).toEqual([6]);
    expect(await search('闪退')).toEqual([8]); // a word the segmenter does not know
  });

  it('requires every term (AND)', async () => {
    expect(await search('冰箱 噪音')).toEqual([7]);
    expect(await search('冰箱 空调')).toEqual([]);
  });

  it('finds English text, ignoring case, width and stop words', async () => {
    expect(await search('Battery')).toEqual([4]);
    expect(await search('the battery update')).toEqual([4]);
    expect(await search('log in')).toEqual([5]);
    expect(await search('ａｐｐ')).toEqual([3, 5, 8]);
  });

  it('finds mixed Chinese and English text', async () => {
    expect(await search('App 登录 失败')).toEqual([3]);
    expect(await search('app登录')).toEqual([3]);
  });

  it('matches nothing for an empty query or one of stop words only', async () => {
    expect(await search('')).toEqual([]);
    expect(await search('   ')).toEqual([]);
    expect(await search('的 了 the')).toEqual([]);
  });

  it('does not let tsquery syntax in user input break the query', async () => {
    const hostile = [
      "a & | ! ( ) : *'",
      "噪音' | '冰箱",
      '噪音 & !冰箱',
      "don't o'brien \\' \\\\",
      "'' & | <-> <2> !!",
      'app:* & (battery | update)',
      "'); drop table text_search_probe; --",
    ];
    for (const query of hostile) {
      await expect(search(query), query).resolves.toBeInstanceOf(Array);
    }
    // the operators are text, not logic: 噪音 AND 冰箱, never "噪音 OR 冰箱" or "NOT 冰箱"
    expect(await search("噪音' | '冰箱")).toEqual([7]);
    expect(await search('噪音 & !冰箱')).toEqual([7]);
    expect(await search('app:* & (battery | update)')).toEqual([]);
    expect(await search('Battery!')).toEqual([4]);
  });

  it('is written so that the GIN index can serve it', async () => {
    const plan = await db.transaction().execute(async (trx) => {
      await sql`set local enable_seqscan = off`.execute(trx);
      const query = trx
        .selectFrom('text_search_probe')
        .select('id')
        .where(matchesSearch('text_search_probe.search_tokens', '噪音'));
      const { rows: lines } = await sql<{ 'QUERY PLAN': string }>`explain ${query}`.execute(trx);
      return lines.map((line) => line['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('text_search_probe_tokens_idx');
  });
});

describe('buildTsQuery', () => {
  it('quotes every term and joins them with AND', async () => {
    expect(buildTsQuery('安静模式')).toBe("'安静' & '模式'");
    expect(buildTsQuery("O'Brien")).toBe("'o''brien'");
    expect(buildTsQuery('')).toBeNull();
  });
});

describe('searchRank', () => {
  it('ranks text that mentions the terms more often higher', async () => {
    const ranked = await db
      .selectFrom('text_search_probe')
      .select(['id', searchRank('search_tokens', '噪音').as('rank')])
      .where(matchesSearch('search_tokens', '噪音'))
      .orderBy('rank', 'desc')
      .orderBy('id')
      .execute();
    expect(ranked.map((row) => row.id)).toEqual([7, 1]);
    expect(typeof ranked[0]?.rank).toBe('number');
    expect(ranked[0]!.rank).toBeGreaterThan(ranked[1]!.rank);
  });

  it('is 0 for a query without terms', async () => {
    const [row] = await db
      .selectFrom('text_search_probe')
      .select(searchRank('search_tokens', '的').as('rank'))
      .limit(1)
      .execute();
    expect(row?.rank).toBe(0);
  });
});

describe('trigramSimilarity', () => {
  it('ranks a Chinese near-duplicate first', async () => {
    const query = '洗衣机脱水的时候噪音很大';
    const ranked = await db
      .selectFrom('text_search_probe')
      .select(['id', trigramSimilarity('body', query).as('score')])
      .orderBy('score', 'desc')
      .orderBy('id')
      .execute();
    expect(ranked[0]?.id).toBe(1);
    expect(ranked[0]!.score).toBeGreaterThan(0.3);
    expect(ranked.find((row) => row.id === 2)!.score).toBeLessThan(0.1);
  });

  it('normalises the text it compares with', async () => {
    const fullWidth = 'Ｉ ＣＡＮ’Ｔ ＬＯＧ ＩＮ ｔｏ ｔｈｅ ＡＰＰ ｓｉｎｃｅ ｙｅｓｔｅｒｄａｙ';
    const [row] = await db
      .selectFrom('text_search_probe')
      .select([trigramSimilarity('body', fullWidth).as('score'), sql<number>`similarity(body, ${fullWidth})`.as('raw')])
      .where('id', '=', 5)
      .execute();
    expect(row!.score).toBe(1);
    expect(row!.raw).toBeLessThan(0.5);
  });
});
