/**
 * Component tests: the panel rendered as a plain page (dist/mock) with a mock browser and the project's
 * fixtures. Fast (one headless browser, a fresh page per test) and free of DevTools: what the real-DevTools
 * suite does not cover is checked here.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixtureToExchange } from '../fixtures/fixture.js';
import { loadFixtures } from '../fixtures/load.js';
import type { HttpExchange } from '../src/core/exchange.js';
import type { CloudErrorsMock } from '../src/ui/mock/main.js';
import { CHROMIUM_FLAGS } from '../scripts/chromium.js';
import { chromiumPath, fixture } from './harness.js';
import { serveDir } from './static-server.js';

const ALL: HttpExchange[] = loadFixtures().map((f, i) => fixtureToExchange(f.fixture, new Date(Date.UTC(2026, 10, 23, 8, 0, 0, i * 10)).toISOString()));
const TENCENT_200 = fixture('tencent/error-signature-expire-http200');
const ALIYUN_RECOMMEND = fixture('aliyun/rpc-json-recommend');
const HOSTILE = fixture('tencent/error-hostile-message');
const errorCount = loadFixtures().filter((f) => f.fixture.expect.kind === 'error').length;

function requestIdOf(f: ReturnType<typeof fixture>): string {
  const d = f.analysis.detection;
  if (d.kind !== 'error' || !d.finding.requestId) throw new Error('fixture without an error RequestId');
  return d.finding.requestId;
}

describe('the panel as a page (mock browser, fixtures)', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveDir>>;
  let page: Page;

  const open = async (query = ''): Promise<void> => {
    await page.goto(`${server.origin}/index.html${query}`);
    await page.waitForFunction('window.cloudErrorsMock !== undefined');
  };
  const add = (exchanges: HttpExchange[]): Promise<void> => page.evaluate((list) => window.cloudErrorsMock.add(list), exchanges);
  const listCount = async (): Promise<number> => Number(await page.getByTestId('list').getAttribute('aria-rowcount'));

  beforeAll(async () => {
    server = await serveDir('dist/mock');
    browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_FLAGS });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    // Tall enough that the windowed list renders every fixture row, which the tests address by request id.
    const context = await browser.newContext({ viewport: { width: 1200, height: 2000 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    page = await context.newPage();
    await open();
  });

  it('offers "Reload page to capture" when nothing was captured', async () => {
    await page.getByTestId('reload').click();
    expect(await page.evaluate(() => window.cloudErrorsMock.reloads())).toBe(1);
  });

  it('lists failed calls only, with a counter; the toggle adds successes and skipped calls', async () => {
    await add(ALL);
    await page.evaluate((ex) => window.cloudErrorsMock.addSkipped(ex, 'body of 2.0 MB exceeds the 1.0 MB parse cap'), ALL[0] as HttpExchange);
    expect(await listCount()).toBe(errorCount);
    expect(await page.getByTestId('counter').textContent()).toBe(`${errorCount} failed / ${ALL.length + 1} inspected · 1 not parsed`);
    expect(await page.locator('[data-testid=row][data-kind=success]').count()).toBe(0);
    await page.getByTestId('show-successes').check();
    expect(await page.locator('[data-testid=row][data-kind=success]').count()).toBeGreaterThan(0);
    const skipped = page.locator('[data-testid=row][data-kind=skipped]');
    expect(await skipped.locator('.message').textContent()).toBe('body of 2.0 MB exceeds the 1.0 MB parse cap');
  });

  it('filters by text and by chips, with live counts', async () => {
    await add(ALL);
    await page.getByTestId('chip-provider-tencent').click();
    const tencentRows = await listCount();
    expect(tencentRows).toBe(Number(await page.getByTestId('chip-provider-tencent').getAttribute('data-count')));
    expect(await page.locator('[data-testid=row] .provider').allTextContents()).toEqual(Array(tencentRows).fill('Tencent Cloud'));
    await page.getByTestId('filter').fill('signature');
    const narrowed = await listCount();
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(tencentRows);
    expect(Number(await page.getByTestId('chip-provider-tencent').getAttribute('data-count'))).toBe(narrowed);
    await page.getByTestId('filter').fill('no-such-thing-anywhere');
    expect(await page.getByTestId('empty').textContent()).toContain('No calls match the filter');
  });

  it('moves the selection with the up and down keys and shows the detail', async () => {
    await add(ALL);
    await page.keyboard.press('ArrowDown');
    const first = await page.locator('[data-testid=row]').nth(0).getAttribute('data-code');
    expect(await page.getByTestId('detail-code').textContent()).toBe(first);
    await page.keyboard.press('ArrowDown');
    const second = await page.locator('[data-testid=row]').nth(1).getAttribute('data-code');
    expect(await page.locator('[data-testid=row][aria-selected=true]').getAttribute('data-code')).toBe(second);
    await page.keyboard.press('ArrowUp');
    expect(await page.locator('[data-testid=row][aria-selected=true]').getAttribute('data-code')).toBe(first);
  });

  it('shows the annotation, the docs link and the redacted request in the detail pane', async () => {
    await add(ALL);
    await page.locator(`[data-request-id="${requestIdOf(ALIYUN_RECOMMEND)}"]`).dispatchEvent('mousedown');
    const d = ALIYUN_RECOMMEND.analysis.detection;
    expect(d.kind).toBe('error');
    expect(await page.getByTestId('detail-docs').getAttribute('href')).toBe(new URL(ALIYUN_RECOMMEND.analysis.annotation?.docsUrl ?? '').href);
    const url = (await page.getByTestId('detail-url').textContent()) ?? '';
    expect(url).toContain('Signature=%5Bredacted%5D');
    expect(url).not.toContain('OLeaidS1');
    await page.locator(`[data-request-id="${requestIdOf(TENCENT_200)}"]`).dispatchEvent('mousedown');
    expect(await page.getByTestId('detail-hint').textContent()).toBe(TENCENT_200.analysis.annotation?.remediation);
    expect(await page.getByTestId('detail-retryable').textContent()).toMatch(/^(yes|no)/);
    expect(await page.getByTestId('detail-raw').textContent()).toContain('\n  "Response": {');
  });

  it('never links a non-http docs URL from a response', async () => {
    const evil: HttpExchange = {
      ...fixtureToExchange(loadFixtures().find((f) => f.name === 'aliyun/rpc-json-recommend')!.fixture),
      responseBody: JSON.stringify({ RequestId: 'EVIL-1', HostId: 'ecs.aliyuncs.com', Code: 'Forbidden.RAM', Message: 'x', Recommend: 'javascript:alert(1)' }),
    };
    await add([evil]);
    await page.locator('[data-request-id="EVIL-1"]').dispatchEvent('mousedown');
    expect(await page.getByTestId('detail-code').textContent()).toBe('Forbidden.RAM');
    const hrefs = await page.locator('[data-testid=detail] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.filter((h) => !/^https?:/.test(h ?? ''))).toEqual([]);
  });

  it('copies all visible RequestIds, one per line, and confirms', async () => {
    await add(ALL);
    await page.getByTestId('chip-provider-aliyun').click();
    const ids = (await page.locator('[data-testid=row]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.requestId))).filter(Boolean);
    await page.getByTestId('copy-visible').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(ids.join('\n'));
    expect(await page.getByTestId('notice').textContent()).toBe(`Copied ${ids.length} RequestIds`);
  });

  it('falls back to execCommand when the async clipboard is blocked', async () => {
    await page.evaluate(() => {
      const blocked = (): Promise<void> => Promise.reject(new DOMException('blocked by permissions policy', 'NotAllowedError'));
      Object.defineProperty(navigator.clipboard, 'writeText', { value: blocked });
    });
    await add(ALL);
    await page.locator(`[data-request-id="${requestIdOf(TENCENT_200)}"]`).dispatchEvent('mousedown');
    await page.getByTestId('copy-request-id').click();
    expect(await page.getByTestId('notice').textContent()).toBe(`Copied RequestId ${requestIdOf(TENCENT_200)}`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(requestIdOf(TENCENT_200));
  });

  it('renders markup in messages as text: nothing runs, no element is created (page without CSP)', async () => {
    await add(ALL);
    const row = page.locator(`[data-request-id="${requestIdOf(HOSTILE)}"]`);
    expect(await row.locator('.message').textContent()).toContain('<img src=x onerror=');
    await row.dispatchEvent('mousedown');
    await page.waitForTimeout(100);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.title()).not.toBe('pwned');
  });

  it('clears on navigation unless Preserve log is on', async () => {
    await add(ALL);
    await page.evaluate(() => window.cloudErrorsMock.navigated());
    expect(await listCount()).toBe(0);
    await add(ALL);
    await page.getByTestId('preserve-log').check();
    await page.evaluate(() => window.cloudErrorsMock.navigated());
    expect(await listCount()).toBe(errorCount);
  });

  it('applies the dark theme', async () => {
    await open('?theme=dark');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    // The theme is applied by an effect after the signal changes: poll rather than race it.
    await expect.poll(background).toBe('rgb(40, 40, 40)');
    await page.evaluate(() => window.cloudErrorsMock.setTheme('light'));
    await expect.poll(background).toBe('rgb(255, 255, 255)');
  });

  it('windows 10,000 rows: few DOM nodes, quick to add and to scroll', async () => {
    const t0 = Date.now();
    await page.evaluate((ex) => window.cloudErrorsMock.addCopies(ex.exchange, ex.requestId, 10_000), {
      exchange: ALL.find((e) => e.responseBody?.includes(requestIdOf(TENCENT_200)))!,
      requestId: requestIdOf(TENCENT_200),
    });
    await page.waitForFunction(() => document.querySelector('[data-testid=list]')?.getAttribute('aria-rowcount') === '10000');
    const addMs = Date.now() - t0;
    // Windowed: only the rows that fit the 2000 px viewport (plus overscan) exist, not 10,000.
    expect(await page.locator('[data-testid=row]').count()).toBeLessThan(200);
    // Wheel-like scrolling: 120 frames of 3 rows each from the middle of the list, one frame per step.
    const frameTimes = await page.evaluate(async () => {
      const list = document.querySelector('[data-testid=list]') as HTMLElement;
      list.scrollTop = list.scrollHeight / 2;
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      const times: number[] = [];
      for (let i = 1; i <= 120; i++) {
        const t = performance.now();
        list.scrollTop += 66;
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        times.push(performance.now() - t);
      }
      list.scrollTop = list.scrollHeight;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null))));
      return times;
    });
    const sorted = [...frameTimes].sort((a, b) => a - b);
    const median = sorted[60] ?? 0;
    const p95 = sorted[114] ?? 0;
    const last = await page.locator('[data-testid=row]').last().getAttribute('data-request-id');
    expect(last).toBe(`${requestIdOf(TENCENT_200)}-9999`);
    console.log(`10,000 rows: added and rendered in ${addMs} ms; scroll frames median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`);
    // Timings are reported, not asserted: a timed test flakes on a loaded 2-core machine (seen at p95 59 ms
    // while other suites ran). What must hold is asserted above: few DOM rows, and the end is reachable.
  });
});

declare global {
  interface Window {
    cloudErrorsMock: CloudErrorsMock;
  }
}
