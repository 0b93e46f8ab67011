// Builds the embeddable widget: dist/widget/cocreate.js (the loader a brand's page includes) and
// dist/widget/frame.js (the frame Cocreate serves). No framework; reports the gzip sizes.
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { precompress } from '../../scripts/precompress.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '../../dist/widget');

await build({
  entryPoints: { cocreate: path.join(here, 'src/loader.ts'), frame: path.join(here, 'src/frame.ts') },
  outdir: out,
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2019'],
  legalComments: 'none',
  logLevel: 'warning',
});

// .br and .gz beside each file: brands' pages fetch the loader on every visit.
await precompress(out);

for (const name of ['cocreate.js', 'frame.js']) {
  const bytes = readFileSync(path.join(out, name));
  console.log(`dist/widget/${name}: ${bytes.length} bytes, ${gzipSync(bytes).length} bytes gzip`);
}
