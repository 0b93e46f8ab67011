// A scenario over HTTP with autocannon's programmatic API. Latencies are taken from each response
// (fractional ms) so HTTP and database numbers go through the same percentile code.
import autocannon from 'autocannon';
import { summarize } from './stats.mjs';

/** Warms up, then measures `requests` (autocannon request objects) against `url`. */
export async function measureHttp(url, requests, { connections, warmupS, durationS }) {
  const latencies = [];
  let answered = 0;
  const run = autocannon({
    url,
    connections,
    duration: durationS,
    warmup: { connections, duration: warmupS },
    requests,
  });
  run.on('response', (_client, status, _bytes, ms) => {
    answered++;
    if (status >= 200 && status < 300) latencies.push(ms);
  });
  const result = await run;
  // A benchmark of error answers measures nothing: fail loudly instead.
  if (result.non2xx > 0 || result.errors > 0 || latencies.length === 0) {
    throw new Error(
      `${requests[0].method} ${requests[0].path}: ${latencies.length} 2xx answers, ${result.non2xx} non-2xx, ` +
        `${result.errors} errors, ${result.timeouts} timeouts (${JSON.stringify(result.statusCodeStats)})`,
    );
  }
  // `answered` includes the warm-up: the statement counts span it too.
  return { ...summarize(latencies, result.duration), answered };
}
