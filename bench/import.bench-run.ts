/**
 * `npm run bench:import`: import a ~100 MB HAR into the panel (dist/mock, the panel as a page) and measure
 * how long it takes and how long the panel's main thread is ever blocked meanwhile (the longest gap between
 * 16 ms timer ticks). Figures are printed, not asserted: a benchmark, not a timed test.
 */
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, it } from 'vitest';
import { loadFixtures } from '../fixtures/load.js';
import { CHROMIUM_FLAGS } from '../scripts/chromium.js';
import { chromiumPath } from '../e2e/harness.js';
import { serveDir } from '../e2e/static-server.js';
import { syntheticHar } from './synthetic-har.js';

const ENTRIES = Number(process.env.BENCH_IMPORT_ENTRIES ?? 7_500);
let server: Awaited<ReturnType<typeof serveDir>>;

beforeAll(async () => {
  server = await serveDir('dist/mock');
});
afterAll(async () => {
  await server?.close();
});

it(`imports a synthetic HAR of ${ENTRIES} entries`, async () => {
  const envelopes = loadFixtures()
    .filter((f) => f.group !== 'negatives')
    .map((f) => f.fixture);
  const text = JSON.stringify(syntheticHar(ENTRIES, envelopes));
  // Playwright hands files over 50 MB to the page only by path; the page reads the file lazily, so it stays until the end.
  const dir = mkdtempSync(join(tmpdir(), 'cloud-errors-import-'));
  const file = join(dir, 'big.har');
  writeFileSync(file, text);
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`${server.origin}/index.html`);
    await page.evaluate(() => {
      const w = window as unknown as { maxGap: number; last: number };
      w.maxGap = 0;
      w.last = performance.now();
      setInterval(() => {
        const now = performance.now();
        w.maxGap = Math.max(w.maxGap, now - w.last);
        w.last = now;
      }, 16);
    });
    const t0 = Date.now();
    await page.getByTestId('import-file').setInputFiles(file);
    await page.waitForFunction((n) => document.querySelector('[data-testid=import-progress]')?.textContent === `${n} entries`, ENTRIES, {
      timeout: 600_000,
      polling: 250,
    });
    const ms = Date.now() - t0;
    const { maxGap, thread, rows } = await page.evaluate(() => ({
      maxGap: (window as unknown as { maxGap: number }).maxGap,
      thread: document.querySelector('[data-testid=import-progress]')?.getAttribute('data-thread'),
      rows: document.querySelector('[data-testid=list]')?.getAttribute('data-count'),
    }));
    console.log(
      `import: ${ENTRIES} entries, ${(text.length / 2 ** 20).toFixed(1)} MB in ${ms} ms (${((text.length / 2 ** 20 / ms) * 1000).toFixed(1)} MB/s), ` +
        `parsed on the ${thread} thread; longest main-thread stall ${maxGap.toFixed(0)} ms; ${rows} failed calls listed`,
    );
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}, 900_000);
