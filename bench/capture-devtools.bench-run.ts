/**
 * `npm run bench:capture`: what live capture costs the extension's devtools page while a page fires 10,000
 * calls, in real Chromium DevTools (the e2e build, dist/e2e/chrome, for its store hook; the capture code is
 * the production one). Two runs on one DevTools: 10,000 non-candidate responses (small PNGs: rejected from
 * the HAR entry, body never read) and 10,000 error envelopes of every family (body read, analysed, listed).
 * The cost is the devtools page's main-thread busy time (CDP Performance.getMetrics TaskDuration and
 * ScriptDuration on its target) from the first call until capture has gone quiet (getHAR sweeps included),
 * minus the same page's busy time over an idle stretch as long. Figures are printed, not asserted.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, it } from 'vitest';
import { demoFixtures } from '../demo/fixtures.js';
import { servedHeaders } from '../demo/served-headers.js';
import { analyze } from '../src/core/analyze.js';
import { fixtureToExchange, headerList } from '../fixtures/fixture.js';
import type { DevtoolsHandle, LaunchedBrowser, TargetSession } from '../scripts/devtools-driver.js';
import { inspectedTab, launch } from '../e2e/harness.js';

const CALLS = Number(process.env.BENCH_CAPTURE_CALLS ?? 10_000);
/** Calls in flight at once from the page. */
const CONCURRENCY = 32;

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
/** Error envelopes of every family that read as errors when served from 127.0.0.1 to a plain GET (every call is read and listed). */
const ENVELOPES = demoFixtures().filter((f) => {
  // As the bench page calls it: a plain GET, none of the fixture's request headers.
  const served = {
    ...fixtureToExchange(f.fixture),
    method: 'GET',
    requestHeaders: [],
    url: 'http://127.0.0.1/envelope/0',
    responseHeaders: headerList(servedHeaders(f)),
  };
  return f.fixture.response.body !== '' && analyze(served).detection.kind === 'error';
});

let server: ReturnType<typeof createServer>;
let origin = '';
let browser: LaunchedBrowser;
let devtools: DevtoolsHandle;

function send(res: ServerResponse, path: string): void {
  if (path === '/') {
    res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>capture bench</title>');
    return;
  }
  const png = /^\/png\/(\d+)$/.exec(path);
  if (png) {
    res.writeHead(200, { 'Content-Type': 'image/png', 'Cache-Control': 'no-store' }).end(PNG);
    return;
  }
  const envelope = /^\/envelope\/(\d+)$/.exec(path);
  const f = envelope ? ENVELOPES[Number(envelope[1]) % ENVELOPES.length] : undefined;
  if (!f) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(f.fixture.response.status, servedHeaders(f)).end(f.fixture.response.body);
}

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    send(res, new URL(req.url ?? '/', 'http://x').pathname);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launch({ dock: 'undocked' });
  const tab = await inspectedTab(browser);
  devtools = tab.devtools;
  await tab.page.goto(`${origin}/`);
  // The bench drives the page through the devtools page's own eval: one tab, no extra CDP client on it.
  await devtools.devtoolsPage.send('Performance.enable', { timeDomain: 'threadTicks' });
  await devtools.frontend.send('Performance.enable', { timeDomain: 'threadTicks' });
  pageEval = (expression) => tab.page.evaluate(expression);
}, 120_000);

afterAll(async () => {
  await devtools?.detach();
  await browser?.close();
  server?.close();
});

let pageEval: (expression: string) => Promise<unknown>;

interface Busy {
  task: number;
  script: number;
  heap: number;
}

/** The JS heap in use after a full garbage collection, in MB. */
async function heapAfterGc(target: TargetSession): Promise<number> {
  await target.send('HeapProfiler.collectGarbage');
  return (await busy(target)).heap;
}

async function busy(target: TargetSession): Promise<Busy> {
  const { metrics } = await target.send<{ metrics: { name: string; value: number }[] }>('Performance.getMetrics');
  const get = (name: string): number => metrics.find((m) => m.name === name)?.value ?? 0;
  return { task: get('TaskDuration') * 1000, script: get('ScriptDuration') * 1000, heap: get('JSHeapUsedSize') / 2 ** 20 };
}

/** BENCH_CAPTURE_PROFILE=1 also prints the functions the devtools page spent its time in (a CDP CPU profile). */
const PROFILE = process.env.BENCH_CAPTURE_PROFILE === '1';

interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

function topSelfTime({ profile }: { profile: Profile }): string {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byNode.get(id)?.callFrame;
    const name = frame ? `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*\//, '')}:${frame.lineNumber + 1}` : '?';
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...self]
    .filter(([name]) => !name.startsWith('(idle)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([name, ms]) => `  ${ms.toFixed(0).padStart(6)} ms  ${name}`)
    .join('\n');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until the target's busy time stops growing (1.5 s without 2 ms of work: quiet, sweeps done). */
async function quiet(target: TargetSession): Promise<void> {
  let last = (await busy(target)).task;
  let still = 0;
  while (still < 3) {
    await sleep(500);
    const now = (await busy(target)).task;
    still = now - last < 2 ? still + 1 : 0;
    last = now;
  }
}

async function fire(kind: 'png' | 'envelope'): Promise<number> {
  const t0 = Date.now();
  await pageEval(`(async () => {
    let next = 0;
    const worker = async () => {
      while (next < ${CALLS}) {
        const i = next++;
        const res = await fetch('/${kind}/' + i);
        await res.arrayBuffer();
      }
    };
    await Promise.all(Array.from({ length: ${CONCURRENCY} }, worker));
  })()`);
  return Date.now() - t0;
}

function line(label: string, before: Busy, after: Busy, idlePerMs: number, wallMs: number, extra = ''): string {
  const task = after.task - before.task - idlePerMs * wallMs;
  return (
    `${label}: ${CALLS} calls in ${(wallMs / 1000).toFixed(1)} s; devtools page busy ${task.toFixed(0)} ms ` +
    `(${((task / CALLS) * 1000).toFixed(0)} µs per call; script ${(after.script - before.script).toFixed(0)} ms), ` +
    `JS heap after GC ${before.heap.toFixed(1)} -> ${after.heap.toFixed(1)} MB${extra}`
  );
}

it(`captures ${CALLS} non-candidate responses and ${CALLS} envelopes`, async () => {
  const page = devtools.devtoolsPage;
  await quiet(page);
  // The idle cost (timers, the idle getHAR sweep) over as long a stretch as a run takes, subtracted from each run.
  const idleStart = await busy(page);
  const idleT0 = Date.now();
  await sleep(10_000);
  const idlePerMs = ((await busy(page)).task - idleStart.task) / (Date.now() - idleT0);

  for (const kind of ['png', 'envelope'] as const) {
    const heapBefore = await heapAfterGc(page);
    const before = { ...(await busy(page)), heap: heapBefore };
    const frontBefore = await busy(devtools.frontend);
    const inspectedBefore = await page.evaluate<number>('globalThis.cloudErrors.store.inspected.value');
    if (PROFILE) await page.send('Profiler.enable').then(() => page.send('Profiler.start'));
    const t0 = Date.now();
    const firedMs = await fire(kind);
    if (kind === 'envelope') {
      const target = inspectedBefore + CALLS;
      while ((await page.evaluate<number>('globalThis.cloudErrors.store.inspected.value')) < target) await sleep(250);
    }
    const caughtUpMs = Date.now() - t0;
    await quiet(page);
    const busyAfter = await busy(page);
    if (PROFILE)
      console.log(`${kind}: where the devtools page's time went (self time)\n${topSelfTime(await page.send<{ profile: Profile }>('Profiler.stop'))}`);
    const frontAfter = await busy(devtools.frontend);
    const wallMs = Date.now() - t0;
    const after = { ...busyAfter, heap: await heapAfterGc(page) };
    const listed = await page.evaluate<number>('globalThis.cloudErrors.store.failed.value');
    const label = kind === 'png' ? 'non-candidate responses (image/png)' : `error envelopes (${ENVELOPES.length} variants, all families)`;
    const extra =
      `; page fired them in ${(firedMs / 1000).toFixed(1)} s, capture caught up at ${(caughtUpMs / 1000).toFixed(1)} s; ` +
      `${listed} failed calls listed; DevTools frontend busy ${(frontAfter.task - frontBefore.task).toFixed(0)} ms`;
    console.log(line(label, before, after, idlePerMs, wallMs, extra));
  }
  // Idle again, with 20,000 calls in DevTools' log: what the idle getHAR sweep costs now.
  const page0 = await busy(page);
  const front0 = await busy(devtools.frontend);
  const t1 = Date.now();
  await sleep(30_000);
  const perSecond = (a: Busy, b: Busy): string => (((b.task - a.task) / (Date.now() - t1)) * 1000).toFixed(1);
  const idleAfter = `devtools page ${perSecond(page0, await busy(page))} ms, DevTools frontend ${perSecond(front0, await busy(devtools.frontend))} ms`;
  console.log(`idle, busy per second: before the runs, devtools page ${(idlePerMs * 1000).toFixed(1)} ms; after them (${2 * CALLS} calls logged) ${idleAfter}`);
}, 900_000);
