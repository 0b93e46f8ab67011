import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { modules } from './modules/index.js';
import { AppError } from './platform/errors.js';
import { errorCatalogue } from './platform/http/error-codes.js';

// Every code the server can send is in one catalogue (the platform's codes and each module's
// errors.ts), and docs/api.md lists exactly those codes with their statuses.
const root = path.dirname(fileURLToPath(import.meta.url));
void modules; // loading the modules catalogues their codes

const catalogue = () => new Map(errorCatalogue().map((c) => [c.code, c]));

/** Arguments a factory of errors.ts can be called with, judged by the names of its parameters. */
function argumentsFor(factory: (...args: unknown[]) => unknown): unknown[] {
  const params = /^[^(]*\(([^)]*)\)/.exec(factory.toString())?.[1] ?? '';
  return params
    .split(',')
    .map((p) => p.trim().split(/[\s=:]/)[0]!)
    .filter(Boolean)
    .map((name) => {
      if (name === 'error') return new AppError('validation_failed', 400, 'x');
      if (/Until$|At$/.test(name)) return new Date(0);
      if (/^(statuses|tags)$/.test(name)) return ['x'];
      if (/index|Index|budget/.test(name)) return 1;
      return 'x';
    });
}

/** The non-test TypeScript sources of the server that answer requests (not the database's start-up). */
function serverSources(dir = root): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'db' || entry.name === 'migrations' ? [] : serverSources(file);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [file] : [];
  });
}

describe('the catalogue of error codes', () => {
  it("holds the code and status of every error a module's errors.ts makes", async () => {
    const codes = catalogue();
    const missing: string[] = [];
    for (const name of fs.readdirSync(path.join(root, 'modules'))) {
      const file = path.join(root, 'modules', name, 'errors.ts');
      if (!fs.existsSync(file)) continue;
      const exports = (await import(file)) as Record<string, unknown>;
      for (const [factory, value] of Object.entries(exports)) {
        if (typeof value !== 'function') continue;
        const error = (value as (...args: unknown[]) => unknown)(...argumentsFor(value as () => unknown));
        expect(error, `${name}/errors.ts ${factory}`).toBeInstanceOf(AppError);
        const { code, status } = error as AppError;
        if (!codes.get(code)?.statuses.includes(status)) missing.push(`${code} (${status}) from ${name}.${factory}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('holds every code written elsewhere in the server, and every code it holds is sent somewhere', () => {
    const codes = catalogue();
    const sources = serverSources().map((file) => fs.readFileSync(file, 'utf8'));
    const written = new Map<string, number>();
    for (const text of sources) {
      for (const m of text.matchAll(/new AppError\(\s*'([a-z_]+)',\s*(\d{3})/g)) written.set(m[1]!, Number(m[2]));
      for (const m of text.matchAll(/\bconflict\(\s*'([a-z_]+)'/g)) written.set(m[1]!, 409);
    }
    const missing = [...written].filter(([code, status]) => !codes.get(code)?.statuses.includes(status));
    expect(missing).toEqual([]);
    const everything = sources.join('\n');
    const neverSent = [...codes.keys()].filter((code) => !everything.includes(`'${code}'`));
    expect(neverSent).toEqual([]);
  });

  it('is the table in docs/api.md, code for code and status for status', () => {
    const doc = fs.readFileSync(path.join(root, '..', 'docs', 'api.md'), 'utf8');
    const rows = [...doc.matchAll(/^\| `([a-z_]+)` \| ([\d, ]+) \| (.+) \|$/gm)];
    const documented = new Map(rows.map((m) => [m[1]!, m[2]!.split(',').map((s) => Number(s.trim()))]));
    expect(documented.size, 'a code is listed twice in docs/api.md').toBe(rows.length);
    const codes = catalogue();
    const undocumented = [...codes.values()]
      .filter((c) => documented.get(c.code)?.join() !== c.statuses.join())
      .map((c) => `| \`${c.code}\` | ${c.statuses.join(', ')} | ${c.meaning} |`);
    expect(undocumented, 'rows docs/api.md lacks or has wrong').toEqual([]);
    expect(
      [...documented.keys()].filter((code) => !codes.has(code)),
      'codes docs/api.md has but the server never sends',
    ).toEqual([]);
  });
});
