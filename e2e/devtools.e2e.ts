/**
 * The real extension in real DevTools (Debian's Chromium, headless) against the demo cloud.
 * One browser, one inspected tab: the tests run in order and each sets up the state it checks.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../demo/server.js';
import { waitFor, type DevtoolsHandle, type LaunchedBrowser, type TargetSession } from '../scripts/devtools-driver.js';
import { fixture, inspectedTab, listCount, localErrorCount, launch, loadConsole, rows, text, waitForRows } from './harness.js';

const TENCENT_200 = fixture('tencent/error-signature-expire-http200');
const ALIYUN_XML_404 = fixture('aliyun/rpc-xml-not-found');
const HOSTILE = fixture('tencent/error-hostile-message');

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
    panel = await devtools.showPanel();
    // The list is windowed: wait until layout has given it the room to render the Tencent row.
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
    // The demo's 2 MB JSON body is over the parse cap: counted as not parsed, its body never read.
    expect(counter).toMatch(new RegExp(`^${await listCount(panel)} failed / \\d+ inspected · 1 not parsed$`));
  });

  it('narrows the list with the filter and updates the chip counts', async () => {
    const all = (await rows(panel)).length;
    await panel.evaluate(`(() => {
      const input = document.querySelector('[data-testid=filter]');
      input.value = 'InvalidInstanceId';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    })()`);
    const narrowed = await waitForRows(panel, 'the filtered list', (r) => r.length > 0 && r.length < all);
    // Free text matches case-insensitively (Alibaba spells InstanceId, EC2 InstanceID).
    expect(narrowed.every((r) => r.cells.join(' ').toLowerCase().includes('invalidinstanceid'))).toBe(true);
    const providerChips = await panel.evaluate<number>(`[...document.querySelectorAll('[data-testid^=chip-provider-]')].reduce((n, el) => n + Number(el.dataset.count), 0)`);
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
    await panel.evaluate(`document.querySelector('[data-request-id=${JSON.stringify(tencent.requestId)}]').dispatchEvent(new MouseEvent('mousedown', { bubbles: true }))`);
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
    await browser.browserSession.send('Browser.grantPermissions', { origin: 'devtools://devtools', permissions: ['clipboardReadWrite', 'clipboardSanitizedWrite'] });
    await devtools.frontend.evaluate(`navigator.clipboard.writeText('before')`);
    await panel.evaluate(`document.querySelector('[data-testid=copy-request-id]').click()`);
    await waitFor('the confirmation', () => text(panel, 'notice').then((t) => t === `Copied RequestId ${tencent.requestId}`));
    expect(await devtools.frontend.evaluate<string>('navigator.clipboard.readText()')).toBe(tencent.requestId);
  });

  it('renders a message containing <img onerror> as text and runs nothing', async () => {
    const hostile = finding(HOSTILE);
    const row = (await rows(panel)).find((r) => r.requestId === hostile.requestId);
    expect(row?.cells[5]).toContain('<img src=x onerror=');
    await panel.evaluate(`document.querySelector('[data-request-id=${JSON.stringify(hostile.requestId)}]').dispatchEvent(new MouseEvent('mousedown', { bubbles: true }))`);
    await waitFor('the hostile detail', () => text(panel, 'detail-message').then((t) => t === hostile.message));
    expect(await panel.evaluate<number>(`document.querySelectorAll('img').length`)).toBe(0);
    expect(await panel.evaluate<string>('document.title')).toBe('Cloud Errors');
  });

  it('follows the DevTools theme, including a change while open', async () => {
    const theme = (): Promise<string> => panel.evaluate<string>(`document.documentElement.dataset.theme + ' ' + getComputedStyle(document.body).backgroundColor`);
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

  it('clears on navigation unless Preserve log is on, and remembers that setting', async () => {
    await page.goto(`${demo.origin}/?burst=0`);
    await waitForRows(panel, 'the cleared list', (r) => r.length === 0);
    expect(await text(panel, 'counter')).toBe('0 failed / 0 inspected');

    await panel.evaluate(`document.querySelector('[data-testid=preserve-log]').click()`);
    await loadConsole(page, demo.origin);
    const burst = localErrorCount(demo);
    await waitFor('the new burst', () => listCount(panel).then((n) => n === burst));
    await page.goto(`${demo.origin}/?burst=0`);
    await page.evaluate('window.burstDone');
    await new Promise((r) => setTimeout(r, 500));
    expect(await listCount(panel)).toBe(burst);
    expect((await rows(panel)).length).toBe(burst);

    // The setting persists: a new DevTools session starts with it on.
    const other = await inspectedTab(browser);
    const otherPanel = await other.devtools.showPanel();
    expect(await otherPanel.evaluate<boolean>(`document.querySelector('[data-testid=preserve-log]').checked`)).toBe(true);
    await otherPanel.evaluate(`document.querySelector('[data-testid=preserve-log]').click()`);
    await other.devtools.detach();
    await other.page.close();
  });
});
