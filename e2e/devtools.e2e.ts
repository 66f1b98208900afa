/**
 * The real extension in real DevTools (Debian's Chromium, headless) against the demo cloud.
 * One browser, one inspected tab: the tests run in order and each sets up the state it checks.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIG_ERROR_REQUEST_ID, startDemoServer, type DemoServer } from '../demo/server.js';
import { waitFor, type DevtoolsHandle, type LaunchedBrowser, type TargetSession } from '../scripts/devtools-driver.js';
import { fixturesToHar } from '../fixtures/to-har.js';
import { loadFixtures } from '../fixtures/load.js';
import { main } from '../src/cli/main.js';
import { parseHar } from '../src/core/har.js';
import {
  expectedErrors,
  fixture,
  inspectedTab,
  isWithheld,
  listCount,
  localErrorCount,
  launch,
  loadConsole,
  rows,
  selectRow,
  servedExchange,
  storedErrors,
  text,
  waitForRows,
} from './harness.js';
import { BODY_WITHHELD_NOTE } from '../src/core/withheld-body.js';

const TENCENT_200 = fixture('tencent/error-signature-expire-http200');
const ALIYUN_XML_404 = fixture('aliyun/rpc-xml-not-found');
const HOSTILE = fixture('tencent/error-hostile-message');

const withoutMessage = ({ path, code, requestId }: { path: string; code: string; requestId: string | undefined }) => ({ path, code, requestId });

function finding(f: ReturnType<typeof fixture>) {
  const d = f.analysis.detection;
  if (d.kind !== 'error') throw new Error('fixture is not an error');
  return d.finding;
}

describe('Cloud Errors in real DevTools', () => {
  let demo: DemoServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let devtools: DevtoolsHandle;
  let panel: TargetSession;

  beforeAll(async () => {
    demo = await startDemoServer();
    // Undocked DevTools in a tall window: the windowed list renders every row of the burst.
    browser = await launch({ dock: 'undocked', viewport: { width: 1400, height: 1600 } });
    ({ page, devtools } = await inspectedTab(browser));
  });

  afterAll(async () => {
    await devtools?.detach();
    await browser?.close();
    await demo?.close();
  });

  it('lists calls made before the panel was first shown, then live ones', async () => {
    await loadConsole(page, demo.origin);
    // The burst is over before the tab is shown: the devtools page captured it on its own.
    const expected = localErrorCount(demo);
    await waitFor('the capture of the burst', () => devtools.devtoolsPage.evaluate<boolean>(`globalThis.cloudErrors.store.failed.value >= ${expected}`));
    const urls = await devtools.devtoolsPage.evaluate<string[]>('globalThis.cloudErrors.store.rows.value.map((r) => r.url)');
    expect(new Set(urls).size).toBe(urls.length);
    // Every error the demo cloud served (with Cache-Control: no-cache, no-store, as AWS sends it) is listed
    // with the code and RequestId its body gives.
    expect((await storedErrors(devtools.devtoolsPage)).map(withoutMessage)).toEqual(expectedErrors(demo));
    panel = await devtools.showPanel();
    // Rows render as layout settles: wait for the Tencent row itself rather than for any few rows.
    const listed = await waitForRows(panel, 'the burst', (r) => r.some((x) => x.code === finding(TENCENT_200).code));
    expect(listed.length).toBeGreaterThanOrEqual(5);

    const before = await listCount(panel);
    expect(before).toBe(expected);
    await page.evaluate(`window.fire(${JSON.stringify('aliyun/rpc-json-throttling')})`);
    await waitFor('a live row', () => listCount(panel).then((n) => n === before + 1));
  });

  it('lists and annotates an HTTP-200 Tencent envelope and a 404 Alibaba XML envelope', async () => {
    const tencent = finding(TENCENT_200);
    const aliyun = finding(ALIYUN_XML_404);
    const listed = await rows(panel);
    const t = listed.find((r) => r.requestId === tencent.requestId);
    const a = listed.find((r) => r.requestId === aliyun.requestId);
    // cells: time, provider, action, status, code, message, RequestId
    expect(t?.cells.slice(1, 5)).toEqual(['Tencent Cloud', 'DescribeInstances', '200', 'AuthFailure.SignatureExpire']);
    expect(a?.cells.slice(1, 5)).toEqual(['Alibaba Cloud', 'StartInstance', '404', 'InvalidInstanceId.NotFound']);
    expect(a?.cells[5]).toBe(aliyun.message);
    const counter = await text(panel, 'counter');
    // The demo's 2 MB page of results is over the parse cap even with long strings cut: counted as not parsed.
    expect(counter).toMatch(new RegExp(`^${await listCount(panel)} failed / \\d+ inspected · 1 not parsed$`));
  });

  it('narrows the list with the filter and updates the chip counts', async () => {
    const all = (await rows(panel)).length;
    await panel.evaluate(`(() => {
      const input = document.querySelector('[data-testid=filter]');
      input.value = 'NotFound';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    })()`);
    const narrowed = await waitForRows(panel, 'the filtered list', (r) => r.length > 0 && r.length < all);
    // Free text matches case-insensitively (GCP spells it notFound).
    expect(narrowed.every((r) => r.cells.join(' ').toLowerCase().includes('notfound'))).toBe(true);
    const providerChips = await panel.evaluate<number>(
      `[...document.querySelectorAll('[data-testid^=chip-provider-]')].reduce((n, el) => n + Number(el.dataset.count), 0)`,
    );
    expect(providerChips).toBe(narrowed.length);
    expect(await listCount(panel)).toBe(narrowed.length);
    await panel.evaluate(`(() => {
      const input = document.querySelector('[data-testid=filter]');
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    })()`);
    await waitForRows(panel, 'the whole list again', (r) => r.length === all);
  });

  it('opens the detail pane with meaning, hint and the redacted request', async () => {
    const tencent = finding(TENCENT_200);
    await selectRow(panel, tencent.requestId ?? '');
    await waitFor('the detail pane', () => text(panel, 'detail-code').then((t) => t === tencent.code));
    expect(await text(panel, 'detail-hint')).toBe(TENCENT_200.analysis.annotation?.remediation);
    expect(await text(panel, 'detail-meaning')).toContain(TENCENT_200.analysis.annotation?.meaning ?? '');
    const headers = await text(panel, 'detail-headers');
    expect(headers).toContain('X-TC-ActionDescribeInstances');
    expect(headers).toContain('TC3-HMAC-SHA256 [redacted]');
    expect(headers).not.toContain('Signature=5da7');
  });

  it('copies the exact RequestId to the clipboard and says so', async () => {
    const tencent = finding(TENCENT_200);
    await browser.browserSession.send('Browser.grantPermissions', {
      origin: 'devtools://devtools',
      permissions: ['clipboardReadWrite', 'clipboardSanitizedWrite'],
    });
    await devtools.frontend.evaluate(`navigator.clipboard.writeText('before')`);
    await panel.evaluate(`document.querySelector('[data-testid=copy-request-id]').click()`);
    await waitFor('the confirmation', () => text(panel, 'notice').then((t) => t === `Copied RequestId ${tencent.requestId}`));
    expect(await devtools.frontend.evaluate<string>('navigator.clipboard.readText()')).toBe(tencent.requestId);
  });

  it('copies a support block with no secret from the request', async () => {
    const tencent = finding(TENCENT_200);
    await selectRow(panel, tencent.requestId ?? '');
    await devtools.frontend.evaluate(`navigator.clipboard.writeText('before')`);
    await panel.evaluate(`document.querySelector('[data-testid=copy-support]').click()`);
    await waitFor('the confirmation', () => text(panel, 'notice').then((t) => t === 'Copied for support'));
    const block = await devtools.frontend.evaluate<string>('navigator.clipboard.readText()');
    expect(block).toContain(`- **RequestId:** ${tencent.requestId}`);
    expect(block).toContain(`- **Code:** ${tencent.code}`);
    expect(block).toContain('- **Action:** DescribeInstances');
    expect(block).toMatch(/- \*\*Time \(UTC\):\*\* \d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} UTC/);
    expect(block).not.toContain('5da7a33f6993f0614b047e5df4582db');
    expect(block).not.toContain('AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE');
  });

  it('groups by code: the counts add up to the list and match its rows', async () => {
    const listed = await rows(panel);
    await panel.evaluate(`document.querySelector('[data-testid=group-by-code]').click()`);
    const groups = await waitFor('the groups', () =>
      panel
        .evaluate<{ code: string; count: number }[]>(
          `[...document.querySelectorAll('[data-testid=group]')].map((g) => ({ code: g.dataset.code, count: Number(g.dataset.count) }))`,
        )
        .then((g) => (g.length > 0 ? g : undefined)),
    );
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(listed.filter((r) => r.kind === 'error').length);
    const throttling = groups.filter((g) => g.code === 'Throttling').reduce((n, g) => n + g.count, 0);
    expect(throttling).toBe(listed.filter((r) => r.code === 'Throttling').length);
    await panel.evaluate(`document.querySelector('[data-testid=group-by-code]').click()`);
  });

  it('exports the visible failed calls as a redacted HAR that the CLI scans to the same findings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cloud-errors-download-'));
    await browser.browserSession.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
    const visible = await listCount(panel);
    await panel.evaluate(`document.querySelector('[data-testid=export-har]').click()`);
    const name = await waitFor('the HAR download', async () => readdirSync(dir).find((f) => f.endsWith('.har')));
    const harText = await waitFor('the finished download', async () => {
      const t = readFileSync(join(dir, name), 'utf8');
      return parseHar(t).ok ? t : undefined;
    });
    expect(harText).not.toContain('5da7a33f6993f0614b047e5df4582db');
    let out = '';
    const code = await main(['scan', name, '--json'], {
      stdout: (t) => (out += t),
      stderr: () => {},
      stdin: async function* () {},
      openFile: async function* () {
        yield new TextEncoder().encode(harText);
      },
    });
    expect(code).toBe(0);
    const report = JSON.parse(out) as { findings: { requestId: string | null }[] };
    expect(report.findings).toHaveLength(visible);
    expect(report.findings.map((f) => f.requestId)).toContain(finding(TENCENT_200).requestId);
  });

  it('imports a dropped fixture HAR apart from live capture', async () => {
    const fixtures = loadFixtures();
    const errors = fixtures.filter((f) => f.fixture.expect.kind === 'error').length;
    const har = JSON.stringify(fixturesToHar(fixtures.map((f) => f.fixture)));
    await panel.evaluate(`(() => {
      const dt = new DataTransfer();
      dt.items.add(new File([${JSON.stringify(har)}], 'customer.har', { type: 'application/json' }));
      document.querySelector('[data-testid=panel]').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    })()`);
    await waitFor('the import', () => text(panel, 'import-progress').then((t) => t === `${fixtures.length} entries`));
    expect(await panel.evaluate<string>(`document.querySelector('[data-testid=import-progress]').dataset.thread`)).toBe('worker');
    expect(await listCount(panel)).toBe(errors);
    await panel.evaluate(`document.querySelector('[data-testid=close-import]').click()`);
    await waitFor('the live list', () => panel.evaluate<boolean>(`!document.querySelector('[data-testid=import-bar]')`));
  });

  it('renders a message containing <img onerror> as text and runs nothing', async () => {
    const hostile = finding(HOSTILE);
    const row = (await rows(panel)).find((r) => r.requestId === hostile.requestId);
    expect(row?.cells[5]).toContain('<img src=x onerror=');
    await selectRow(panel, hostile.requestId ?? '');
    await waitFor('the hostile detail', () => text(panel, 'detail-message').then((t) => t === hostile.message));
    expect(await panel.evaluate<number>(`document.querySelectorAll('img').length`)).toBe(0);
    expect(await panel.evaluate<string>('document.title')).toBe('Cloud Errors');
  });

  it('lists a 3 MB error envelope (over the parse cap) with its code and RequestId, its message cut with the full length', async () => {
    await page.evaluate(() => fetch('/big-error.json').then((r) => r.text()));
    const listed = await waitForRows(panel, 'the 3 MB error', (r) => r.some((row) => row.requestId === BIG_ERROR_REQUEST_ID));
    const row = listed.find((r) => r.requestId === BIG_ERROR_REQUEST_ID);
    // cells: time, provider, action, status, code, message, RequestId
    expect([row?.cells[1], row?.cells[3], row?.cells[4]]).toEqual(['Tencent Cloud', '400', 'InvalidParameterValue']);
    await selectRow(panel, BIG_ERROR_REQUEST_ID);
    await waitFor('the big detail', () => text(panel, 'detail-code').then((t) => t === 'InvalidParameterValue'));
    expect(await text(panel, 'detail-message')).toMatch(/^The value of UserData is invalid: A{4000,4096}… \[cut: 3,145,7\d\d characters in all\]$/);
  });

  it('follows the DevTools theme, including a change while open', async () => {
    const theme = (): Promise<string> =>
      panel.evaluate<string>(`document.documentElement.dataset.theme + ' ' + getComputedStyle(document.body).backgroundColor`);
    expect(await theme()).toBe('light rgb(255, 255, 255)');
    const setTheme = (name: string) =>
      devtools.frontend.evaluate(`(async () => {
        const Common = await import('devtools://devtools/bundled/core/common/common.js');
        Common.Settings.Settings.instance().moduleSetting('ui-theme').set(${JSON.stringify(name)});
      })()`);
    await setTheme('dark');
    await waitFor('the dark theme', () => theme().then((t) => t === 'dark rgb(40, 40, 40)'));
    await setTheme('default');
    await waitFor('the light theme', () => theme().then((t) => t.startsWith('light')));
  });

  it('clears on navigation unless Preserve log is on, and remembers that setting and the filter', async () => {
    await page.goto(`${demo.origin}/?burst=0`);
    await waitForRows(panel, 'the cleared list', (r) => r.length === 0);
    // The page's own HTML may count as inspected: text/html bodies are judged by their first bytes (envelopes are
    // sent as text/html too), whether it is captured before or after the clear depends on timing.
    expect(await text(panel, 'counter')).toMatch(/^0 failed \/ [01] inspected$/);

    await panel.evaluate(`document.querySelector('[data-testid=preserve-log]').click()`);
    await loadConsole(page, demo.origin);
    const burst = localErrorCount(demo);
    await waitFor('the new burst', () => listCount(panel).then((n) => n === burst));
    await page.goto(`${demo.origin}/?burst=0`);
    await page.evaluate('window.burstDone');
    await new Promise((r) => setTimeout(r, 500));
    expect(await listCount(panel)).toBe(burst);
    expect((await rows(panel)).length).toBe(burst);

    // The setting, the filter text and the chips persist: a new DevTools session starts with them.
    const setFilter = (target: TargetSession, value: string) =>
      target.evaluate(`(() => {
        const input = document.querySelector('[data-testid=filter]');
        input.value = ${JSON.stringify(value)};
        input.dispatchEvent(new Event('input', { bubbles: true }));
      })()`);
    await setFilter(panel, '-code:Nothing*');
    await panel.evaluate(`document.querySelector('[data-testid=chip-provider-tencent]').click()`);
    const other = await inspectedTab(browser);
    const otherPanel = await other.devtools.showPanel();
    expect(await otherPanel.evaluate<boolean>(`document.querySelector('[data-testid=preserve-log]').checked`)).toBe(true);
    expect(await otherPanel.evaluate<string>(`document.querySelector('[data-testid=filter]').value`)).toBe('-code:Nothing*');
    expect(await otherPanel.evaluate<string>(`document.querySelector('[data-testid=chip-provider-tencent]').getAttribute('aria-pressed')`)).toBe('true');
    await otherPanel.evaluate(`document.querySelector('[data-testid=preserve-log]').click()`);
    await otherPanel.evaluate(`document.querySelector('[data-testid=chip-provider-tencent]').click()`);
    await setFilter(otherPanel, '');
    await other.devtools.detach();
    await other.page.close();
  });
  it('lists failed calls whose no-store body the page left unread, from their headers, and upgrades each row in place when the page reads the body', async () => {
    await panel.evaluate(`(() => {
      const preserve = document.querySelector('[data-testid=preserve-log]');
      if (preserve.checked) preserve.click();
      const tencent = document.querySelector('[data-testid=chip-provider-tencent]');
      if (tencent.getAttribute('aria-pressed') === 'true') tencent.click();
      const input = document.querySelector('[data-testid=filter]');
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    })()`);
    await page.goto(`${demo.origin}/?burst=0`);
    await waitFor('the cleared list', () => listCount(panel).then((n) => n === 0));
    // Chromium withholds these bodies from DevTools: no onRequestFinished, and getContent never answers.
    await page.evaluate('window.fireBurst({ read: false })');
    const withheld = expectedErrors(demo, { withheld: true });
    expect(withheld.length).toBeGreaterThan(20);
    // Calls whose body Chromium does not withhold (no body, or no no-store) arrive live, read from their body.
    const bodyless = new Set(demo.fixtures.filter((f) => !isWithheld(servedExchange(demo, f))).map((f) => `/cloud/${f.id}`));
    const listedFromHeaders = (): Promise<number> =>
      storedErrors(devtools.devtoolsPage, `r.message === ${JSON.stringify(BODY_WITHHELD_NOTE)}`).then((e) => e.length);
    await waitFor(
      'the calls listed from their headers',
      async () => (await listedFromHeaders()) >= withheld.length - bodyless.size && (await storedErrors(devtools.devtoolsPage)).length >= withheld.length,
      30_000,
    );
    const stored = await storedErrors(devtools.devtoolsPage);
    expect(stored.map(withoutMessage)).toEqual(withheld);
    expect(stored.filter((e) => !bodyless.has(e.path)).every((e) => e.message === BODY_WITHHELD_NOTE)).toBe(true);
    const row = (await rows(panel)).find((r) => r.requestId === withheld[0]?.requestId);
    expect(row?.cells[5]).toBe(BODY_WITHHELD_NOTE);

    // The page reads the bodies: the calls its headers could not list arrive live, recognised from the
    // body; the ones already listed stay listed once.
    await page.evaluate('window.readUnread()');
    const all = expectedErrors(demo);
    await waitFor('the calls read late', () => storedErrors(devtools.devtoolsPage).then((e) => e.length >= all.length));
    // Long enough for a getHAR sweep (1 s of quiet, then 1.5 s of grace): it must not list anything twice.
    await new Promise((r) => setTimeout(r, 3000));
    // Each call is listed once, and the rows listed from headers now say what the bodies say: code and message.
    await waitFor('the rows upgraded from their bodies', () =>
      storedErrors(devtools.devtoolsPage).then((e) => e.every((r) => r.message !== BODY_WITHHELD_NOTE)),
    );
    const late = await storedErrors(devtools.devtoolsPage);
    expect(late.map(withoutMessage)).toEqual(all);
  });
});
