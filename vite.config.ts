/**
 * Extension build. One config, four modes:
 *   vite build --mode chrome    -> dist/chrome/   (devtools page + panel, manifest without Firefox keys)
 *   vite build --mode firefox   -> dist/firefox/  (same pages, manifest with browser_specific_settings.gecko)
 *   vite build --mode chrome-e2e / firefox-e2e -> dist/e2e/<browser>/  (the same, with the e2e hook: __E2E__)
 *   vite build --mode mock      -> dist/mock/     (the panel as a plain page with a mock browser, for tests and development)
 *   vite build --mode node      -> dist/node/     (the `npm start` launcher and the demo cloud, for Node)
 * `manifest.json` at the top level is the single source; `browserManifest` derives each browser's copy.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { browserManifest, type BrowserTarget } from './scripts/manifest.js';
import { noInnerHtml } from './scripts/no-inner-html.js';

const here = import.meta.dirname;

function manifestPlugin(target: BrowserTarget): Plugin {
  return {
    name: 'cloud-errors-manifest',
    generateBundle() {
      const source = JSON.parse(readFileSync(resolve(here, 'manifest.json'), 'utf8')) as Record<string, unknown>;
      this.emitFile({ type: 'asset', fileName: 'manifest.json', source: JSON.stringify(browserManifest(source, target), null, 2) + '\n' });
    },
  };
}

function extensionConfig(target: BrowserTarget, e2e: boolean): UserConfig {
  return {
    // A constant: the production bundle drops the e2e hook entirely (src/extension/build-flags.d.ts).
    define: { __E2E__: JSON.stringify(e2e) },
    root: resolve(here, 'src/extension'),
    publicDir: resolve(here, 'public'),
    base: './',
    plugins: [manifestPlugin(target), noInnerHtml()],
    build: {
      outDir: e2e ? resolve(here, 'dist/e2e', target) : resolve(here, 'dist', target),
      emptyOutDir: true,
      // Extension pages forbid inline scripts; no polyfill is needed in Chrome 116+ / Firefox 140+.
      modulePreload: { polyfill: false },
      target: ['chrome116', 'firefox140'],
      minify: false,
      sourcemap: false,
      rollupOptions: {
        input: {
          devtools: resolve(here, 'src/extension/devtools.html'),
          panel: resolve(here, 'src/extension/panel.html'),
        },
      },
    },
  };
}

export default defineConfig(({ mode }): UserConfig => {
  switch (mode) {
    case 'chrome':
    case 'firefox':
      return extensionConfig(mode, false);
    case 'chrome-e2e':
      return extensionConfig('chrome', true);
    case 'firefox-e2e':
      return extensionConfig('firefox', true);
    case 'mock':
      return {
        root: resolve(here, 'src/ui/mock'),
        publicDir: false,
        base: './',
        plugins: [noInnerHtml()],
        build: { outDir: resolve(here, 'dist/mock'), emptyOutDir: true, modulePreload: { polyfill: false }, target: 'chrome116' },
      };
    case 'node':
      return {
        publicDir: false,
        build: {
          ssr: true,
          outDir: resolve(here, 'dist/node'),
          emptyOutDir: true,
          target: 'node20',
          rollupOptions: { input: { start: resolve(here, 'scripts/start.ts') } },
        },
      };
    default:
      throw new Error(`vite.config.ts: unknown mode "${mode}" (use chrome, firefox, chrome-e2e, firefox-e2e, mock or node)`);
  }
});
