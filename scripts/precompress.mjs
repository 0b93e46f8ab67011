// Writes a Brotli (.br) and a gzip (.gz) copy beside every compressible file of a build, so the
// server sends them as they are (Content-Encoding, no compression per request): the web app's
// build (web/vite.config.ts) and the widget's (web/widget/build.mjs) both call it.
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|xml|webmanifest)$/;
// Below this a compressed copy saves less than the response's headers weigh.
const MIN_BYTES = 1024;

async function filesUnder(dir) {
  const entries = await fs.readdir(dir, { withFileTypes: true, recursive: true });
  // `parentPath` from Node 20.12; `path` before it.
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath ?? e.path, e.name));
}

/**
 * Compresses every compressible file under `dir` at the highest levels (done once per build, so
 * the slow settings are affordable). A copy that would not be smaller is not written.
 * Returns [{ file, bytes, br, gz }] for what it compressed.
 */
export async function precompress(dir) {
  const written = [];
  const files = await filesUnder(dir);
  for (const file of files) {
    if (!COMPRESSIBLE.test(file)) continue;
    // A copy left by an earlier build into the same folder must not outlive the file it was made of.
    const stale = () => Promise.all([fs.rm(`${file}.br`, { force: true }), fs.rm(`${file}.gz`, { force: true })]);
    const data = await fs.readFile(file);
    if (data.length < MIN_BYTES) {
      await stale();
      continue;
    }
    const [br, gz] = await Promise.all([
      brotli(data, {
        params: {
          [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
          [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        },
      }),
      gzip(data, { level: zlib.constants.Z_BEST_COMPRESSION }),
    ]);
    await stale();
    if (br.length < data.length) await fs.writeFile(`${file}.br`, br);
    if (gz.length < data.length) await fs.writeFile(`${file}.gz`, gz);
    written.push({ file, bytes: data.length, br: br.length, gz: gz.length });
  }
  return written;
}
