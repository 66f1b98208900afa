/**
 * `npm run bench:import`: import a ~100 MB HAR into the panel (dist/mock, the panel as a page) and measure
 * how long it takes, how long the panel's main thread is ever blocked meanwhile (the longest gap between
 * 16 ms timer ticks), and memory: the panel's JS heap after the import and the peak of the summed resident
 * memory of all the browser's processes (sampled from /proc every 200 ms; shared pages count once per
 * process, so this overstates). BENCH_IMPORT_ENTRIES and BENCH_IMPORT_SCALE make it bigger:
 * 50,000 entries at scale 1.95 is about 1 GB. Figures are printed, not asserted: a benchmark, not a timed test.
 */
import { chromium } from 'playwright-core';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, it } from 'vitest';
import { loadFixtures } from '../fixtures/load.js';
import { CHROMIUM_FLAGS } from '../scripts/chromium.js';
import { chromiumPath } from '../e2e/harness.js';
import { serveDir } from '../e2e/static-server.js';
import { writeSyntheticHar } from './write-har.js';

const ENTRIES = Number(process.env.BENCH_IMPORT_ENTRIES ?? 7_500);
const SCALE = Number(process.env.BENCH_IMPORT_SCALE ?? 1);
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
  // Playwright hands files over 50 MB to the page only by path; the page reads the file lazily, so it stays until the end.
  const dir = mkdtempSync(join(tmpdir(), 'cloud-errors-import-'));
  const file = join(dir, 'big.har');
  const size = writeSyntheticHar(file, ENTRIES, envelopes, SCALE);
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
    const sampler = rssSampler();
    const t0 = Date.now();
    await page.getByTestId('import-file').setInputFiles(file);
    await page.waitForFunction((n) => document.querySelector('[data-testid=import-progress]')?.textContent === `${n} entries`, ENTRIES, {
      timeout: 600_000,
      polling: 250,
    });
    const ms = Date.now() - t0;
    const peakRss = sampler.stop();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
    const { maxGap, thread, rows } = await page.evaluate(() => ({
      maxGap: (window as unknown as { maxGap: number }).maxGap,
      thread: document.querySelector('[data-testid=import-progress]')?.getAttribute('data-thread'),
      rows: document.querySelector('[data-testid=list]')?.getAttribute('data-count'),
    }));
    console.log(
      `import: ${ENTRIES} entries, ${(size / 2 ** 20).toFixed(1)} MB in ${ms} ms (${((size / 2 ** 20 / ms) * 1000).toFixed(1)} MB/s), ` +
        `parsed on the ${thread} thread; longest main-thread stall ${maxGap.toFixed(0)} ms; ${rows} failed calls listed; ` +
        `panel JS heap after import ${(heap / 2 ** 20).toFixed(0)} MB; peak RSS of all browser processes ${peakRss.toFixed(0)} MB (${sampler.baseline.toFixed(0)} MB before the import)`,
    );
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}, 900_000);

/** Peak of the summed RSS (MB) of this process's descendants (the browser and its renderers, GPU and utility processes). */
function rssSampler(): { stop: () => number; baseline: number } {
  let peak = 0;
  let baseline = 0;
  const sample = (): void => {
    const parent = new Map<number, number>();
    const rss = new Map<number, number>();
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const status = readFileSync(`/proc/${name}/status`, 'utf8');
        parent.set(Number(name), Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0));
        rss.set(Number(name), Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0));
      } catch {
        // the process ended meanwhile
      }
    }
    const isDescendant = (pid: number): boolean => {
      for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p)) if (p === process.pid) return true;
      return false;
    };
    let sum = 0;
    for (const [pid, kb] of rss) if (isDescendant(pid)) sum += kb;
    peak = Math.max(peak, sum / 1024);
    baseline ||= sum / 1024;
  };
  sample();
  const timer = setInterval(sample, 200);
  return {
    baseline,
    stop: () => {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}
