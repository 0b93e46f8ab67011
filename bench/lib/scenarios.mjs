// Loads every scenario file in bench/scenarios (see its README for what a scenario exports).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './server.mjs';

export async function loadScenarios() {
  const dir = path.join(repoRoot, 'bench', 'scenarios');
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.mjs'))
    .sort();
  const scenarios = [];
  for (const file of files) {
    const s = await import(pathToFileURL(path.join(dir, file)).href);
    for (const key of ['name', 'requests', 'dbBaseline']) {
      if (!s[key]) throw new Error(`bench/scenarios/${file} exports no ${key}`);
    }
    scenarios.push(s);
  }
  return scenarios;
}
