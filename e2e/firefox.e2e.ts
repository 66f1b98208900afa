/**
 * The Firefox build in real Firefox DevTools (Debian's firefox-esr, headless), driven over Firefox's Remote
 * Debugging Protocol (scripts/firefox-driver.ts): the devtools page captures the demo cloud's burst in the
 * toolbox, every error is recognised (bodies Firefox hands over in base64 included), and the Cloud Errors
 * tab renders them, annotated and as text. Chromium remains the main e2e browser (e2e/devtools.e2e.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../demo/server.js';
import { fixtureToExchange } from '../fixtures/fixture.js';
import { waitFor } from '../scripts/devtools-driver.js';
import { findFirefox, launchFirefoxWithExtension, NO_FIREFOX_MESSAGE, type FirefoxContext, type FirefoxWithExtension } from '../scripts/firefox-driver.js';
import { analyze } from '../src/core/analyze.js';
import { expectedErrors, fixture, localErrorPaths, storedErrors } from './harness.js';
import { loadFixtures } from '../fixtures/load.js';
import { fixturesToHar } from '../fixtures/to-har.js';

const HOSTILE = fixture('tencent/error-hostile-message');

describe('Cloud Errors in real Firefox DevTools', () => {
  let demo: DemoServer;
  let firefox: FirefoxWithExtension;
  let panel: FirefoxContext;
  /** The demo paths the engine reports as errors when served from 127.0.0.1. */
  let expected: string[];

  const navigate = (url: string): Promise<unknown> =>
    firefox.devtoolsPage.evaluate(`browser.devtools.inspectedWindow.eval(${JSON.stringify(`location.href = ${JSON.stringify(url)}`)}), 1`);
  const capturedErrorPaths = async (): Promise<string[]> =>
    JSON.parse(
      await firefox.devtoolsPage.evaluate<string>(
        `JSON.stringify(globalThis.cloudErrors.store.rows.value.filter((r) => r.kind === 'error').map((r) => new URL(r.url).pathname))`,
      ),
    ) as string[];

  beforeAll(async () => {
    const firefoxPath = findFirefox();
    if (!firefoxPath) throw new Error(NO_FIREFOX_MESSAGE);
    demo = await startDemoServer();
    expected = localErrorPaths(demo)
      .map((path) => new URL(demo.origin + path).pathname)
      .sort();
    firefox = await launchFirefoxWithExtension({ firefoxPath, extensionDir: 'dist/e2e/firefox' });
  }, 60_000);

  afterAll(async () => {
    await firefox?.close();
    await demo?.close();
  });

  it('captures the burst in the toolbox before the tab is shown, every error recognised (base64 bodies too)', async () => {
    await navigate(`${demo.origin}/?burst=0`);
    // Firefox's network monitor loses calls when over a hundred finish at once on a busy machine (firefox-esr 153,
    // two cores shared with the Chromium suite): some never reach getHAR, others keep status 0 for good. So the
    // burst waits until the toolbox reports a call, and goes eight calls at a time, as a console's bursts do.
    await waitFor(
      'the toolbox to report a call',
      async () => {
        await firefox.devtoolsPage.evaluate(`browser.devtools.inspectedWindow.eval("window.fire('tencent/success-describe-instances-status'), 1"), 1`);
        await new Promise((r) => setTimeout(r, 250));
        return firefox.devtoolsPage.evaluate<boolean>('globalThis.cloudErrors.store.inspected.value > 0');
      },
      30_000,
    );
    await firefox.devtoolsPage.evaluate(`browser.devtools.inspectedWindow.eval('window.fireBurst({ batch: 8 }), 1'), 1`);
    // Over a hundred calls on two busy cores (Chromium's suite runs beside this one): allow for a slow toolbox.
    await waitFor('the burst', () => capturedErrorPaths().then((paths) => paths.length >= expected.length), 40_000).catch(async (e: unknown) => {
      // Say which calls are missing and how Firefox lists them: status, body, timing.
      const got = await capturedErrorPaths();
      const missing = expected.filter((p) => !got.includes(p));
      const har = await firefox.devtoolsPage.evaluate<string>(
        `browser.devtools.network.getHAR().then((h) => JSON.stringify(h.entries.filter((e) => ${JSON.stringify(missing)}.some((m) => e.request.url.includes(m))).map((e) => ({ url: e.request.url, status: e.response.status, size: e.response.content.size, text: String(e.response.content.text).length, time: e.time }))))`,
      );
      throw new Error(`${String(e)}; missing ${JSON.stringify(missing)}; Firefox's getHAR has them as ${har}`);
    });
    const paths = await capturedErrorPaths();
    expect(paths.sort()).toEqual(expected);
    // Firefox gives these bodies (application/x-amz-json-1.x) in base64: they must be decoded, not missed.
    expect(paths.filter((p) => p.includes('/aws/json-1-'))).toHaveLength(2);
    // The getHAR backfill relies on this shape of Firefox's entries (unit-tested in src/extension): the body in
    // content.text, base64 where Firefox chose it, and no getContent.
    const har = await firefox.devtoolsPage.evaluate<string>(
      `browser.devtools.network.getHAR().then((h) => JSON.stringify(h.entries.filter((e) => e.request.url.includes('/aws/json-1-1')).map((e) => ({ encoding: e.response.content.encoding, text: typeof e.response.content.text, getContent: typeof e.getContent }))))`,
    );
    expect(JSON.parse(har)).toEqual([{ encoding: 'base64', text: 'string', getContent: 'undefined' }]);
  });

  it('shows the Cloud Errors tab with the rows, the counter and an annotated detail', async () => {
    panel = await firefox.showPanel();
    expect(await panel.evaluate<string>(`document.querySelector('[data-testid=list]').dataset.count`)).toBe(String(expected.length));
    expect(await panel.evaluate<string>(`document.querySelector('[data-testid=counter]').textContent`)).toMatch(
      new RegExp(`^${expected.length} failed / \\d+ inspected`),
    );
    // The first listed row whose code the catalog explains, the same way for every fixture with that code (some
    // codes are listed without a meaning, and a code may mean different things at different providers).
    const byCode = new Map<string, Set<string | undefined>>();
    for (const f of demo.fixtures) {
      const a = analyze(fixtureToExchange(f.fixture));
      if (a.detection.kind !== 'error') continue;
      const seen = byCode.get(a.detection.finding.code) ?? new Set();
      byCode.set(a.detection.finding.code, seen.add(a.annotation?.meaning));
    }
    const meanings = new Map([...byCode].filter(([, m]) => m.size === 1 && [...m][0]).map(([c, m]) => [c, [...m][0] as string]));
    const code = await panel.evaluate<string>(`(() => {
      const known = new Set(${JSON.stringify([...meanings.keys()])});
      const row = [...document.querySelectorAll('[data-testid=row]')].find((r) => known.has(r.getAttribute('data-code')));
      row.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
      return row.getAttribute('data-code');
    })()`);
    await waitFor('the detail pane', () =>
      panel.evaluate<boolean>(`document.querySelector('[data-testid=detail-code]')?.firstChild?.textContent === ${JSON.stringify(code)}`),
    );
    const detail = await panel.evaluate<string>(`document.querySelector('[data-testid=detail]').textContent`);
    const meaning = meanings.get(code);
    expect(meaning).toBeTruthy();
    expect(detail).toContain(meaning);
  });

  it('renders a message containing <img onerror> as text, with no element created', async () => {
    const requestId = HOSTILE.analysis.detection.kind === 'error' ? HOSTILE.analysis.detection.finding.requestId : undefined;
    const setFilter = (value: string): Promise<unknown> =>
      panel.evaluate(`(() => {
        const input = document.querySelector('[data-testid=filter]');
        input.value = ${JSON.stringify(value)};
        input.dispatchEvent(new Event('input', { bubbles: true }));
        return 1;
      })()`);
    // Filter down to the one call rather than scroll the windowed list: no timing to race under load.
    await setFilter(`requestid:${requestId}`);
    const rowMessage = `document.querySelector('[data-testid=row][data-request-id=${JSON.stringify(requestId)}] .message')?.textContent ?? ''`;
    const message = await waitFor('the hostile row', () => panel.evaluate<string>(rowMessage).then((m) => m || undefined));
    expect(message).toContain('<img src=x onerror=');
    expect(await panel.evaluate<number>(`document.querySelectorAll('img').length`)).toBe(0);
    await setFilter('');
    await waitFor('the whole list again', () =>
      panel.evaluate<boolean>(`document.querySelector('[data-testid=list]').dataset.count === ${JSON.stringify(String(expected.length))}`),
    );
  });

  it('imports a dropped HAR in a Worker (module workers in Firefox extension pages), apart from live capture', async () => {
    const har = JSON.stringify(fixturesToHar(loadFixtures().map((f) => f.fixture)));
    const total = loadFixtures().length;
    await panel.evaluate(`(() => {
      const data = new DataTransfer();
      data.items.add(new File([${JSON.stringify(har)}], 'customer.har', { type: 'application/json' }));
      document.querySelector('[data-testid=panel]').dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
      return 1;
    })()`);
    await waitFor('the import', () => panel.evaluate<boolean>(`document.querySelector('[data-testid=import-progress]')?.textContent === '${total} entries'`));
    expect(await panel.evaluate<string>(`document.querySelector('[data-testid=import-progress]').getAttribute('data-thread')`)).toBe('worker');
    const errors = loadFixtures().filter((f) => f.fixture.expect.kind === 'error').length;
    expect(await panel.evaluate<string>(`document.querySelector('[data-testid=list]').dataset.count`)).toBe(String(errors));
    await panel.evaluate(`(document.querySelector('[data-testid=close-import]').click(), 1)`);
    await waitFor('the live list again', () =>
      panel.evaluate<boolean>(`document.querySelector('[data-testid=list]').dataset.count === ${JSON.stringify(String(expected.length))}`),
    );
  });

  it('follows the toolbox theme when it changes', async () => {
    const theme = (): Promise<string> => panel.evaluate<string>('document.documentElement.dataset.theme');
    expect(await theme()).toBe('light');
    await firefox.parent.evaluate(`Services.prefs.setCharPref('devtools.theme', 'dark'), 1`);
    await waitFor('the dark theme', () => theme().then((t) => t === 'dark'));
    await firefox.parent.evaluate(`Services.prefs.setCharPref('devtools.theme', 'light'), 1`);
    await waitFor('the light theme', () => theme().then((t) => t === 'light'));
  });

  it('clears the list on navigation', async () => {
    await navigate(`${demo.origin}/?burst=0`);
    await waitFor('the cleared list', () =>
      panel.evaluate<boolean>(`document.querySelector('[data-testid=counter]').textContent === '0 failed / 0 inspected'`),
    );
  });
  it('lists every failed call whose no-store body the page left unread, with the code from its body, once', async () => {
    await firefox.devtoolsPage.evaluate(`browser.devtools.inspectedWindow.eval('window.fireBurst({ read: false, batch: 8 }), 1'), 1`);
    // Unlike Chromium, Firefox ESR 153 hands the body of an unread no-store response to the extension (its
    // network monitor reads the response itself): every error reads as it does when the page reads it.
    const all = expectedErrors(demo);
    const listed = async () => (await storedErrors(firefox.devtoolsPage)).map(({ path, code, requestId }) => ({ path, code, requestId }));
    // Alone this takes about 2 s; beside the Chromium suite on two cores it has taken up to 20 s.
    await waitFor('the unread calls', () => listed().then((e) => e.length >= all.length), 40_000);
    expect(await listed()).toEqual(all);
    await firefox.devtoolsPage.evaluate(`browser.devtools.inspectedWindow.eval('window.readUnread(), 1'), 1`);
    // Long enough for a getHAR sweep (1 s of quiet, then 1.5 s of grace): it must not list anything twice.
    await new Promise((r) => setTimeout(r, 3000));
    expect(await listed()).toEqual(all);
  });
});
