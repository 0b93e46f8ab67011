import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../scripts/api-types.js';

// The OpenAPI document as integrators validate it: Redocly CLI with the recommended rules, the
// ones SDK generators depend on raised to errors (redocly.yaml). No error and no warning passes.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; severity: string; message: string; location: { pointer?: string }[] }[];
}

describe('the OpenAPI document under `redocly lint`', () => {
  it('has no error and no warning', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cocreate-openapi-'));
    try {
      const file = path.join(dir, 'openapi.json');
      fs.writeFileSync(file, JSON.stringify(await buildOpenApiDocument()));
      const { stdout } = await promisify(execFile)(
        path.join(root, 'node_modules', '.bin', 'redocly'),
        ['lint', file, '--config', path.join(root, 'redocly.yaml'), '--format', 'json'],
        {
          cwd: root,
          maxBuffer: 64 * 1024 * 1024,
          env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
        },
      ).catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? '' }));
      const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as LintReport;
      const problems = report.problems.map(
        (p) => `${p.severity} ${p.ruleId}: ${p.message} (${p.location[0]?.pointer ?? ''})`,
      );
      expect(problems).toEqual([]);
      expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
