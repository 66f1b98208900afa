import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { analyze, type Analysis } from '../src/core/analyze.js';
import { fixtureToExchange, headerList, type Fixture } from '../fixtures/fixture.js';
import { loadFixtures } from '../fixtures/load.js';
import { demoPath, type DemoFixture } from '../demo/fixtures.js';
import { servedHeaders } from '../demo/served-headers.js';
import type { HttpExchange } from '../src/core/exchange.js';
import type { DemoServer } from '../demo/server.js';
import { findChromium, NO_CHROMIUM_MESSAGE } from '../scripts/chromium.js';
import {
  launchWithExtension,
  openDevtools,
  waitFor,
  type DevtoolsHandle,
  type LaunchedBrowser,
  type LaunchOptions,
  type TargetSession,
} from '../scripts/devtools-driver.js';

/** The build with the e2e hook (vite --mode chrome-e2e); the production dist/chrome has none. */
const EXTENSION_DIR = resolve('dist/e2e/chrome');
export const MOCK_PAGE = resolve('dist/mock/index.html');

export function chromiumPath(): string {
  const path = findChromium();
  if (!path) throw new Error(NO_CHROMIUM_MESSAGE);
  return path;
}

export function launch(options: Partial<LaunchOptions> = {}): Promise<LaunchedBrowser> {
  return launchWithExtension({ executablePath: chromiumPath(), extensionDir: EXTENSION_DIR, headless: true, ...options });
}

/** A fixture by name ("tencent/error-signature-expire-http200") and what the core concludes about it. */
export function fixture(name: string): { fixture: Fixture; analysis: Analysis } {
  const found = loadFixtures().find((f) => f.name === name);
  if (!found) throw new Error(`no fixture ${name}`);
  return { fixture: found.fixture, analysis: analyze(fixtureToExchange(found.fixture)) };
}

interface RowData {
  code: string;
  kind: string;
  requestId: string;
  cells: string[];
}

/**
 * Every row of the list, in order. The list is windowed and the DevTools window may be small (more fixtures
 * than fit), so the list is scrolled through a page at a time and the rendered rows collected by id.
 */
export function rows(panel: TargetSession): Promise<RowData[]> {
  return panel.evaluate<RowData[]>(`(async () => {
    const list = document.querySelector('[data-testid=list]');
    const seen = new Map();
    const collect = () => {
      for (const el of document.querySelectorAll('[data-testid=row]')) {
        seen.set(Number(el.dataset.id), { code: el.dataset.code, kind: el.dataset.kind, requestId: el.dataset.requestId,
          cells: [...el.querySelectorAll('.cell')].map((c) => c.textContent) });
      }
    };
    if (!list) return [];
    const start = list.scrollTop;
    const settle = () => new Promise((r) => setTimeout(r, 16));
    list.scrollTop = 0;
    await settle();
    collect();
    while (list.scrollTop + list.clientHeight < list.scrollHeight) {
      const before = list.scrollTop;
      list.scrollTop += Math.max(22, list.clientHeight - 44);
      if (list.scrollTop === before) break;
      await settle();
      collect();
    }
    list.scrollTop = start;
    await settle();
    // A Map keeps first-seen order, which is list order: the scroll only moves down.
    return [...seen.values()];
  })()`);
}

export function text(panel: TargetSession, testid: string): Promise<string | null> {
  return panel.evaluate<string | null>(`document.querySelector('[data-testid=${JSON.stringify(testid)}]')?.textContent ?? null`);
}

export async function waitForRows(panel: TargetSession, what: string, predicate: (rows: RowData[]) => boolean): Promise<RowData[]> {
  return waitFor(what, async () => {
    const current = await rows(panel);
    return predicate(current) ? current : undefined;
  });
}

/** A tab with DevTools open on it (capture listener registered) and nothing loaded yet. */
export async function inspectedTab(browser: LaunchedBrowser): Promise<{ page: Page; devtools: DevtoolsHandle }> {
  const page = await browser.context.newPage();
  const devtools = await openDevtools(browser, page);
  return { page, devtools };
}

/** Loads the demo console and waits until its burst of calls has finished. */
export async function loadConsole(page: Page, origin: string, query = ''): Promise<void> {
  await page.goto(`${origin}/${query}`);
  await page.evaluate('window.burstDone');
}

/** A demo fixture as the demo cloud serves it from 127.0.0.1 (no provider host), with the headers it adds. */
export function servedExchange(demo: DemoServer, f: DemoFixture): HttpExchange {
  return { ...fixtureToExchange(f.fixture), url: demo.origin + demoPath(f), responseHeaders: headerList(servedHeaders(f)) };
}

interface ExpectedError {
  path: string;
  code: string;
  requestId: string | undefined;
}

/**
 * The errors the panel must list for one burst of the demo cloud, as the engine concludes from what is
 * served: with the bodies, or (`withheld`) with the bodies Chromium withholds from DevTools when the page
 * leaves a no-store response unread (bodiless answers, HEAD say, are not withheld). Sorted by path.
 */
export function expectedErrors(demo: DemoServer, options: { withheld?: boolean } = {}): ExpectedError[] {
  const out: ExpectedError[] = [];
  for (const f of demo.fixtures) {
    const served = servedExchange(demo, f);
    const exchange = options.withheld && isWithheld(served) ? { ...served, responseBody: undefined, bodyWithheld: true } : served;
    const d = analyze(exchange).detection;
    if (d.kind === 'error') out.push({ path: demoPath(f).split('?')[0] ?? '', code: d.finding.code, requestId: d.finding.requestId });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Whether Chromium withholds this served response's body from DevTools while the page leaves it unread: only a
 * `no-store` response with a body (an empty body has nothing to withhold, and a fixture may send its own
 * Cache-Control, as Azure's `no-cache` without `no-store`).
 */
export function isWithheld(served: HttpExchange): boolean {
  const cacheControl = served.responseHeaders.find((h) => h.name.toLowerCase() === 'cache-control')?.value ?? '';
  return !!served.responseBody && /\bno-store\b/i.test(cacheControl);
}

/** The demo paths of the fixtures the engine reports as errors when the demo cloud serves them from 127.0.0.1 (no provider host). */
export function localErrorPaths(demo: DemoServer): string[] {
  const errors = new Set(expectedErrors(demo).map((e) => e.path));
  return demo.fixtures.map((f) => demoPath(f)).filter((path) => errors.has(path.split('?')[0] ?? ''));
}

/** How many of them there are. */
export function localErrorCount(demo: DemoServer): number {
  return localErrorPaths(demo).length;
}

/** The errors the devtools page's store holds (those `filter` accepts, a JS expression on row `r`), as path, code and RequestId, sorted by path. */
export async function storedErrors(
  devtoolsPage: { evaluate<T>(expression: string): Promise<T> },
  filter = 'true',
): Promise<(ExpectedError & { message?: string })[]> {
  const json = await devtoolsPage.evaluate<string>(
    `JSON.stringify(globalThis.cloudErrors.store.rows.value.filter((r) => r.kind === 'error' && (${filter})).map((r) => { return { path: new URL(r.url).pathname, code: r.code, requestId: r.requestId, message: r.message }; }))`,
  );
  const rows = JSON.parse(json) as (ExpectedError & { message?: string })[];
  return rows.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** How many rows the list holds (all of them, not only the rendered window). */
export function listCount(panel: TargetSession): Promise<number> {
  return panel.evaluate<number>(`Number(document.querySelector('[data-testid=list]').dataset.count)`);
}

/** Selects the row with this RequestId the way a click does, scrolling the windowed list until it is rendered. */
export async function selectRow(panel: TargetSession, requestId: string): Promise<void> {
  const found = await panel.evaluate<boolean>(`(async () => {
    const list = document.querySelector('[data-testid=list]');
    const selector = '[data-testid=row][data-request-id=' + ${JSON.stringify(JSON.stringify(requestId))} + ']';
    list.scrollTop = 0;
    for (;;) {
      await new Promise((r) => setTimeout(r, 16));
      const row = document.querySelector(selector);
      if (row) {
        row.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
        return true;
      }
      const before = list.scrollTop;
      list.scrollTop += Math.max(22, list.clientHeight - 44);
      if (list.scrollTop === before) return false;
    }
  })()`);
  if (!found) throw new Error(`no row with RequestId ${requestId}`);
}
