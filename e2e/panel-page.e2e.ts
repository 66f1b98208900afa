/**
 * Component tests: the panel rendered as a plain page (dist/mock) with a mock browser and the project's
 * fixtures. Fast (one headless browser, a fresh page per test) and free of DevTools: what the real-DevTools
 * suite does not cover is checked here.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixtureToExchange } from '../fixtures/fixture.js';
import { loadFixtures } from '../fixtures/load.js';
import { analyze } from '../src/core/analyze.js';
import type { HttpExchange } from '../src/core/exchange.js';
import { supportBlock } from '../src/core/support/support-block.js';
import { readFile } from 'node:fs/promises';
import { fixturesToHar } from '../fixtures/to-har.js';
import { syntheticHar } from '../bench/synthetic-har.js';
import { parseHar } from '../src/core/har.js';
import { main } from '../src/cli/main.js';
import type { CloudErrorsMock } from '../src/ui/mock/main.js';
import { CHROMIUM_FLAGS } from '../scripts/chromium.js';
import { chromiumPath, fixture } from './harness.js';
import { serveDir } from './static-server.js';

const ALL: HttpExchange[] = loadFixtures().map((f, i) => fixtureToExchange(f.fixture, new Date(Date.UTC(2026, 10, 23, 8, 0, 0, i * 10)).toISOString()));
const TENCENT_200 = fixture('tencent/error-signature-expire-http200');
const ALIYUN_RECOMMEND = fixture('aliyun/rpc-json-recommend');
const HOSTILE = fixture('tencent/error-hostile-message');
const ALIYUN_THROTTLING = fixture('aliyun/rpc-json-throttling');
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
  const listCount = async (): Promise<number> => Number(await page.getByTestId('list').getAttribute('data-count'));
  /** The row with this RequestId, scrolled into the windowed list first (more fixtures than fit in the viewport). */
  const row = async (requestId: string) => {
    await page.evaluate(async (id) => {
      const index = window.cloudErrorsMock.store.visible.value.findIndex((r) => r.requestId === id);
      const list = document.querySelector('[data-testid=list]') as HTMLElement;
      list.scrollTop = Math.max(0, index * 22 - 44);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null))));
    }, requestId);
    return page.locator(`[data-testid=row][data-request-id="${requestId}"]`);
  };

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

  it('narrows the list with the query language; an invalid term shows its reason and is ignored', async () => {
    await add(ALL);
    const all = await listCount();
    const aliyun = Number(await page.getByTestId('chip-provider-aliyun').getAttribute('data-count'));
    await page.getByTestId('filter').fill('provider:aliyun');
    expect(await listCount()).toBe(aliyun);
    expect(aliyun).toBeLessThan(all);
    expect(new Set(await page.locator('[data-testid=row] .provider').allTextContents())).toEqual(new Set(['Alibaba Cloud']));
    await page.getByTestId('filter').fill('provider:aliyun -status:4xx');
    const not4xx = await listCount();
    expect(not4xx).toBeLessThan(aliyun);
    expect((await page.locator('[data-testid=row] .status').allTextContents()).every((s) => !s.startsWith('4'))).toBe(true);

    // A typo in a key: the term is underlined with its reason, and the rest of the query still applies.
    await page.getByTestId('filter').fill('provider:aliyun stauts:500');
    expect(await listCount()).toBe(aliyun);
    expect(await page.getByTestId('filter-invalid').textContent()).toBe('stauts:500');
    const reason = await page.getByTestId('filter-invalid').getAttribute('data-reason');
    expect(reason).toContain('did you mean "status"');
    expect(await page.getByTestId('filter-problem').textContent()).toContain(reason ?? '-');
    expect(await page.getByTestId('filter').getAttribute('title')).toContain(reason ?? '-');
    expect(await page.getByTestId('filter').getAttribute('aria-invalid')).toBe('true');
    await page.getByTestId('filter').fill('status:abc');
    expect(await listCount()).toBe(all);
    expect(await page.getByTestId('empty').count()).toBe(0);
  });

  it('suggests keys, then the values present in the calls with counts; Tab, arrows and Enter accept', async () => {
    await add(ALL);
    const chipCount = async (p: string): Promise<number> => Number(await page.getByTestId(`chip-provider-${p}`).getAttribute('data-count'));
    const tencent = await chipCount('tencent');
    const aliyun = await chipCount('aliyun');
    await page.getByTestId('filter').click();
    await page.keyboard.type('prov');
    expect(await page.getByTestId('suggestion').first().getAttribute('data-label')).toBe('provider:');
    await page.keyboard.press('Tab');
    expect(await page.getByTestId('filter').inputValue()).toBe('provider:');
    const labels = await page
      .getByTestId('suggestion')
      .evaluateAll((items) => items.map((li) => `${(li as HTMLElement).dataset.label}=${(li as HTMLElement).dataset.count}`));
    expect(labels).toContain(`tencent=${tencent}`);
    expect(labels).toContain(`aliyun=${aliyun}`);
    // Arrows move within the suggestions, not the row selection.
    const target = labels.indexOf(`aliyun=${aliyun}`);
    for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
    expect(await page.locator('[data-testid=suggestion][aria-selected=true]').getAttribute('data-label')).toBe('aliyun');
    await page.keyboard.press('Enter');
    expect(await page.getByTestId('filter').inputValue()).toBe('provider:aliyun ');
    expect(await page.getByTestId('suggestions').count()).toBe(0);
    expect(await page.getByTestId('detail').count()).toBe(0);
    expect(await listCount()).toBe(aliyun);
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
    await (await row(requestIdOf(ALIYUN_RECOMMEND))).dispatchEvent('mousedown');
    const d = ALIYUN_RECOMMEND.analysis.detection;
    expect(d.kind).toBe('error');
    expect(await page.getByTestId('detail-docs').getAttribute('href')).toBe(new URL(ALIYUN_RECOMMEND.analysis.annotation?.docsUrl ?? '').href);
    const url = (await page.getByTestId('detail-url').textContent()) ?? '';
    expect(url).toContain('Signature=%5Bredacted%5D');
    expect(url).not.toContain('OLeaidS1');
    await (await row(requestIdOf(TENCENT_200))).dispatchEvent('mousedown');
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
    await (await row('EVIL-1')).dispatchEvent('mousedown');
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

  it('copies a support block for the selected call, with nothing secret from the request', async () => {
    await add(ALL);
    const exchange = ALL.find((e) => e.responseBody?.includes(requestIdOf(TENCENT_200)))!;
    await (await row(requestIdOf(TENCENT_200))).dispatchEvent('mousedown');
    await page.getByTestId('copy-support').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(supportBlock(exchange, analyze(exchange)));
    expect(copied).toContain(`- **RequestId:** ${requestIdOf(TENCENT_200)}`);
    expect(copied).toContain('- **Action:** DescribeInstances');
    expect(copied).toMatch(/- \*\*Time \(UTC\):\*\* 2026-11-23 08:00:\d\d\.\d{3} UTC/);
    const authorization = exchange.requestHeaders.find((h) => h.name.toLowerCase() === 'authorization')?.value ?? '';
    const signature = /Signature=(\w+)/.exec(authorization)?.[1] ?? '';
    expect(signature.length).toBeGreaterThan(16);
    expect(copied).not.toContain(signature);
    expect(copied).not.toContain('AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE');
    expect(await page.getByTestId('notice').textContent()).toBe('Copied for support');

    // Ctrl-click a second call: one block per picked call, in list order.
    const other = ALL.find((e) => e.responseBody?.includes(requestIdOf(ALIYUN_RECOMMEND)))!;
    await (await row(requestIdOf(ALIYUN_RECOMMEND))).dispatchEvent('mousedown', { ctrlKey: true });
    expect(await page.getByTestId('copy-support').textContent()).toBe('Copy for support (2)');
    await page.getByTestId('copy-support').click();
    const both = await page.evaluate(() => navigator.clipboard.readText());
    const blocks = [exchange, other]
      .sort((a, b) => Date.parse(a.startedDateTime ?? '') - Date.parse(b.startedDateTime ?? ''))
      .map((e) => supportBlock(e, analyze(e)));
    expect(both).toBe(blocks.join('\n\n'));
    expect(both).not.toContain('OLeaidS1');

    // Shift-click picks the range from the row clicked last to this one; Shift+Down extends it by one.
    const rows = page.getByTestId('row');
    await rows.nth(0).dispatchEvent('mousedown');
    await rows.nth(2).dispatchEvent('mousedown', { shiftKey: true });
    expect(await page.locator('[data-testid=row][data-marked=true]').count()).toBe(3);
    await page.keyboard.press('Shift+ArrowDown');
    expect(await page.getByTestId('copy-support').textContent()).toBe('Copy for support (4)');
    await page.getByTestId('copy-support').click();
    expect((await page.evaluate(() => navigator.clipboard.readText())).match(/- \*\*RequestId:\*\*/g)).toHaveLength(4);
  });

  it('copies the request as cURL with the signature and access key redacted', async () => {
    await add(ALL);
    await (await row(requestIdOf(ALIYUN_RECOMMEND))).dispatchEvent('mousedown');
    await page.getByTestId('copy-curl').click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^curl 'https:\/\/ecs\.aliyuncs\.com\/\?Action=DeleteInstance&/);
    expect(copied).toContain('Signature=%5Bredacted%5D');
    expect(copied).not.toContain('OLeaidS1');
    expect(copied).not.toContain('LTAI5tExampleAccessKey01');
  });

  it('keyboard: / focuses the filter, Enter opens the first row, c copies its RequestId, Esc closes, Home/End jump', async () => {
    await add(ALL);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe('filter');
    await page.keyboard.type('provider:aliyun');
    await page.keyboard.press('Escape'); // closes the suggestions
    await page.keyboard.press('Enter');
    const first = page.locator('[data-testid=row]').first();
    expect(await page.getByTestId('detail-code').textContent()).toBe(await first.getAttribute('data-code'));
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).not.toBe('filter');
    await page.keyboard.press('ArrowDown');
    const second = await page.locator('[data-testid=row]').nth(1).getAttribute('data-request-id');
    await page.keyboard.press('c');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(second);
    expect(await page.getByTestId('notice').textContent()).toBe(`Copied RequestId ${second}`);
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('detail').count()).toBe(0);

    // End and Home jump to the last and first visible call, scrolling the windowed list to them.
    const visibleCode = (at: number) => page.evaluate((i) => window.cloudErrorsMock.store.visible.value.at(i)?.code ?? '', at);
    await page.keyboard.press('End');
    await expect.poll(() => page.getByTestId('detail-code').textContent()).toBe(await visibleCode(-1));
    expect(await page.locator('[data-testid=row][aria-selected=true]').getAttribute('data-code')).toBe(await visibleCode(-1));
    await page.keyboard.press('Home');
    await expect.poll(() => page.getByTestId('detail-code').textContent()).toBe(await visibleCode(0));
  });

  it('sorts by a column header, then the other way on a second click', async () => {
    await add(ALL);
    const codes = () => page.locator('[data-testid=row]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.code ?? ''));
    const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
    await page.getByTestId('sort-code').click();
    expect(await page.getByTestId('sort-code').getAttribute('aria-sort')).toBe('ascending');
    const up = await codes();
    const ordered = (list: string[], sign: number): boolean => list.every((c, i) => i === 0 || sign * collator.compare(list[i - 1] as string, c) <= 0);
    expect(up.length).toBeGreaterThan(5);
    expect(ordered(up, 1)).toBe(true);
    await page.getByTestId('sort-code').click();
    expect(await page.getByTestId('sort-code').getAttribute('aria-sort')).toBe('descending');
    const down = await codes();
    expect(ordered(down, -1)).toBe(true);
    expect(down[0]).not.toBe(up[0]);
  });

  it('groups by code with counts, first and last seen and actions; a group lists its calls', async () => {
    await add(ALL);
    await page.getByTestId('group-by-code').check();
    const groups = await page
      .getByTestId('group')
      .evaluateAll((rows) => rows.map((r) => ({ code: (r as HTMLElement).dataset.code, count: Number((r as HTMLElement).dataset.count) })));
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(errorCount);
    const expected = new Map<string, number>();
    for (const f of loadFixtures())
      if (f.fixture.expect.kind === 'error' && f.fixture.expect.code) expected.set(f.fixture.expect.code, (expected.get(f.fixture.expect.code) ?? 0) + 1);
    for (const g of groups) expect(g.count).toBeLessThanOrEqual(expected.get(g.code ?? '') ?? 0);
    // Ten more Throttling calls from Alibaba Cloud: their group grows by ten and moves to the top.
    await page.evaluate((ex) => window.cloudErrorsMock.addCopies(ex.exchange, ex.requestId, 10), {
      exchange: ALL.find((e) => e.responseBody?.includes(requestIdOf(ALIYUN_THROTTLING)))!,
      requestId: requestIdOf(ALIYUN_THROTTLING),
    });
    const top = page.getByTestId('group').first();
    expect(await top.getAttribute('data-code')).toBe('Throttling');
    const count = Number(await top.getAttribute('data-count'));
    expect(count).toBe(10 + (groups.find((g) => g.code === 'Throttling')?.count ?? 0));
    expect(await top.locator('.actions').textContent()).toContain('DescribeInstances');
    await top.click();
    expect(await page.getByTestId('filter').inputValue()).toBe('provider:aliyun code:Throttling');
    expect(await listCount()).toBe(count);
  });

  it('shows a summary bar of failed calls per provider and category', async () => {
    await add(ALL);
    const chip = Number(await page.getByTestId('chip-provider-aliyun').getAttribute('data-count'));
    expect(Number(await page.getByTestId('summary-aliyun').getAttribute('data-count'))).toBe(chip);
    await page.getByTestId('filter').fill('provider:aliyun');
    expect(await page.getByTestId('summary-tencent').count()).toBe(0);
    expect(await page.getByTestId('summary-aliyun').textContent()).toBe(`Alibaba Cloud ${chip}`);
  });

  it('raises a throttling banner for a burst of throttling codes, and a clock banner for expired signatures', async () => {
    const burst = (f: ReturnType<typeof fixture>, n: number) =>
      page.evaluate((ex) => window.cloudErrorsMock.addCopies(ex.exchange, ex.requestId, ex.n), {
        exchange: ALL.find((e) => e.responseBody?.includes(requestIdOf(f)))!,
        requestId: requestIdOf(f),
        n,
      });
    await burst(ALIYUN_THROTTLING, 4);
    expect(await page.getByTestId('banner-throttling').count()).toBe(0);
    await burst(ALIYUN_THROTTLING, 2);
    expect(await page.getByTestId('banner-throttling').textContent()).toContain('You are being throttled: 6 throttling errors');
    expect(await page.getByTestId('banner-clock').count()).toBe(0);
    await burst(TENCENT_200, 2);
    expect(await page.getByTestId('banner-clock').textContent()).toContain('Your clock is off');
    await page.getByTestId('banner-clock').getByTitle('Dismiss').click();
    expect(await page.getByTestId('banner-clock').count()).toBe(0);
    expect(await page.getByTestId('banner-throttling').count()).toBe(1);
  });

  it('exports the visible failed calls as redacted HAR 1.2 and as the CLI JSON, which round-trip through the CLI', async () => {
    await add(ALL);
    await page.getByTestId('filter').fill('provider:aliyun');
    const visible = await listCount();
    const download = async (testid: string): Promise<string> => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
      expect(file.suggestedFilename()).toMatch(/^cloud-errors-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.(har|json)$/);
      return readFile(await file.path(), 'utf8');
    };
    const harText = await download('export-har');
    const har = parseHar(harText);
    expect(har.ok && har.har.log.entries.length).toBe(visible);
    expect(harText).not.toContain('OLeaidS1');
    expect(harText).not.toContain('LTAI5tExampleAccessKey01');
    const json = JSON.parse(await download('export-json')) as { scanned: number; findings: { provider: string }[] };
    expect(json.findings).toHaveLength(visible);
    expect(new Set(json.findings.map((f) => f.provider))).toEqual(new Set(['aliyun']));
    // `cloud-errors scan exported.har --json` reports exactly what the JSON export holds.
    let out = '';
    const code = await main(['scan', 'exported.har', '--json'], {
      stdout: (t) => (out += t),
      stderr: () => {},
      stdin: async function* () {},
      openFile: async function* () {
        yield new TextEncoder().encode(harText);
      },
    });
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(json);
  });

  it('imports a HAR file apart from live capture, with the same filters', async () => {
    await add(ALL.slice(0, 3));
    const live = await listCount();
    const har = JSON.stringify(fixturesToHar(loadFixtures().map((f) => f.fixture)));
    // Every phase the progress goes through, as rendered (the Worker reports each phase when it starts).
    await page.evaluate(() => {
      const phases: string[] = [];
      (window as unknown as { phases: string[] }).phases = phases;
      new MutationObserver(() => {
        const phase = document.querySelector('[data-testid=import-progress]')?.getAttribute('data-phase');
        if (phase && phases.at(-1) !== phase) phases.push(phase);
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    await page.getByTestId('import-file').setInputFiles({ name: 'customer.har', mimeType: 'application/json', buffer: Buffer.from(har) });
    await expect.poll(() => page.getByTestId('import-progress').textContent()).toBe(`${loadFixtures().length} entries`);
    expect(await page.getByTestId('import-progress').getAttribute('data-thread')).toBe('worker');
    expect(await page.evaluate(() => (window as unknown as { phases: string[] }).phases)).toEqual(['reading', 'listing', 'done']);
    expect(await page.getByTestId('show-import').getAttribute('aria-pressed')).toBe('true');
    expect(await listCount()).toBe(errorCount);
    await page.getByTestId('filter').fill('provider:tencent');
    const tencent = await listCount();
    expect(tencent).toBeGreaterThan(0);
    expect(tencent).toBeLessThan(errorCount);
    // Live capture goes on apart: its list is unchanged, and calls captured meanwhile stay there.
    await add(ALL.slice(3, 5));
    expect(await listCount()).toBe(tencent);
    await page.getByTestId('show-live').click();
    expect(await page.getByTestId('counter').textContent()).toMatch(/ \/ 5 inspected/);
    expect(await listCount()).toBeGreaterThanOrEqual(live);
    await page.getByTestId('close-import').click();
    expect(await page.getByTestId('import-bar').count()).toBe(0);
  });

  it('cancels a large import while it is being read, keeping the live list and no error', async () => {
    await add(ALL);
    const envelopes = loadFixtures()
      .filter((f) => f.group !== 'negatives')
      .map((f) => f.fixture);
    const big = Buffer.from(JSON.stringify(syntheticHar(3_000, envelopes)));
    expect(big.length).toBeGreaterThan(30 * 2 ** 20);
    await page.getByTestId('import-file').setInputFiles({ name: 'big.har', mimeType: 'application/json', buffer: big });
    await page.getByTestId('cancel-import').click();
    await expect.poll(() => page.getByTestId('import-bar').count()).toBe(0);
    // Nothing arrives later from the stopped Worker.
    await page.waitForTimeout(1500);
    expect(await page.getByTestId('import-bar').count()).toBe(0);
    expect(await page.getByTestId('show-import').count()).toBe(0);
    expect(await listCount()).toBe(errorCount);
  });

  it('says why a file is not a HAR, and keeps the live list', async () => {
    await add(ALL);
    await page.getByTestId('import-file').setInputFiles({ name: 'notes.har', mimeType: 'application/json', buffer: Buffer.from('{"log": {}}') });
    expect(await page.getByTestId('import-error').textContent()).toBe('Could not import notes.har: not a HAR file: "log.entries" is not an array (at byte 9)');
    expect(await listCount()).toBe(errorCount);
  });

  it('falls back to execCommand when the async clipboard is blocked', async () => {
    await page.evaluate(() => {
      const blocked = (): Promise<void> => Promise.reject(new DOMException('blocked by permissions policy', 'NotAllowedError'));
      Object.defineProperty(navigator.clipboard, 'writeText', { value: blocked });
    });
    await add(ALL);
    await (await row(requestIdOf(TENCENT_200))).dispatchEvent('mousedown');
    await page.getByTestId('copy-request-id').click();
    expect(await page.getByTestId('notice').textContent()).toBe(`Copied RequestId ${requestIdOf(TENCENT_200)}`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(requestIdOf(TENCENT_200));
  });

  it('renders markup in messages as text: nothing runs, no element is created (page without CSP)', async () => {
    await add(ALL);
    const hostile = await row(requestIdOf(HOSTILE));
    expect(await hostile.locator('.message').textContent()).toContain('<img src=x onerror=');
    await hostile.dispatchEvent('mousedown');
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

  it('exposes the windowed list as an ARIA grid: row count with the header, each row its index and seven cells', async () => {
    await add(ALL);
    await page.evaluate((ex) => window.cloudErrorsMock.addCopies(ex.exchange, ex.requestId, 300), {
      exchange: ALL.find((e) => e.responseBody?.includes(requestIdOf(ALIYUN_THROTTLING)))!,
      requestId: requestIdOf(ALIYUN_THROTTLING),
    });
    const list = page.getByTestId('list');
    expect(await list.getAttribute('aria-rowcount')).toBe(String(errorCount + 300 + 1));
    await list.evaluate((el) => (el.scrollTop = 22 * 150));
    await expect.poll(() => page.locator('[data-testid=row]').first().getAttribute('aria-rowindex')).not.toBe('2');
    const rows = await page.locator('[data-testid=row]').evaluateAll((els) =>
      els.map((el) => ({
        index: Number(el.getAttribute('aria-rowindex')),
        id: Number((el as HTMLElement).dataset.id),
        cells: el.querySelectorAll('[role=gridcell]').length,
      })),
    );
    const order = await page.evaluate(() => window.cloudErrorsMock.store.visible.value.map((r) => r.id));
    for (const r of rows) {
      expect(r.cells).toBe(7);
      expect(order[r.index - 2]).toBe(r.id);
    }
  });

  it("shows a REST call's method and path, muted, where no API action is named", async () => {
    await add(ALL);
    const oss = fixture('aliyun/oss-xml-request-time-too-skewed');
    const ossRow = await row(requestIdOf(oss));
    expect(await ossRow.locator('[data-testid=rest-call]').textContent()).toBe(`${oss.fixture.request.method} ${new URL(oss.fixture.request.url).pathname}`);
    // A call that names its action shows the action itself.
    const tencent = await row(requestIdOf(TENCENT_200));
    expect(await tencent.locator('.action').textContent()).toBe('DescribeInstances');
    expect(await tencent.locator('[data-testid=rest-call]').count()).toBe(0);
    // The path is not an action: action: terms do not match it.
    await page.getByTestId('filter').fill(`action:"${oss.fixture.request.method} ${new URL(oss.fixture.request.url).pathname}"`);
    await expect.poll(listCount).toBe(0);
  });

  it('puts the detail beside the list in a wide panel and under it in a narrow one (DevTools docked to the side)', async () => {
    await add(ALL);
    await (await row(requestIdOf(TENCENT_200))).dispatchEvent('mousedown');
    const boxes = () =>
      page.evaluate(() => {
        const box = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
        const [list, detail] = [box('.list-area'), box('[data-testid=detail]')];
        return { beside: detail.left >= list.right - 1, under: detail.top >= list.bottom - 1, listWidth: list.width, detailWidth: detail.width };
      });
    const wide = await boxes();
    expect(wide).toMatchObject({ beside: true, under: false });
    const size = page.viewportSize()!;
    await page.setViewportSize({ width: 460, height: size.height });
    try {
      await expect.poll(async () => (await boxes()).under).toBe(true);
      const narrow = await boxes();
      expect(narrow.listWidth).toBeGreaterThan(440);
      expect(narrow.detailWidth).toBeGreaterThan(440);
    } finally {
      await page.setViewportSize(size);
    }
  });

  it('windows 10,000 rows: few DOM nodes, quick to add and to scroll', async () => {
    const t0 = Date.now();
    await page.evaluate((ex) => window.cloudErrorsMock.addCopies(ex.exchange, ex.requestId, 10_000), {
      exchange: ALL.find((e) => e.responseBody?.includes(requestIdOf(TENCENT_200)))!,
      requestId: requestIdOf(TENCENT_200),
    });
    await page.waitForFunction(() => document.querySelector('[data-testid=list]')?.getAttribute('data-count') === '10000');
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
