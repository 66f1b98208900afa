/**
 * Live capture at the providers' own host names: every fixture is called at the host it was sent to
 * (cvm.tencentcloudapi.com, ecs.aliyuncs.com, management.azure.com, …), which Chromium maps to the demo cloud
 * with --host-resolver-rules, so host evidence is proven in real DevTools as well as headers and bodies. Over
 * HTTPS, because several provider domains are HSTS-preloaded (http:// would be upgraded), with a throw-away
 * certificate (e2e/tls, made for these tests, trusted by nothing) and --ignore-certificate-errors.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPath } from '../demo/fixtures.js';
import { startDemoServer, type DemoServer } from '../demo/server.js';
import { waitFor, type DevtoolsHandle, type LaunchedBrowser } from '../scripts/devtools-driver.js';
import { analyze } from '../src/core/analyze.js';
import { hostOf } from '../src/core/exchange.js';
import { inspectedTab, launch, servedExchange, storedErrors } from './harness.js';

describe('provider host names in real DevTools', () => {
  let demo: DemoServer;
  let browser: LaunchedBrowser;
  let page: Page;
  let devtools: DevtoolsHandle;

  beforeAll(async () => {
    demo = await startDemoServer({ tls: { key: readFileSync('e2e/tls/demo-key.pem', 'utf8'), cert: readFileSync('e2e/tls/demo-cert.pem', 'utf8') } });
    browser = await launch({
      dock: 'undocked',
      extraArgs: ['--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost', '--ignore-certificate-errors'],
    });
    ({ page, devtools } = await inspectedTab(browser));
  });

  afterAll(async () => {
    await devtools?.detach();
    await browser?.close();
    await demo?.close();
  });

  it('lists every error fixture at its own host, those recognised by the host alone included, with code and RequestId', async () => {
    const expected = demo.fixtures
      .map((f) => {
        const url = `https://${hostOf(f.fixture.request.url)}:${demo.tlsPort}${demoPath(f)}`;
        const d = analyze({ ...servedExchange(demo, f), url }).detection;
        return d.kind === 'error' ? { path: demoPath(f).split('?')[0] ?? '', code: d.finding.code, requestId: d.finding.requestId } : undefined;
      })
      .filter((e) => e !== undefined)
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    // At their own hosts every error fixture is an error, even the three that only a host name identifies.
    expect(expected).toHaveLength(demo.fixtures.filter((f) => f.fixture.expect.kind === 'error').length);

    await page.goto(`${demo.origin}/?burst=0`);
    await page.evaluate(`window.fireBurst({ tlsPort: ${demo.tlsPort} })`);
    const stored = async () => (await storedErrors(devtools.devtoolsPage)).map(({ path, code, requestId }) => ({ path, code, requestId }));
    await waitFor('the burst at provider hosts', () => stored().then((e) => e.length >= expected.length), 30_000);
    expect(await stored()).toEqual(expected);
    // The rows carry the real host names.
    const hosts = await devtools.devtoolsPage.evaluate<string[]>(`[...new Set(globalThis.cloudErrors.store.rows.value.map((r) => new URL(r.url).hostname))]`);
    expect(hosts).toEqual(expect.arrayContaining(['cvm.tencentcloudapi.com', 'ecs.aliyuncs.com', 'management.azure.com']));
  });
});
