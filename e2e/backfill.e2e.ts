/**
 * The getHAR backfill in real DevTools: calls that DevTools logged before the extension's devtools page
 * registered its listener (a page load racing DevTools start-up) must still be listed. The race is made
 * deterministic by reloading the devtools page after the burst: the new page's listener did not exist
 * when DevTools logged the calls, so only getHAR() can bring them, with bodies read through getContent.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../demo/server.js';
import { waitFor, type DevtoolsHandle, type LaunchedBrowser } from '../scripts/devtools-driver.js';
import { inspectedTab, launch, loadConsole, localErrorCount } from './harness.js';

describe('getHAR backfill in real DevTools', () => {
  let demo: DemoServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let devtools: DevtoolsHandle;

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launch({ dock: 'undocked' });
    ({ page, devtools } = await inspectedTab(browser));
  });

  afterAll(async () => {
    await devtools?.detach();
    await browser?.close();
    await demo?.close();
  });

  it('lists the calls DevTools logged before the listener existed, once each, with their bodies', async () => {
    await loadConsole(page, demo.origin);
    const expected = localErrorCount(demo);
    const dt = devtools.devtoolsPage;
    await waitFor('the live capture of the burst', () => dt.evaluate<boolean>(`globalThis.cloudErrors.store.failed.value === ${expected}`));
    const codes = (): Promise<string[]> =>
      dt.evaluate<string[]>(
        `globalThis.cloudErrors.store.rows.value.filter((r) => r.kind === 'error').map((r) => r.provider + ' ' + r.code + ' ' + r.requestId).sort()`,
      );
    const live = await codes();

    // A fresh devtools page: nothing live, everything from DevTools' log.
    await dt.evaluate('globalThis.before = true; setTimeout(() => location.reload(), 0)');
    await waitFor('the reloaded devtools page', () => dt.evaluate<boolean>('!globalThis.before && globalThis.cloudErrors?.ready === true').catch(() => false));
    const added = await dt.evaluate<number>('globalThis.cloudErrors.backfilled');
    const urls = await dt.evaluate<string[]>('globalThis.cloudErrors.store.rows.value.map((r) => r.url)');
    // Every call of the burst (successes too) came from getHAR, once, and reads as it did live.
    expect(added).toBeGreaterThanOrEqual(expected);
    expect(new Set(urls).size).toBe(urls.length);
    expect(await codes()).toEqual(live);
  });
});
