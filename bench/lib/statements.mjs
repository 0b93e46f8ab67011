// SQL statements per request, from the server's own count (/metrics, cocreate_db_statements_total):
// those sent while serving requests, and the background work (event delivery, jobs) they caused.
import { setTimeout as sleep } from 'node:timers/promises';

async function scrape(url) {
  const text = await (await fetch(`${url}/metrics`)).text();
  const read = (during) =>
    Number(text.match(new RegExp(`cocreate_db_statements_total\\{during="${during}"\\} (\\d+)`))?.[1] ?? NaN);
  return { request: read('request'), background: read('background') };
}

/** What reading /metrics itself costs, so that it can be taken off every count. */
export async function scrapeCost(url) {
  const a = await scrape(url);
  const b = await scrape(url);
  return { request: b.request - a.request };
}

/**
 * Runs `work` (which returns how many requests it made) and returns statements per request. The
 * background count waits until the worker has gone quiet: fewer than `idle` statements a second.
 */
export async function countStatements(url, cost, work, { idle = 30, maxWaitS = 60 } = {}) {
  const before = await scrape(url);
  const requests = await work();
  let last = await scrape(url);
  let scrapes = 1;
  for (let i = 0; i < maxWaitS; i++) {
    await sleep(1000);
    const now = await scrape(url);
    scrapes++;
    const quiet = now.background - last.background < idle;
    last = now;
    if (quiet) break;
  }
  const perRequest = (n) => Number((n / requests).toFixed(2));
  return {
    requests,
    request: perRequest(last.request - before.request - scrapes * cost.request),
    background: perRequest(last.background - before.background),
  };
}
