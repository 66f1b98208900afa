import { defineConfig } from 'vite';

// The CLI and the benchmark run on Node: one self-contained ES module each (dependencies bundled),
// so `dist/cli/cloud-errors.js` works from a clean checkout after `npm ci && npm run build:cli`.
export default defineConfig({
  publicDir: false,
  build: {
    ssr: true,
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      input: { 'cloud-errors': 'src/cli/cloud-errors.ts', bench: 'bench/bench.ts' },
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name].js',
        banner: (chunk) => (chunk.name === 'cloud-errors' ? '#!/usr/bin/env node' : ''),
      },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
