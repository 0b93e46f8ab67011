// The database limit: a scenario's own SQL in a bare loop over a pg Pool, `connections` loops at
// once, no HTTP. Counted like autocannon: what completes within the duration.
import { performance } from 'node:perf_hooks';
import { summarize } from './stats.mjs';

async function phase(work, connections, seconds, latencies) {
  const end = performance.now() + seconds * 1000;
  let failure = null;
  const loop = async () => {
    while (!failure && performance.now() < end) {
      const start = performance.now();
      try {
        await work();
      } catch (err) {
        failure ??= err;
        return;
      }
      const done = performance.now();
      if (done <= end) latencies?.push(done - start);
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  if (failure) throw failure;
}

/** Warms up, then measures `work` for `durationS`; returns { rps, p50, p99, requests }. */
export async function measureDb(work, { connections, warmupS, durationS }) {
  await phase(work, connections, warmupS, null);
  const latencies = [];
  await phase(work, connections, durationS, latencies);
  return summarize(latencies, durationS);
}
