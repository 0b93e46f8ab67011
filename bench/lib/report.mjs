// The results: a small JSON file per database, a table on stdout, and the summary in
// docs/performance.md (between the bench markers; the prose around them is written by hand).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './server.mjs';

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';
const DB_NAMES = { embedded: 'Embedded PostgreSQL (default)', postgres: 'PostgreSQL', pglite: 'PGlite (fallback)' };
const resultsFile = (db) => path.join(repoRoot, 'bench', 'results', `${db}-latest.json`);

export function machine() {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    // Other work on the machine skews every number: the 1-minute load average when the run began.
    loadAverage: Number(os.loadavg()[0].toFixed(2)),
  };
}

export function writeResult(result) {
  fs.mkdirSync(path.dirname(resultsFile(result.db)), { recursive: true });
  fs.writeFileSync(resultsFile(result.db), `${JSON.stringify(result, null, 2)}\n`);
}

const num = (n) => (n === null || n === undefined ? '' : n.toLocaleString('en-US'));
const times = (r) => (r === null ? '' : `${r.toFixed(2)}×`);

const HEADER = [
  'scenario',
  'req/s',
  'p50 ms',
  'p99 ms',
  'p99/p50',
  'SQL/req',
  'worker SQL/req',
  'DB-limit req/s',
  'DB p50',
  'DB p99',
  'of HTTP limit',
  'of DB limit',
];

function rows(result) {
  const h = result.httpLimit;
  const spread = (m) => (m?.p50 && m?.p99 ? times(m.p99 / m.p50) : '');
  const out = [
    [`HTTP limit (GET ${h.path})`, num(h.rps), num(h.p50), num(h.p99), spread(h), '', '', '', '', '', '', ''],
  ];
  for (const [name, s] of Object.entries(result.scenarios)) {
    const cells = (m) => (m.error ? ['failed', '', ''] : [num(m.rps), num(m.p50), num(m.p99)]);
    const sql =
      s.statements && !s.statements.error ? [num(s.statements.request), num(s.statements.background)] : ['', ''];
    out.push([
      name,
      ...cells(s.http),
      s.http.error ? '' : spread(s.http),
      ...sql,
      ...cells(s.dbLimit),
      times(s.ofHttpLimit),
      times(s.ofDbLimit),
    ]);
  }
  return out;
}

// What a scenario may declare (`export const targets`), and how each is read from its result.
const TARGETS = {
  ofDbLimit: { label: (t) => `≥ ${t}× of the database limit`, value: (s) => s.ofDbLimit, met: (v, t) => v >= t },
  ofHttpLimit: { label: (t) => `≥ ${t}× of the HTTP limit`, value: (s) => s.ofHttpLimit, met: (v, t) => v >= t },
  sqlPerRequest: {
    label: (t) => `≤ ${t} SQL statements per request`,
    value: (s) => s.statements?.request,
    met: (v, t) => v <= t,
  },
  workerSqlPerRequest: {
    label: (t) => `≤ ${t} worker SQL statements per request`,
    value: (s) => s.statements?.background,
    met: (v, t) => v <= t,
  },
  p99Ms: { label: (t) => `p99 ≤ ${t} ms`, value: (s) => s.http?.p99, met: (v, t) => v <= t },
};
/** On the embedded default every scenario's p99 stays within this many times its p50. */
const EMBEDDED_SPREAD = 4;

/** Every target of the run with its measured value and whether it was met. */
export function targetChecks(result) {
  const checks = [];
  for (const [name, s] of Object.entries(result.scenarios)) {
    for (const [key, t] of Object.entries(s.targets ?? {})) {
      const value = TARGETS[key]?.value(s);
      checks.push({
        name,
        target: TARGETS[key]?.label(t) ?? key,
        value,
        met: value != null && TARGETS[key].met(value, t),
      });
    }
    if (result.db === 'embedded' && s.http?.p50) {
      const value = Number((s.http.p99 / s.http.p50).toFixed(2));
      checks.push({ name, target: `p99 ≤ ${EMBEDDED_SPREAD}× p50`, value, met: value <= EMBEDDED_SPREAD });
    }
  }
  return checks;
}

/** Every failure of the run, as "db scenario (where): message". */
export const failures = (result) =>
  Object.entries(result.scenarios).flatMap(([name, s]) =>
    [
      ['HTTP', s.http],
      ['DB limit', s.dbLimit],
    ]
      .filter(([, m]) => m.error)
      .map(([where, m]) => `${result.db} ${name} (${where}): ${m.error}`),
  );

const title = (r) =>
  `${DB_NAMES[r.db]} ${r.databaseVersion}, pool ${r.poolSize}, ${r.settings.connections} connections, ` +
  `${r.settings.durationS} s after ${r.settings.warmupS} s warm-up`;

/** The table for the terminal. */
export function printResult(result) {
  const table = [HEADER, ...rows(result)];
  const widths = HEADER.map((_, i) => Math.max(...table.map((r) => r[i].length)));
  console.log(`\n${title(result)}`);
  for (const [i, row] of table.entries()) {
    console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  for (const c of targetChecks(result))
    console.log(`${c.met ? 'met    ' : 'NOT MET'} ${c.name} ${c.target} (${c.value ?? 'no value'})`);
  for (const failure of failures(result)) console.log(`FAILED ${failure}`);
}

function markdown(results) {
  const m = results[0].machine;
  const lines = [
    `Measured on ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB memory, Node ${m.node}, ${m.os}: ` +
      `${results.map((r) => `${r.db} ${r.date.slice(0, 16).replace('T', ' ')} UTC (load average ${r.machine.loadAverage} at start)`).join(', ')}. ` +
      `Seed: ${results[0].seed.staff} staff, ${results[0].seed.customers.toLocaleString('en-US')} customers, plus each scenario's own.`,
  ];
  for (const r of results) {
    lines.push(
      '',
      `**${title(r)}**`,
      '',
      `| ${HEADER.join(' | ')} |`,
      `|${HEADER.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
    );
    for (const row of rows(r)) lines.push(`| ${row.join(' | ')} |`);
    const checks = targetChecks(r);
    if (checks.length > 0) {
      lines.push('', `Targets on ${DB_NAMES[r.db]}:`, '');
      for (const c of checks)
        lines.push(`- ${c.met ? 'met' : '**not met**'}: ${c.name} ${c.target} (${c.value ?? 'no value'})`);
    }
    const failed = failures(r);
    if (failed.length > 0) lines.push('', ...failed.map((f) => `- Failed: ${f.replace(/\|/g, '\\|')}`));
  }
  return lines.join('\n');
}

/** Rewrites the summary in docs/performance.md from every bench/results/*-latest.json. */
export function updateDocs() {
  const results = Object.keys(DB_NAMES)
    .filter((db) => fs.existsSync(resultsFile(db)))
    .map((db) => JSON.parse(fs.readFileSync(resultsFile(db), 'utf8')));
  if (results.length === 0) return;
  const file = path.join(repoRoot, 'docs', 'performance.md');
  const web = fs.existsSync(resultsFile('web')) ? JSON.parse(fs.readFileSync(resultsFile('web'), 'utf8')) : null;
  const block = `${START}\n${markdown(results)}${web ? `\n\n${webMarkdown(web)}` : ''}\n${END}`;
  const doc = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Performance\n';
  const at = doc.indexOf(START);
  const end = doc.indexOf(END);
  const next =
    at >= 0 && end > at ? doc.slice(0, at) + block + doc.slice(end + END.length) : `${doc.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(file, next);
}

/** First-screen JavaScript budgets (gzip), from issue 11. */
const WEB_BUDGETS = { portal: 150_000, console: 300_000 };
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

function webLines(web) {
  if (web.error) return [`Web weight failed: ${web.error}`];
  return Object.entries(WEB_BUDGETS).map(([screen, budget]) => {
    const w = web[screen];
    const met = w.jsGzipBytes <= budget;
    return (
      `${screen}: JavaScript ${kB(w.jsGzipBytes)} gzip (budget ${kB(budget)}, ${met ? 'met' : 'NOT MET'}), ` +
      `CSS ${kB(w.cssGzipBytes)}, ${w.requests} requests, first contentful paint ${w.firstContentfulPaintMs} ms, ` +
      `ready ${w.readyMs} ms (CPU slowed 4×)`
    );
  });
}

export function printWeb(web) {
  console.log('\nWeb weight (first screen, Chromium)');
  for (const line of webLines(web)) console.log(`  ${line}`);
}

function webMarkdown(web) {
  return [`**Web weight** (first screen in Chromium, ${web.date.slice(0, 16).replace('T', ' ')} UTC)`, '']
    .concat(webLines(web).map((l) => `- ${l}`))
    .join('\n');
}
