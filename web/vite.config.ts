import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { precompress } from '../scripts/precompress.mjs';

/** After the build is written: .br and .gz copies of its files, which the server sends as they are. */
function precompressBuild(): Plugin {
  let outDir = '';
  return {
    name: 'cocreate:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await precompress(outDir);
    },
  };
}

// Builds are started from the repo root (`vite build --config web/vite.config.ts`), so the
// root is pinned to this folder rather than the current directory.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), precompressBuild()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // What the portal's first screen needs is bundled in two files (React and its router, which
        // change least often, and the rest) instead of dozens of small shared chunks; every other
        // page is a lazy chunk (see web/src/ui/lazy-page.tsx), sharing what it has in common with
        // others through chunks the bundler splits out.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/,
              tags: ['$initial'],
              priority: 4,
            },
            { name: 'initial', tags: ['$initial'], priority: 3 },
            // TypeScript's helpers serve ECharts and some Mantine parts alike: kept apart, so that a
            // page using the latter does not fetch the charts for them.
            { name: 'tslib', test: /node_modules[\\/]tslib[\\/]/, priority: 2 },
            // Mantine's parts that many lazy pages use (inputs, popovers, modals, their positioning
            // and scroll locking) in one file, fetched with the first such page and cached for the
            // rest, instead of a dozen tiny files per page; rarer parts stay with their pages.
            {
              name: 'ui',
              test: /node_modules[\\/](@mantine|@floating-ui|react-remove-scroll|react-remove-scroll-bar|use-sidecar|use-callback-ref|react-style-singleton|get-nonce)[\\/]/,
              minShareCount: 8,
              priority: 1,
            },
            // Apache ECharts, for the reports that draw charts: one file, cached across them.
            { name: 'charts', test: /node_modules[\\/](echarts|zrender|echarts-for-react|size-sensor)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:3000',
    },
  },
});
